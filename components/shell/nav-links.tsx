'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

export function NavLinks({ links }: { links: { href: string; label: string; exact?: boolean }[] }) {
  const path = usePathname()
  return (
    <nav className="topnav" aria-label="Sections">
      {links.map((l) => {
        const isActive = l.exact ? path === l.href : path.startsWith(l.href)
        return (
          <Link key={l.href} href={l.href} aria-current={isActive ? 'page' : undefined}>
            {l.label}
          </Link>
        )
      })}
    </nav>
  )
}

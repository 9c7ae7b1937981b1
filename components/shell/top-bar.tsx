import Link from 'next/link'
import { signOut } from '@/lib/auth'
import { canAdjudicate, canImport, canManageSchemas, type Viewer } from '@/lib/permissions'
import type { ProjectSummary } from '@/lib/data/projects'
import { NavLinks } from './nav-links'

export function TopBar({ viewer, project, projects }: { viewer: Viewer; project: ProjectSummary; projects: ProjectSummary[] }) {
  const base = `/p/${project.slug}`
  const links = [
    { href: base, label: 'Datasets', exact: true },
    { href: `${base}/transcripts`, label: 'Transcripts' },
    { href: `${base}/queues`, label: 'Queues' },
    ...(canAdjudicate(viewer) ? [{ href: `${base}/adjudicate`, label: 'Adjudicate' }] : []),
    ...(canManageSchemas(viewer) ? [{ href: `${base}/schema`, label: 'Schema' }] : []),
    ...(canImport(viewer) ? [{ href: `${base}/import`, label: 'Import' }] : []),
  ]
  return (
    <header className="topbar">
      <Link href="/" className="brand">Candor</Link>
      <span className="chip" title={project.description}>
        {project.name}
        {project.isSynthetic && <span className="faint"> · synthetic</span>}
      </span>
      {projects.length > 1 && (
        <nav aria-label="Projects" className="row">
          {projects.filter((p) => p.id !== project.id).map((p) => (
            <Link key={p.id} href={`/p/${p.slug}`} className="faint">{p.name}</Link>
          ))}
        </nav>
      )}
      <NavLinks links={links} />
      <div className="user-menu">
        <span>{viewer.email} · {viewer.role}</span>
        <form action={async () => { 'use server'; await signOut({ redirectTo: '/login' }) }}>
          <button type="submit">Sign out</button>
        </form>
      </div>
    </header>
  )
}

'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { tinykeys } from 'tinykeys'

type Props = { prevHref: string | null; nextHref: string | null; listHref: string | null }

const isTyping = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** Previous / next within the list this transcript was opened from: buttons, and k / j on the keyboard. */
export function TranscriptNav({ prevHref, nextHref, listHref }: Props) {
  const router = useRouter()
  useEffect(() => {
    // One navigation per page: a repeated key while the next page loads must not skip a transcript.
    let isLeaving = false
    const go = (href: string | null) => (e: KeyboardEvent) => {
      if (!href || isLeaving || e.repeat || isTyping(e) || e.metaKey || e.ctrlKey || e.altKey) return
      e.preventDefault()
      isLeaving = true
      router.push(href)
    }
    return tinykeys(window, { j: go(nextHref), k: go(prevHref) })
  }, [router, nextHref, prevHref])
  return (
    <nav className="transcript-nav" aria-label="Transcript navigation">
      {listHref && <Link className="button" href={listHref}>← List</Link>}
      {prevHref ? <Link className="button" href={prevHref} rel="prev" aria-keyshortcuts="k">Previous <kbd>k</kbd></Link> : <span className="button disabled">Previous <kbd>k</kbd></span>}
      {nextHref ? <Link className="button" href={nextHref} rel="next" aria-keyshortcuts="j">Next <kbd>j</kbd></Link> : <span className="button disabled">Next <kbd>j</kbd></span>}
    </nav>
  )
}

'use client'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition } from 'react'
import { patchListQuery, toSearch } from '@/lib/reading/list-url'
import { parseListQuery, SEARCH_MODES, SEARCH_SCOPES, type ListQuery, type SearchMode, type SearchScope } from '@/lib/validations/search-params'

const SCOPE_LABEL: Record<SearchScope, string> = { all: 'Everywhere', query: 'User query', scratchpad: 'Scratchpad', output: 'Output' }
const MODE_LABEL: Record<SearchMode, string> = { words: 'Words', phrase: 'Phrase', substring: 'Exact text' }

/**
 * Full-text search box. Typing is debounced (300 ms) and replaces the URL, so it adds
 * no history entries; scope and mode apply at once. The server does the searching.
 */
export function SearchBox({ query }: { query: ListQuery }) {
  const router = useRouter()
  const path = usePathname()
  const [text, setText] = useState(query.q ?? '')
  const [isPending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // Patch the latest requested state, not the last rendered one: a scope change may still be in flight.
  const latest = useRef<ListQuery | null>(null)
  useEffect(() => { latest.current = null }, [query])
  const go = (patch: Partial<ListQuery>) => {
    const next = patchListQuery(latest.current ?? parseListQuery(new URLSearchParams(window.location.search)), patch)
    latest.current = next
    startTransition(() => router.replace(`${path}${toSearch(next)}`))
  }
  useEffect(() => () => clearTimeout(timer.current), [])
  const onType = (v: string) => {
    setText(v)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => go({ q: v.trim() || undefined }), 300)
  }
  return (
    <form role="search" className="row search-box" onSubmit={(e) => { e.preventDefault(); clearTimeout(timer.current); go({ q: text.trim() || undefined }) }}>
      <input
        type="search" aria-label="Search transcripts" placeholder='Search, e.g. modification OR RLHF, "avoid being modified", -refuse'
        value={text} onChange={(e) => onType(e.target.value)} style={{ flex: 1, minWidth: 260 }}
      />
      <select aria-label="Search in" value={query.in} onChange={(e) => go({ in: e.target.value as SearchScope })}>
        {SEARCH_SCOPES.map((s) => <option key={s} value={s}>{SCOPE_LABEL[s]}</option>)}
      </select>
      <select aria-label="Match" value={query.mode} onChange={(e) => go({ mode: e.target.value as SearchMode })}>
        {SEARCH_MODES.map((m) => <option key={m} value={m}>{MODE_LABEL[m]}</option>)}
      </select>
      <button type="submit" className="primary">Search</button>
      {isPending && <span className="faint" role="status">Searching…</span>}
    </form>
  )
}

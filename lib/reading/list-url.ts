import {
  FILTER_FIELDS, formatLabelFilter, parseListQuery, type FilterField, type LabelFilter, type ListQuery,
} from '@/lib/validations/search-params'

/** The list state with no filter, search or sort: what `/transcripts` opens with. */
export const DEFAULT_LIST_QUERY: ListQuery = parseListQuery({})

/**
 * Serialises list state to a canonical query string (no leading `?`): fixed key
 * order, defaults omitted, so equal states give equal URLs (and saved views compare).
 */
export function serializeListQuery(q: ListQuery): string {
  const p = new URLSearchParams()
  if (q.q) p.set('q', q.q)
  if (q.in !== 'all') p.set('in', q.in)
  if (q.mode !== 'words') p.set('mode', q.mode)
  for (const f of FILTER_FIELDS) for (const v of q[f]) p.append(f, v)
  for (const l of q.label) p.append('label', formatLabelFilter(l))
  if (q.warn) p.set('warn', q.warn)
  if (q.len) p.set('len', `${q.len.min ?? ''}-${q.len.max ?? ''}`)
  if (q.sort !== 'import') p.set('sort', q.sort)
  if (q.size !== 50) p.set('size', String(q.size))
  if (q.hide.length) p.set('hide', q.hide.join(','))
  if (q.page !== 1) p.set('page', String(q.page))
  return p.toString()
}

/** `?…` or '' for hrefs. */
export const toSearch = (q: ListQuery) => {
  const s = serializeListQuery(q)
  return s ? `?${s}` : ''
}

/** Any change to what rows are shown goes back to page 1. */
export function patchListQuery(q: ListQuery, patch: Partial<ListQuery>): ListQuery {
  const touchesRows = Object.keys(patch).some((k) => k !== 'page' && k !== 'hide')
  return { ...q, ...patch, page: patch.page ?? (touchesRows ? 1 : q.page) }
}

export function toggleFilter(q: ListQuery, field: FilterField, value: string): ListQuery {
  const cur = q[field]
  const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value]
  return patchListQuery(q, { [field]: next } as Partial<ListQuery>)
}

export function toggleLabel(q: ListQuery, l: LabelFilter): ListQuery {
  const s = formatLabelFilter(l)
  const has = q.label.some((x) => formatLabelFilter(x) === s)
  return patchListQuery(q, { label: has ? q.label.filter((x) => formatLabelFilter(x) !== s) : [...q.label, l] })
}

/** Filters that narrow the rows (search included), for "clear all" and empty states. */
export function hasRowFilters(q: ListQuery): boolean {
  return !!q.q || FILTER_FIELDS.some((f) => q[f].length > 0) || q.label.length > 0 || !!q.warn || !!q.len
}

export function clearRowFilters(q: ListQuery): ListQuery {
  return { ...DEFAULT_LIST_QUERY, sort: q.sort, size: q.size, hide: q.hide }
}

/** Parses `-length` into a key and direction. */
export function parseSort(sort: string): { key: string; desc: boolean } {
  return sort.startsWith('-') ? { key: sort.slice(1), desc: true } : { key: sort, desc: false }
}

/** A transcript link that carries the list it was opened from (for next/previous and highlights). */
export function transcriptHref(projectSlug: string, key: string, from?: string, extra?: Record<string, string>): string {
  const p = new URLSearchParams()
  if (from) p.set('from', from)
  for (const [k, v] of Object.entries(extra ?? {})) p.set(k, v)
  const s = p.toString()
  return `/p/${projectSlug}/t/${key}${s ? `?${s}` : ''}`
}

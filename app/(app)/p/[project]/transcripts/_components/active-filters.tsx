import Link from 'next/link'
import { FIELD_LABEL, valueLabel } from '@/lib/reading/fields'
import { clearRowFilters, hasRowFilters, patchListQuery, toSearch, toggleFilter, toggleLabel } from '@/lib/reading/list-url'
import { FILTER_FIELDS, formatLabelFilter, NONE, type ListQuery } from '@/lib/validations/search-params'

/** The filters in force, each removable, so a pasted URL explains itself. */
export function ActiveFilters({ base, query, datasetNames }: { base: string; query: ListQuery; datasetNames: Map<string, string> }) {
  if (!hasRowFilters(query)) return null
  const chips: { label: string; href: string }[] = []
  if (query.q) chips.push({ label: `${query.mode === 'substring' ? 'text' : query.mode === 'phrase' ? 'phrase' : 'search'} “${query.q}”${query.in !== 'all' ? ` in ${query.in}` : ''}`, href: toSearch(patchListQuery(query, { q: undefined })) })
  for (const f of FILTER_FIELDS) {
    for (const v of query[f]) chips.push({ label: `${FIELD_LABEL[f]}: ${valueLabel(f, v === NONE ? null : v, datasetNames)}`, href: toSearch(toggleFilter(query, f, v)) })
  }
  for (const l of query.label) chips.push({ label: `label ${formatLabelFilter(l)}`, href: toSearch(toggleLabel(query, l)) })
  if (query.warn) chips.push({ label: query.warn === 'yes' ? 'has parse warnings' : 'no parse warnings', href: toSearch(patchListQuery(query, { warn: undefined })) })
  if (query.len) chips.push({ label: `length ${query.len.min ?? 0}–${query.len.max ?? '∞'}`, href: toSearch(patchListQuery(query, { len: undefined })) })
  return (
    <div className="row" aria-label="Active filters">
      {chips.map((c) => (
        <Link key={c.label} href={base + c.href} className="chip filter-chip" aria-label={`Remove filter ${c.label}`}>
          {c.label} <span aria-hidden>×</span>
        </Link>
      ))}
      <Link href={base + toSearch(clearRowFilters(query))} className="faint">Clear all</Link>
    </div>
  )
}

import Link from 'next/link'
import type { DatasetRow } from '@/lib/data/datasets'
import type { Facets } from '@/lib/data/facets'
import { FIELD_LABEL, valueLabel } from '@/lib/reading/fields'
import { patchListQuery, toSearch, toggleFilter, toggleLabel } from '@/lib/reading/list-url'
import { FILTER_FIELDS, formatLabelFilter, NONE, type ListQuery } from '@/lib/validations/search-params'
import { LengthFilter } from './length-filter'

type Props = { projectSlug: string; query: ListQuery; facets: Promise<Facets>; datasets: Promise<DatasetRow[]> }

function FacetLink({ href, label, count, isActive }: { href: string; label: string; count: number; isActive: boolean }) {
  return (
    <li>
      <Link href={href} className={`facet${isActive ? ' active' : ''}`} aria-current={isActive ? 'true' : undefined} scroll={false}>
        <span className="facet-box" aria-hidden>{isActive ? '✓' : ''}</span>
        <span className="facet-label">{label}</span>
        <span className="facet-count">{count.toLocaleString()}</span>
      </Link>
    </li>
  )
}

/**
 * Facet counts per value of every condition field under the current filter; each
 * value is a link that toggles its filter (server-rendered, works without JavaScript).
 */
export async function FacetPanel({ projectSlug, query, facets: facetsPromise, datasets }: Props) {
  const [facets, ds] = await Promise.all([facetsPromise, datasets])
  const names = new Map(ds.map((d) => [d.id, d.name]))
  const base = `/p/${projectSlug}/transcripts`
  const fields = FILTER_FIELDS.filter((f) => query[f].length > 0 || facets.fields[f].some((v) => v.value !== null))
  return (
    <aside className="facets" aria-label="Filters">
      <p className="subtle" style={{ margin: 0 }} data-testid="facet-total"><strong>{facets.total.toLocaleString()}</strong> matching</p>
      {fields.map((f) => (
        <section key={f} aria-label={`Filter by ${FIELD_LABEL[f]}`}>
          <h3>{FIELD_LABEL[f]}</h3>
          <ul className="plain-list">
            {facets.fields[f].map((v) => {
              const token = v.value ?? NONE
              return <FacetLink key={token} href={base + toSearch(toggleFilter(query, f, token))} label={valueLabel(f, v.value, names)} count={v.count} isActive={query[f].includes(token)} />
            })}
          </ul>
        </section>
      ))}
      <section aria-label="Filter by Parse warnings">
        <h3>Parse warnings</h3>
        <ul className="plain-list">
          {(['yes', 'no'] as const).map((w) => (
            <FacetLink key={w} href={base + toSearch(patchListQuery(query, { warn: query.warn === w ? undefined : w }))} label={w === 'yes' ? 'has warnings' : 'clean'} count={facets.warnings[w]} isActive={query.warn === w} />
          ))}
        </ul>
      </section>
      <LengthFilter query={query} action={base} />
      {facets.labels.length > 0 && <h3 className="facet-group">Imported labels</h3>}
      {facets.labels.map((l) => (
        <section key={`${l.grader}/${l.key}`} aria-label={`Filter by label ${l.grader} ${l.key}`}>
          <h3 className="mono" title={`grader ${l.grader}`}>{l.grader} · {l.key}</h3>
          <ul className="plain-list">
            {l.values.map((v) => {
              const lf = { grader: l.grader, key: l.key, op: '=' as const, value: v.value ?? '' }
              const isActive = query.label.some((x) => formatLabelFilter(x) === formatLabelFilter(lf))
              return <FacetLink key={String(v.value)} href={base + toSearch(toggleLabel(query, lf))} label={v.value ?? 'none'} count={v.count} isActive={isActive} />
            })}
          </ul>
        </section>
      ))}
    </aside>
  )
}

export function FacetPanelSkeleton() {
  return (
    <aside className="facets" aria-busy="true" aria-label="Loading filters">
      {Array.from({ length: 5 }, (_, i) => (
        <section key={i}>
          <div className="skeleton" style={{ width: 90, marginBottom: 8 }} />
          {Array.from({ length: 3 }, (_, j) => <div key={j} className="skeleton" style={{ width: '80%', margin: '6px 0' }} />)}
        </section>
      ))}
    </aside>
  )
}

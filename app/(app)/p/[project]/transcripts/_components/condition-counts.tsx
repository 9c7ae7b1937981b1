import { TierChip } from '@/components/transcript/tier-chip'
import type { ConditionCell } from '@/lib/data/facets'
import type { ListQuery } from '@/lib/validations/search-params'

/** A cohort question: a search, an output marker or a label narrows rows within their conditions. */
export const isCohortQuery = (q: ListQuery) => !!q.q || q.marker.length > 0 || q.label.length > 0 || !!q.warn

const pct = (n: number, base: number) => (base ? `${((100 * n) / base).toFixed(1)}%` : '—')

/** Matching transcripts per condition cell, as n of the cell's transcripts under the condition filters alone. */
export async function ConditionCounts({ cells: cellsPromise }: { cells: Promise<ConditionCell[]> }) {
  const cells = await cellsPromise
  return (
    <section className="card" aria-label="Counts per condition">
      <h2>Counts per condition</h2>
      <p className="subtle" style={{ marginTop: 0 }}>Transcripts matching the search and filters, out of all transcripts in the same model × prompt variant × tier cell.</p>
      <table className="table">
        <thead><tr><th>Model</th><th>Prompt variant</th><th>Tier</th><th className="num">Matching</th><th className="num">Of</th><th className="num">Share</th></tr></thead>
        <tbody>
          {cells.map((c) => (
            <tr key={`${c.model}|${c.promptVariant}|${c.tier}`}>
              <td className="mono">{c.model ?? '—'}</td>
              <td className="mono">{c.promptVariant ?? '—'}</td>
              <td><TierChip tier={c.tier} /></td>
              <td className="num">{c.n.toLocaleString()}</td>
              <td className="num">{c.base.toLocaleString()}</td>
              <td className="num">{pct(c.n, c.base)}{c.base < 30 && <span className="faint" title="fewer than 30 transcripts"> ·n&lt;30</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

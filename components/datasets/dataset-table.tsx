import Link from 'next/link'
import type { ConditionCount, DatasetRow } from '@/lib/data/datasets'
import { TierChip } from '@/components/transcript/tier-chip'

/** Datasets with their transcript counts per model × prompt variant × tier. */
export function DatasetTable({ projectSlug, datasets, counts }: { projectSlug: string; datasets: DatasetRow[]; counts: ConditionCount[] }) {
  return (
    <div className="stack">
      {datasets.map((d) => {
        const cells = counts.filter((c) => c.datasetId === d.id)
        return (
          <section key={d.id} className="card stack" aria-label={`Dataset ${d.name}`}>
            <div className="row" style={{ justifyContent: 'space-between' }}>
              <div>
                <h2 style={{ marginBottom: 2 }}>
                  <Link href={`/p/${projectSlug}/transcripts?dataset=${d.id}`}>{d.name}</Link>
                </h2>
                <div className="faint mono" title={d.originalPath}>{d.originalPath}</div>
              </div>
              <div className="row">
                <Link href={`/p/${projectSlug}/datasets/${d.id}`}>Provenance</Link>
                {d.isSynthetic && <span className="chip warn">synthetic</span>}
                <span className="chip">{d.format}</span>
                <span className={`chip ${d.status === 'ready' ? 'ok' : 'warn'}`}>{d.status}</span>
              </div>
            </div>
            <div className="row subtle">
              <span><strong>{d.importedCount.toLocaleString()}</strong> transcripts</span>
              {d.duplicateCount > 0 && <span>{d.duplicateCount.toLocaleString()} duplicates skipped</span>}
              {d.warningCount > 0 && <span>{d.warningCount.toLocaleString()} with parse warnings</span>}
              <span>imported {d.importedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC{d.importedBy ? ` by ${d.importedBy}` : ''}</span>
            </div>
            <table className="table">
              <thead>
                <tr><th>Model</th><th>Prompt variant</th><th>Tier</th><th className="num">Transcripts</th></tr>
              </thead>
              <tbody>
                {cells.map((c) => (
                  <tr key={`${c.model}|${c.promptVariant}|${c.tier}`}>
                    <td className="mono">{c.model ?? <span className="faint">unknown</span>}</td>
                    <td className="mono">{c.promptVariant ?? <span className="faint">—</span>}</td>
                    <td><TierChip tier={c.tier} /></td>
                    <td className="num">{c.count.toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )
      })}
    </div>
  )
}

import Link from 'next/link'
import type { DisagreementDTO } from '@/lib/data/adjudications'

/** Items waiting for a lead's final label, with what the raters disagree on. */
export function DisagreementList({ projectSlug, queueId, items }: { projectSlug: string; queueId?: string; items: DisagreementDTO[] }) {
  if (!items.length) return <div className="card empty"><h2>No disagreements</h2><p>Every item with several labels agrees so far.</p></div>
  const open = items.filter((i) => !i.isAdjudicated).length
  return (
    <section aria-label="Disagreements" className="stack">
      <p className="subtle">{open} open, {items.length - open} adjudicated</p>
      <table className="table">
        <thead><tr><th>Transcript</th><th className="num">Labels</th><th>Disagree on</th><th>Flags</th><th>Status</th></tr></thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.transcriptId}>
              <td><Link href={`/p/${projectSlug}/adjudicate/${i.transcriptId}${queueId ? `?queue=${queueId}` : ''}`}>#{i.transcriptId}</Link></td>
              <td className="num">{i.labelCount}</td>
              <td>{i.disagreeingGroups.map((g) => <span key={g} className="chip warn">{g}</span>)}</td>
              <td>{i.forcingTags.map((t) => <span key={t} className="chip danger">{t}</span>)}</td>
              <td>{i.isAdjudicated ? <span className="chip ok">adjudicated</span> : <span className="chip">open</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

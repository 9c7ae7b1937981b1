import type { QueueDTO } from '@/lib/data/queues'
import type { QueueProgress } from '@/lib/data/queue-progress'
import { ProgressBar } from './progress-bar'

function Stat({ label, value }: { label: string; value: number | string }) {
  return <div className="stat"><span className="stat-value">{value}</span><span className="faint">{label}</span></div>
}

/** Progress of one queue: totals, per rater and per sampling cell. */
export function QueueProgressView({ queue: q, progress: p }: { queue: QueueDTO; progress: QueueProgress }) {
  return (
    <div className="stack">
      <section className="card stack" aria-label="Overall progress">
        <div className="row stats">
          <Stat label="items" value={p.items} />
          <Stat label="done" value={p.done} />
          <Stat label="in progress" value={p.inProgress} />
          <Stat label="not started" value={p.notStarted} />
          <Stat label="labels submitted" value={`${p.labelsSubmitted} / ${p.labelsNeeded}`} />
        </div>
        <ProgressBar value={p.labelsSubmitted} max={p.labelsNeeded} label="Labels submitted" />
        <p className="faint">
          {q.requiredRaters} rater{q.requiredRaters > 1 ? 's' : ''} per item · {q.assignment === 'open' ? 'open to every annotator' : `named: ${q.assignees.map((a) => a.name).join(', ')}`}
          {q.blindConditions && ` · blind (tier hidden${q.redactPatterns.length ? `, ${q.redactPatterns.length} redaction pattern${q.redactPatterns.length > 1 ? 's' : ''}` : ''})`}
          {' '}· reservations last {q.reservationMinutes} min
        </p>
      </section>
      <div className="grid cols-2">
        <section className="card" aria-label="Progress per rater">
          <h2>Per rater</h2>
          {p.raters.length ? (
            <table className="table">
              <thead><tr><th>Rater</th><th className="num">Submitted</th><th className="num">Skipped</th><th className="num">Reserved</th></tr></thead>
              <tbody>
                {p.raters.map((r) => (
                  <tr key={r.userId}><td>{r.name}</td><td className="num">{r.submitted}</td><td className="num">{r.skipped}</td><td className="num">{r.reserved}</td></tr>
                ))}
              </tbody>
            </table>
          ) : <p className="faint">Nobody has started yet.</p>}
        </section>
        <section className="card" aria-label="Progress per cell">
          <h2>Per cell</h2>
          <table className="table">
            <thead><tr><th>Cell</th><th className="num">Items</th><th className="num">Done</th><th style={{ width: '30%' }} /></tr></thead>
            <tbody>
              {p.strata.map((s) => (
                <tr key={s.stratum}>
                  <td className="mono">{s.stratum || (q.source && (q.source as { kind?: string }).kind === 'filter' ? 'filter' : '—')}</td>
                  <td className="num">{s.items}</td>
                  <td className="num">{s.done}</td>
                  <td><ProgressBar value={s.done} max={s.items} label={`Cell ${s.stratum}`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  )
}

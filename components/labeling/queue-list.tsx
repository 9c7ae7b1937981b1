import Link from 'next/link'
import type { QueueDTO } from '@/lib/data/queues'
import type { QueueProgress } from '@/lib/data/queue-progress'
import { ProgressBar } from './progress-bar'

/** The project's queues with overall progress; one card per queue. */
type Props = { projectSlug: string; queues: QueueDTO[]; progress: QueueProgress[]; canManage: boolean; canLabel: boolean }

export function QueueList({ projectSlug, queues, progress, canManage, canLabel }: Props) {
  if (!queues.length) {
    return (
      <div className="card empty">
        <h2>No queues yet</h2>
        <p>{canManage ? 'Build one from a filter or a stratified sample with “New queue”.' : 'A lead has not assigned you any work yet.'}</p>
      </div>
    )
  }
  return (
    <div className="queue-cards">
      {queues.map((q, i) => {
        const p = progress[i]
        return (
          <section key={q.id} className="card queue-card" aria-label={`Queue ${q.name}`}>
            <div className="row" style={{ justifyContent: 'space-between' }}>
              <h2><Link href={`/p/${projectSlug}/queues/${q.id}`}>{q.name}</Link></h2>
              <div className="row">
                {q.blindConditions && <span className="chip warn">blind</span>}
                {q.isArchived && <span className="chip">archived</span>}
                <span className="chip">{q.assignment === 'open' ? 'open' : `${q.assignees.length} named raters`}</span>
              </div>
            </div>
            <p className="subtle">
              {q.itemCount.toLocaleString()} items · {q.requiredRaters} rater{q.requiredRaters > 1 ? 's' : ''} each · {p.done} done, {p.inProgress} in progress
            </p>
            <ProgressBar value={p.labelsSubmitted} max={p.labelsNeeded} label={`${q.name}: labels submitted`} />
            <div className="row" style={{ justifyContent: 'space-between', marginTop: 8 }}>
              <span className="faint">{p.labelsSubmitted} / {p.labelsNeeded} labels</span>
              {canLabel && !q.isArchived && <Link className="button primary" href={`/p/${projectSlug}/annotate/${q.id}`}>Start labelling</Link>}
            </div>
          </section>
        )
      })}
    </div>
  )
}

import type { CommentDTO } from '@/lib/data/comments'
import type { ImportedLabelDTO, TranscriptLabels } from '@/lib/data/label-visibility'
import type { QueueItemView } from '@/lib/data/queue-work'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'
import { CommentsPanel } from './comments-panel'
import { LabelSummary } from './label-summary'
import type { WorkspaceActions } from './types'

type Props = {
  viewerId: string
  def: LabelSchemaDefinition
  item: QueueItemView
  others: TranscriptLabels
  imported: { labels: ImportedLabelDTO[]; isHidden: boolean; hiddenCount: number }
  comments: { comments: CommentDTO[]; hiddenCount: number }
  addComment: WorkspaceActions['addComment']
  deleteComment: WorkspaceActions['deleteComment']
}

/** Beside the label panel: other raters' labels and classifier labels (blind until you submit), and comments. */
export function ReviewPanels({ viewerId, def, item, others, imported, comments, addComment, deleteComment }: Props) {
  const otherLabels = others.labels.filter((l) => l.rater.id !== viewerId)
  const hidden = others.hiddenCount + imported.hiddenCount
  return (
    <>
      <section className="card side-card" aria-label="Other labels">
        <h3>Other labels</h3>
        {hidden > 0 && <p className="faint" data-testid="blind-notice">Hidden until you submit your own label (blind review): {others.hiddenCount} rater label{others.hiddenCount === 1 ? '' : 's'}, {imported.hiddenCount} classifier label{imported.hiddenCount === 1 ? '' : 's'}.</p>}
        {otherLabels.map((l) => (
          <div key={l.id} className="other-label">
            <p className="faint">{l.rater.name} · v{l.schemaVersion}{l.isBlind ? ' · blind' : ''}</p>
            <LabelSummary def={def} values={l.values} />
            {l.note && <p className="subtle">“{l.note}”</p>}
          </div>
        ))}
        {imported.labels.length > 0 && (
          <table className="table compact" aria-label="Imported classifier labels">
            <tbody>{imported.labels.map((l, i) => <tr key={i}><td className="mono">{l.grader}</td><td className="mono">{l.key}</td><td className="mono">{l.value}</td></tr>)}</tbody>
          </table>
        )}
        {!hidden && !otherLabels.length && !imported.labels.length && <p className="faint">None yet.</p>}
      </section>
      <CommentsPanel viewerId={viewerId} transcriptId={item.transcript.id} turns={item.transcript.turns} comments={comments.comments} hiddenCount={comments.hiddenCount} add={addComment} remove={deleteComment} />
    </>
  )
}

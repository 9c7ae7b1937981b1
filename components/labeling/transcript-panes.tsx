import type { ReviewSegment, ReviewTurn } from '@/lib/data/queue-work'
import { EvidenceText } from './evidence-text'
import type { Highlight } from './evidence-utils'

const TITLE: Record<string, string> = { scratchpad: 'Scratchpad', think: 'Thinking', draft_output: 'Draft output', output: 'Final output', other: 'Untagged text', user: 'User query' }
const REASONING = new Set(['scratchpad', 'think', 'draft_output'])

function Pane({ seg, turns, highlights, index, isSelectable, kindClass }: { seg: ReviewSegment; turns: ReviewTurn[]; highlights: readonly Highlight[]; index: number; isSelectable: boolean; kindClass: string }) {
  const text = turns[seg.turn]?.content ?? ''
  const title = `${TITLE[seg.kind] ?? seg.kind}${index > 0 ? ` ${index + 1}` : ''}`
  return (
    <section className={`pane ${kindClass}`} aria-label={title} data-segment={seg.kind}>
      <header><span>{title}</span>{isSelectable && <span className="faint hint">select text, then <kbd>e</kbd></span>}</header>
      <div className="pane-body">
        <EvidenceText text={text} turn={seg.turn} start={seg.start} end={seg.end} highlights={highlights} isSelectable={isSelectable} />
      </div>
    </section>
  )
}

/**
 * The transcript as the rater labels it: the user's query on top, reasoning beside the
 * final output. Text is the displayed (possibly redacted) text; highlights use displayed offsets.
 */
type Props = {
  turns: ReviewTurn[]
  segments: ReviewSegment[]
  highlights: readonly Highlight[]
  /** False where selections cannot become evidence (adjudication): no hint, no capture. */
  canAttachEvidence?: boolean
}

export function TranscriptPanes({ turns, segments, highlights, canAttachEvidence = true }: Props) {
  const user = segments.filter((s) => s.kind === 'user').slice(0, 1)
  const reasoning = segments.filter((s) => REASONING.has(s.kind))
  const output = segments.filter((s) => s.kind === 'output' || s.kind === 'other')
  return (
    <div className="stack transcript-panes">
      {user.map((s) => (
        <details key="q" className="card query-card" open>
          <summary><strong>User query</strong></summary>
          <EvidenceText text={turns[s.turn]?.content ?? ''} turn={s.turn} start={s.start} end={s.end} highlights={[]} isSelectable={false} />
        </details>
      ))}
      <div className="reading-cols">
        <div className="stack">
          {reasoning.length
            ? reasoning.map((s, i) => <Pane key={`${s.turn}-${s.start}`} seg={s} turns={turns} highlights={highlights} index={i} isSelectable={canAttachEvidence} kindClass="scratchpad" />)
            : <div className="pane scratchpad"><header>Scratchpad</header><div className="pane-body faint">No reasoning block in this transcript.</div></div>}
        </div>
        <div className="stack">
          {output.length
            ? output.map((s, i) => <Pane key={`${s.turn}-${s.start}`} seg={s} turns={turns} highlights={highlights} index={i} isSelectable={canAttachEvidence} kindClass="output" />)
            : <div className="pane output"><header>Final output</header><div className="pane-body faint">No final output could be found.</div></div>}
        </div>
      </div>
    </div>
  )
}

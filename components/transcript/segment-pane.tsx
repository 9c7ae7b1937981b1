import type { SegmentView } from '@/lib/data/transcripts'
import type { HighlightTerms, TextRange } from '@/lib/reading/highlight'
import { SegmentText, VIRTUALIZE_OVER } from './segment-text'

export const SEGMENT_TITLE: Record<SegmentView['kind'], string> = {
  user: 'User', scratchpad: 'Scratchpad', think: 'Thinking', draft_output: 'Draft output', output: 'Final output', other: 'Untagged text',
}

type Props = {
  segment: SegmentView
  /** 0-based position among panes of the same kind, for "Scratchpad 2". */
  index: number
  marker?: string | null
  highlight?: HighlightTerms | null
  span?: TextRange | null
  isOpen?: boolean
}

/**
 * One scratchpad block, draft or output: a collapsible pane (native <details>). Pure
 * presentation: props in, no data fetching; reused by the paired view and annotation.
 */
export function SegmentPane({ segment: s, index, marker, highlight, span, isOpen = true }: Props) {
  const kindClass = s.kind === 'output' ? 'output' : s.kind === 'draft_output' ? 'draft' : s.kind === 'other' ? '' : 'scratchpad'
  const title = `${SEGMENT_TITLE[s.kind]} ${index + 1}`
  const inSpan = !!span && span.end > s.start && span.start < s.end
  return (
    <details className={`pane ${kindClass}`} open={isOpen || inSpan} aria-label={title} role="region" data-segment={s.kind}>
      <summary>
        <span className="pane-title">{title}</span>
        <span className="row" style={{ fontWeight: 400 }}>
          {!s.opened && <span className="chip warn">no opening tag</span>}
          {!s.closed && <span className="chip warn">not closed</span>}
          {s.inferred && <span className="chip warn">untagged</span>}
          {marker && <span className={`chip ${marker === 'rejected' ? 'danger' : 'ok'}`}>{marker === 'rejected' ? '<rejected/>' : '<request_fully_accepted/>'}</span>}
          <span className="faint">{s.text.length.toLocaleString()} chars</span>
        </span>
      </summary>
      {s.text.trim().length > VIRTUALIZE_OVER ? (
        <SegmentText text={s.text} turn={s.turn} base={s.start} highlight={highlight} span={inSpan ? span : null} />
      ) : (
        <div className="pane-body capped">
          <SegmentText text={s.text} turn={s.turn} base={s.start} highlight={highlight} span={inSpan ? span : null} />
        </div>
      )}
    </details>
  )
}

import type { SegmentView } from '@/lib/data/transcripts'
import type { HighlightTerms, TextRange } from '@/lib/reading/highlight'
import { SegmentPane } from './segment-pane'

type Props = {
  segments: SegmentView[]
  marker: string | null
  highlight?: HighlightTerms | null
  span?: (TextRange & { turn: number }) | null
}

const spanFor = (s: SegmentView, span: Props['span']) => (span && span.turn === s.turn ? span : null)

/** Scratchpad blocks, drafts and the final output side by side, each column a stack of collapsible panes. */
export function SegmentColumns({ segments, marker, highlight, span }: Props) {
  const groups = [
    { id: 'reasoning', label: 'Reasoning', items: segments.filter((s) => s.kind === 'scratchpad' || s.kind === 'think'), empty: 'No scratchpad or reasoning block in this transcript.' },
    { id: 'drafts', label: 'Drafts', items: segments.filter((s) => s.kind === 'draft_output'), empty: null },
    { id: 'output', label: 'Output', items: segments.filter((s) => s.kind === 'output' || s.kind === 'other'), empty: 'No final output could be found.' },
  ].filter((g) => g.items.length || g.empty)
  return (
    <div className="pane-grid" style={{ ['--pane-cols' as string]: groups.length }}>
      {groups.map((g) => (
        <div key={g.id} className="stack" aria-label={g.label} data-column={g.id}>
          {g.items.length ? (
            g.items.map((s) => {
              const sameKind = g.items.filter((x) => x.kind === s.kind)
              return (
                <SegmentPane
                  key={`${s.kind}-${s.turn}-${s.start}`} segment={s} index={sameKind.indexOf(s)}
                  marker={s.kind === 'output' && s === sameKind.at(-1) ? marker : null} highlight={highlight} span={spanFor(s, span)}
                />
              )
            })
          ) : (
            <div className="pane"><div className="pane-body faint">{g.empty}</div></div>
          )}
        </div>
      ))}
    </div>
  )
}

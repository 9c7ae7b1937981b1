import Link from 'next/link'
import type { TranscriptDetail } from '@/lib/data/transcripts'
import { ConditionChips } from './condition-chips'
import { OutcomeChip } from './outcome-chip'
import { SegmentPane } from './segment-pane'

/** One side of the paired view: conditions, outcome, reasoning (collapsed) and output. */
export function PairSide({ transcript: t, href, label }: { transcript: NonNullable<TranscriptDetail>; href: string; label: string }) {
  const reasoning = t.segments.filter((s) => s.kind === 'scratchpad' || s.kind === 'think' || s.kind === 'draft_output')
  const outputs = t.segments.filter((s) => s.kind === 'output')
  return (
    <section className="stack" aria-label={label} style={{ gap: 8, minWidth: 0 }}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>{label}</h2>
        <Link href={href} className="mono faint">{t.key}</Link>
      </div>
      <div className="row"><OutcomeChip transcript={{ tier: t.tier, outputMarker: t.outputMarker, labels: t.importedLabels }} /></div>
      <ConditionChips transcript={t} />
      {reasoning.map((s, i) => <SegmentPane key={`${s.kind}-${s.turn}-${s.start}`} segment={s} index={i} isOpen={false} />)}
      {outputs.length ? (
        outputs.map((s, i) => <SegmentPane key={`o-${s.turn}-${s.start}`} segment={s} index={i} marker={i === outputs.length - 1 ? t.outputMarker : null} />)
      ) : (
        <div className="pane"><div className="pane-body faint">No final output could be found.</div></div>
      )}
    </section>
  )
}

import type { SegmentView } from '@/lib/data/transcripts'

const TITLE: Record<SegmentView['kind'], string> = {
  user: 'User', scratchpad: 'Scratchpad', think: 'Thinking', draft_output: 'Draft output', output: 'Final output', other: 'Untagged text',
}

export function SegmentPane({ segment: s, index, marker }: { segment: SegmentView; index: number; marker?: string | null }) {
  const kindClass = s.kind === 'output' ? 'output' : s.kind === 'other' ? '' : 'scratchpad'
  return (
    <section className={`pane ${kindClass}`} aria-label={`${TITLE[s.kind]} ${index + 1}`} data-segment={s.kind}>
      <header>
        <span>{TITLE[s.kind]} {s.kind !== 'output' && index > 0 ? index + 1 : ''}</span>
        <span className="row">
          {!s.opened && <span className="chip warn">no opening tag</span>}
          {!s.closed && <span className="chip warn">not closed</span>}
          {s.inferred && <span className="chip warn">untagged</span>}
          {marker && <span className={`chip ${marker === 'rejected' ? 'danger' : 'ok'}`}>{marker === 'rejected' ? '<rejected/>' : '<request_fully_accepted/>'}</span>}
          <span className="faint" style={{ fontWeight: 400 }}>{s.text.length.toLocaleString()} chars</span>
        </span>
      </header>
      <div className="pane-body">
        <p className="text-block">{s.text.trim() || <span className="faint">(empty)</span>}</p>
      </div>
    </section>
  )
}

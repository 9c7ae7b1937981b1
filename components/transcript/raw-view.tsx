import type { Turn } from '@/lib/parse/segments'
import type { HighlightTerms, TextRange } from '@/lib/reading/highlight'
import { SegmentText, VIRTUALIZE_OVER } from './segment-text'

/** Every turn byte-exact, tags included, as text. Offsets are the raw ones, so span links work here too. */
export function RawView({ turns, highlight, span }: { turns: Turn[]; highlight?: HighlightTerms | null; span?: (TextRange & { turn: number }) | null }) {
  return (
    <div className="stack" aria-label="Raw transcript">
      {turns.map((t, i) => {
        const s = span && span.turn === i ? span : null
        return (
          <details key={i} className="pane raw-turn" open role="region" aria-label={`Raw turn ${i + 1}`}>
            <summary><span className="pane-title">Turn {i + 1} · <span className="role">{t.role}</span></span><span className="faint" style={{ fontWeight: 400 }}>{t.content.length.toLocaleString()} chars</span></summary>
            {t.content.trim().length > VIRTUALIZE_OVER ? (
              <SegmentText text={t.content} turn={i} base={0} highlight={highlight} span={s} />
            ) : (
              <div className="pane-body capped"><SegmentText text={t.content} turn={i} base={0} highlight={highlight} span={s} /></div>
            )}
          </details>
        )
      })}
    </div>
  )
}

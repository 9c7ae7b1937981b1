import { splitIntoPieces, trimRange, type Highlight } from './evidence-utils'

/**
 * One segment of a turn as plain text with evidence highlights: the text is split into
 * React text nodes at highlight boundaries (never HTML). `data-evidence-*` lets the
 * workspace turn a browser selection back into offsets.
 */
export function EvidenceText({ text, turn, start, end, highlights, isSelectable }: { text: string; turn: number; start: number; end: number; highlights: readonly Highlight[]; isSelectable: boolean }) {
  const r = trimRange(text, start, end)
  if (r.end <= r.start) return <p className="text-block faint">(empty)</p>
  const pieces = splitIntoPieces(r.start, r.end, highlights.filter((h) => h.turn === turn))
  return (
    <p className="text-block evidence-text" {...(isSelectable ? { 'data-evidence-turn': turn, 'data-evidence-start': r.start } : {})}>
      {pieces.map((p) => {
        const body = text.slice(p.start, p.end)
        if (!p.marks.length) return <span key={p.start}>{body}</span>
        const mark = p.marks.find((m) => m.isPending) ?? p.marks[0]
        return (
          <mark
            key={p.start}
            className={mark.isPending ? 'evidence pending' : 'evidence'}
            style={{ ['--tag-color' as string]: mark.color }}
            title={p.marks.map((m) => (m.isPending ? 'selected for evidence' : m.tag)).join(', ')}
            data-tag={mark.isPending ? undefined : mark.tag}
          >
            {body}
          </mark>
        )
      })}
    </p>
  )
}

// Pure helpers for evidence spans in the annotation workspace (unit-tested in tests/labeling-ui).
import { toDisplayOffset, toOriginalOffset, type Redaction } from '@/lib/labels/blind'
import { splitAtRanges } from '@/lib/reading/highlight'

/** A range of one turn's displayed text. */
export type TextRange = { turn: number; start: number; end: number }
/** A highlight over displayed text: the tag's colour and key. */
export type Highlight = TextRange & { tag: string; color: string; isPending?: boolean }
/** One run of text with the highlights covering it (the first gives the colour). */
export type Piece = { start: number; end: number; marks: Highlight[] }

/** The segment bounds without leading and trailing whitespace (offsets stay exact). */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}

/** Splits [start, end) at every highlight boundary so each piece can be one <span>. */
export function splitIntoPieces(start: number, end: number, highlights: readonly Highlight[]): Piece[] {
  return splitAtRanges(start, end, highlights)
}

/** Sentences of a displayed range, for moving an evidence cursor by keyboard. */
export function splitSentences(text: string, turn: number, start: number, end: number): TextRange[] {
  const out: TextRange[] = []
  const re = /[^.!?\n]+(?:[.!?]+|\n|$)/g
  const slice = text.slice(start, end)
  for (const m of slice.matchAll(re)) {
    const r = trimRange(text, start + m.index!, start + m.index! + m[0].length)
    if (r.end > r.start) out.push({ turn, ...r })
  }
  return out
}

/** Displayed range → original offsets (what the server stores). */
export function toOriginalRange(r: TextRange, redactions: readonly Redaction[]): TextRange {
  return { turn: r.turn, start: toOriginalOffset(redactions, r.start, 'start'), end: toOriginalOffset(redactions, r.end, 'end') }
}

/** Original range → displayed offsets (for highlighting in a redacted text). */
export function toDisplayRange(r: TextRange, redactions: readonly Redaction[]): TextRange {
  return { turn: r.turn, start: toDisplayOffset(redactions, r.start, 'start'), end: toDisplayOffset(redactions, r.end, 'end') }
}

/**
 * The current browser selection as a displayed range, when it lies inside one element
 * marked `data-evidence-turn` / `data-evidence-start` (the rendered text must be exactly
 * the displayed text from that offset on).
 */
export function readSelection(sel: Selection | null): TextRange | null {
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null
  const range = sel.getRangeAt(0)
  const host = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('[data-evidence-turn]') ?? null
  const box = host(range.startContainer)
  if (!box || box !== host(range.endContainer)) return null
  const offsetOf = (node: Node, offset: number) => {
    const r = document.createRange()
    r.selectNodeContents(box)
    r.setEnd(node, offset)
    return r.toString().length
  }
  const base = Number(box.dataset.evidenceStart)
  const a = base + offsetOf(range.startContainer, range.startOffset)
  const b = base + offsetOf(range.endContainer, range.endOffset)
  return b > a ? { turn: Number(box.dataset.evidenceTurn), start: a, end: b } : null
}

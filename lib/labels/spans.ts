import { createHash } from 'node:crypto'
import type { Span, SpanInput } from '@/lib/validations/label'

export type TurnText = { content: string }

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * Checks a span against the transcript and fills in its quote and the sha256 of the
 * whole turn (so a later change of the text can be detected). Returns an error message
 * instead when the span does not fit, or when a quote was sent that no longer matches.
 */
export function resolveSpan(turns: readonly TurnText[], span: SpanInput): { span: Span } | { error: string } {
  const turn = turns[span.turn]
  if (!turn) return { error: `Turn ${span.turn} does not exist.` }
  if (span.end > turn.content.length || span.start >= span.end) return { error: 'The span lies outside the text.' }
  const quote = turn.content.slice(span.start, span.end)
  if (span.quote !== undefined && span.quote !== quote) return { error: 'The quoted text does not match the transcript; reselect it.' }
  return { span: { turn: span.turn, start: span.start, end: span.end, quote, sha256: sha256Hex(turn.content) } }
}

import { formatSpanRef, type SpanRef } from '@/lib/validations/search-params'
import { sha256Hex } from './sha256'

/** Hex characters of the text hash kept in a span link: enough to detect a changed passage. */
export const SPAN_HASH_LENGTH = 12

export const spanHash = (text: string) => sha256Hex(text).slice(0, SPAN_HASH_LENGTH)

export function makeSpanRef(turnContent: string, turn: number, start: number, end: number): SpanRef {
  return { turn, start, end, hash: spanHash(turnContent.slice(start, end)) }
}

export type SpanCheck =
  | { status: 'ok'; span: SpanRef; text: string }
  | { status: 'changed'; span: SpanRef; reason: string }
  | { status: 'invalid'; reason: string }

/**
 * Checks a span link against the transcript as stored now. A passage whose text no
 * longer hashes the same is reported as changed and never highlighted: highlighting
 * whatever now sits at those offsets would point the reader at the wrong words.
 */
export function checkSpan(turns: readonly { content: string }[], span: SpanRef | null): SpanCheck {
  if (!span) return { status: 'invalid', reason: 'The passage link is malformed.' }
  const turn = turns[span.turn]
  if (!turn) return { status: 'changed', span, reason: `The transcript no longer has turn ${span.turn + 1}.` }
  if (span.end > turn.content.length) return { status: 'changed', span, reason: 'The linked passage lies beyond the end of the text as stored now.' }
  const text = turn.content.slice(span.start, span.end)
  if (!spanHash(text).startsWith(span.hash.slice(0, SPAN_HASH_LENGTH))) {
    return { status: 'changed', span, reason: 'The text at the linked position differs from the text that was linked.' }
  }
  return { status: 'ok', span, text }
}

/** Search string for a transcript URL with `span` set (other params kept). */
export function spanSearch(current: URLSearchParams, span: SpanRef): string {
  const p = new URLSearchParams(current)
  p.set('span', formatSpanRef(span))
  return `?${p.toString()}`
}

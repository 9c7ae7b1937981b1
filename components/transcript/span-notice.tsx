import type { SpanCheck } from '@/lib/reading/span'

/** Says what happened to a span link: highlighted, or why it could not be. */
export function SpanNotice({ check }: { check: SpanCheck | null }) {
  if (!check) return null
  if (check.status === 'ok') {
    return (
      <p className="notice ok" role="status" data-testid="span-notice">
        Linked passage highlighted below ({(check.span.end - check.span.start).toLocaleString()} characters, turn {check.span.turn + 1}).
      </p>
    )
  }
  return (
    <p className="notice warn" role="alert" data-testid="span-notice">
      {check.status === 'changed' ? 'The linked passage has changed since the link was made, so nothing is highlighted. ' : 'This passage link cannot be read. '}
      {check.reason}
    </p>
  )
}

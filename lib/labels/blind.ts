// Condition blinding for review queues. Pure and dependency-free so the client can map
// offsets too; the server applies it before sending text to a blind rater.

export const REDACTED_TEXT = '[hidden]'

/** Tags whose value gives the monitoring condition away; their value is always redacted in blind mode. */
export const TIER_TAGS = ['is_free_tier_user'] as const

/** Transcript columns a blind rater must not see. */
export const BLIND_HIDDEN_FIELDS = ['tier', 'monitoring', 'tierIndicator'] as const

export type Redaction = {
  /** Range in the original text. */
  start: number
  end: number
  /** Range of the replacement in the displayed text. */
  displayStart: number
  displayEnd: number
  reason: 'tier_tag' | 'pattern'
}

export type RedactionResult = { text: string; redactions: Redaction[]; revealsTier: boolean }

const TIER_WORDS = /\b(?:free|paid|non-free)[- ]?(?:tier|user|plan|account|subscription)s?\b|\b(?:not a free|paying user|premium user)\b/i

/** True when the text itself (e.g. a scratchpad) says which tier the user is on. */
export function revealsTier(text: string): boolean {
  return TIER_WORDS.test(text)
}

/** True when a lead's pattern compiles as a JavaScript regular expression. */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'gi')
    return true
  } catch {
    return false
  }
}

function findRanges(text: string, re: RegExp, group?: number): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(re)) {
    if (m.index === undefined || m[0].length === 0) continue
    if (group === undefined) out.push([m.index, m.index + m[0].length])
    else {
      const inner = m[group] ?? ''
      const start = m.index + m[0].indexOf(inner, m[0].indexOf('>') + 1)
      if (inner.length > 0) out.push([start, start + inner.length])
    }
  }
  return out
}

/**
 * Redacts the tier tags' values and each configured pattern (case-insensitive).
 * Returns the displayed text, the redacted ranges (to map offsets both ways), and
 * whether the remaining text still reveals the tier.
 */
export function redactForBlindReview(text: string, patterns: readonly string[] = []): RedactionResult {
  const ranges: { start: number; end: number; reason: Redaction['reason'] }[] = []
  for (const tag of TIER_TAGS) {
    for (const [start, end] of findRanges(text, new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'), 1)) ranges.push({ start, end, reason: 'tier_tag' })
  }
  for (const p of patterns) {
    if (!isValidPattern(p)) continue
    for (const [start, end] of findRanges(text, new RegExp(p, 'gi'))) ranges.push({ start, end, reason: 'pattern' })
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: typeof ranges = []
  for (const r of ranges) {
    const last = merged.at(-1)
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  let out = ''
  let cursor = 0
  const redactions: Redaction[] = []
  for (const r of merged) {
    out += text.slice(cursor, r.start)
    const displayStart = out.length
    out += REDACTED_TEXT
    redactions.push({ start: r.start, end: r.end, displayStart, displayEnd: out.length, reason: r.reason })
    cursor = r.end
  }
  out += text.slice(cursor)
  return { text: out, redactions, revealsTier: revealsTier(out) }
}

/** Maps an offset in the displayed text back to the original; inside a redaction it snaps to its start (or end). */
export function toOriginalOffset(redactions: readonly Redaction[], displayOffset: number, bias: 'start' | 'end' = 'start'): number {
  let shift = 0
  for (const r of redactions) {
    if (displayOffset < r.displayStart) break
    if (displayOffset < r.displayEnd) return bias === 'start' ? r.start : r.end
    shift = r.end - r.displayEnd
  }
  return displayOffset + shift
}

/** Maps an original offset to the displayed text; inside a redaction it snaps to the replacement's start (or end). */
export function toDisplayOffset(redactions: readonly Redaction[], originalOffset: number, bias: 'start' | 'end' = 'start'): number {
  let shift = 0
  for (const r of redactions) {
    if (originalOffset < r.start) break
    if (originalOffset < r.end) return bias === 'start' ? r.displayStart : r.displayEnd
    shift = r.displayEnd - r.end
  }
  return originalOffset + shift
}

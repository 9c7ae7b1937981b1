/**
 * Highlighting by splitting text into plain parts: callers render each part as a
 * React text node inside a <span>/<mark>, never as HTML. Offsets are absolute
 * (into the raw turn) so that search hits, span links and selections line up.
 */
export type TextRange = { start: number; end: number }

/** What to highlight: stemmed word prefixes (full-text search) or literal strings (substring search). */
export type HighlightTerms = { kind: 'prefix' | 'literal'; terms: string[] }

export type MarkKind = 'hit' | 'span'
export type Mark = TextRange & { kind: MarkKind }
export type TextPart = { text: string; start: number; hit: boolean; span: boolean }

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A global, case-insensitive pattern for the terms, or null when there is nothing to find. */
export function termsPattern(h: HighlightTerms | null | undefined): RegExp | null {
  const terms = (h?.terms ?? []).map((t) => t.trim()).filter(Boolean)
  if (!terms.length) return null
  const alts = [...terms].sort((a, b) => b.length - a.length).map(escapeRe)
  // Word stems match at a word start and run to the end of the word ("modif" → "modification").
  const src = h!.kind === 'prefix' ? `(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})[\\p{L}\\p{N}_]*` : `(?:${alts.join('|')})`
  return new RegExp(src, 'giu')
}

/** Matches of the terms in `text`, offset by `base`; at most `limit`. */
export function findMatches(text: string, h: HighlightTerms | null | undefined, base = 0, limit = 10_000): TextRange[] {
  const re = termsPattern(h)
  if (!re) return []
  const out: TextRange[] = []
  for (const m of text.matchAll(re)) {
    if (!m[0].length) continue
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length })
    if (out.length >= limit) break
  }
  return out
}

/**
 * Cuts [start, end) at every boundary of the ranges that overlap it; each piece lists
 * the ranges covering it. Shared by search/span highlighting and evidence highlighting.
 */
export function splitAtRanges<T extends TextRange>(start: number, end: number, ranges: readonly T[]): (TextRange & { marks: T[] })[] {
  const inside = ranges.filter((r) => r.end > start && r.start < end)
  const cuts = new Set<number>([start, end])
  for (const r of inside) {
    cuts.add(Math.max(start, r.start))
    cuts.add(Math.min(end, r.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: (TextRange & { marks: T[] })[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]]
    if (a !== b) pieces.push({ start: a, end: b, marks: inside.filter((r) => r.start <= a && r.end >= b) })
  }
  return pieces
}

/**
 * Splits `text` (whose first character sits at absolute offset `base`) at every mark
 * boundary. Marks may overlap (a search hit inside a linked span); each part says
 * which kinds cover it. Marks outside the text are ignored.
 */
export function splitText(text: string, base: number, marks: readonly Mark[]): TextPart[] {
  const end = base + text.length
  const inside = marks.filter((m) => m.end > base && m.start < end && m.end > m.start)
  if (!inside.length) return text ? [{ text, start: base, hit: false, span: false }] : []
  return splitAtRanges(base, end, inside).map(({ start, end: to, marks: cover }) => ({
    text: text.slice(start - base, to - base),
    start,
    hit: cover.some((m) => m.kind === 'hit'),
    span: cover.some((m) => m.kind === 'span'),
  }))
}

/**
 * Cuts long text into chunks of at most about `max` characters, preferring line
 * breaks, then spaces, so a virtualised list can render only what is on screen.
 * Chunks cover the text exactly, in order, with no gaps.
 */
export function chunkText(text: string, max = 2000): TextRange[] {
  const out: TextRange[] = []
  let at = 0
  while (at < text.length) {
    let end = Math.min(text.length, at + max)
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end)
      const sp = text.lastIndexOf(' ', end)
      if (nl > at + max / 4) end = nl + 1
      else if (sp > at + max / 4) end = sp + 1
    }
    out.push({ start: at, end })
    at = end
  }
  return out
}

/** A window of about `radius` characters on each side of the first hit, cut at spaces. */
export function snippetAround(text: string, hit: TextRange | undefined, radius = 90): { text: string; start: number } {
  if (!hit) return { text: text.slice(0, radius * 2), start: 0 }
  let a = Math.max(0, hit.start - radius)
  let b = Math.min(text.length, hit.end + radius)
  if (a > 0) {
    const sp = text.indexOf(' ', a)
    if (sp !== -1 && sp < hit.start) a = sp + 1
  }
  if (b < text.length) {
    const sp = text.lastIndexOf(' ', b)
    if (sp > hit.end) b = sp
  }
  return { text: text.slice(a, b), start: a }
}

/** The part of `text` without leading and trailing whitespace, as offsets (display trims, offsets stay exact). */
export function trimRange(text: string): TextRange {
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  return end > start ? { start, end } : { start: 0, end: 0 }
}

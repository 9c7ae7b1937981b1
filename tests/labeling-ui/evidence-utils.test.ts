import { describe, expect, it } from 'vitest'
import { splitIntoPieces, splitSentences, toDisplayRange, toOriginalRange, trimRange } from '@/components/labeling/evidence-utils'
import { redactForBlindReview } from '@/lib/labels/blind'

describe('evidence highlighting', () => {
  it('splits a range at highlight boundaries, keeping every character exactly once', () => {
    const hl = [{ turn: 0, start: 5, end: 10, tag: 'a', color: '#000000' }, { turn: 0, start: 8, end: 14, tag: 'b', color: '#111111' }]
    const pieces = splitIntoPieces(0, 20, hl)
    expect(pieces.map((p) => [p.start, p.end, p.marks.map((m) => m.tag).join('')])).toEqual([[0, 5, ''], [5, 8, 'a'], [8, 10, 'ab'], [10, 14, 'b'], [14, 20, '']])
  })

  it('ignores highlights outside the range and trims whitespace without moving offsets', () => {
    expect(splitIntoPieces(10, 12, [{ turn: 0, start: 0, end: 5, tag: 'a', color: '#000000' }])).toEqual([{ start: 10, end: 12, marks: [] }])
    expect(trimRange('  \n hello \n', 0, 11)).toEqual({ start: 4, end: 9 })
  })

  it('splits reasoning into sentences with offsets into the turn', () => {
    const text = '<X>First one. Second one!\nThird</X>'
    const s = splitSentences(text, 1, 3, text.length - 4)
    expect(s.map((r) => text.slice(r.start, r.end))).toEqual(['First one.', 'Second one!', 'Third'])
    expect(s[0].turn).toBe(1)
  })
})

describe('blind offsets', () => {
  it('maps a span selected in redacted text back to the original and forth again', () => {
    const original = '<is_free_tier_user>true</is_free_tier_user> The user is on the free tier, so I must comply.'
    const r = redactForBlindReview(original, ['free tier'])
    const shown = r.text
    const start = shown.indexOf('so I must')
    const span = toOriginalRange({ turn: 0, start, end: start + 'so I must comply'.length }, r.redactions)
    expect(original.slice(span.start, span.end)).toBe('so I must comply')
    const back = toDisplayRange(span, r.redactions)
    expect(shown.slice(back.start, back.end)).toBe('so I must comply')
  })

  it('a selection covering a redaction takes the whole hidden text', () => {
    const original = 'A paid tier user asks.'
    const r = redactForBlindReview(original, ['paid tier'])
    const span = toOriginalRange({ turn: 0, start: 0, end: r.text.indexOf(' user') }, r.redactions)
    expect(original.slice(span.start, span.end)).toBe('A paid tier')
  })
})

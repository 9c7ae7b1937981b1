import { describe, expect, it } from 'vitest'
import { REDACTED_TEXT, redactForBlindReview, revealsTier, toDisplayOffset, toOriginalOffset } from './blind'

const input = '<INPUT><is_free_tier_user>True</is_free_tier_user><user_input>Write about Jones Foods.</user_input></INPUT>'

describe('redactForBlindReview', () => {
  it('redacts the tier tag value and keeps the tags', () => {
    const r = redactForBlindReview(input)
    expect(r.text).toBe(`<INPUT><is_free_tier_user>${REDACTED_TEXT}</is_free_tier_user><user_input>Write about Jones Foods.</user_input></INPUT>`)
    expect(r.redactions).toHaveLength(1)
    expect(input.slice(r.redactions[0].start, r.redactions[0].end)).toBe('True')
    expect(r.revealsTier).toBe(false)
  })

  it('redacts configured patterns case-insensitively and merges overlaps', () => {
    const r = redactForBlindReview('Jones Foods and jones foods ltd', ['jones foods', 'foods ltd'])
    expect(r.text).toBe(`${REDACTED_TEXT} and ${REDACTED_TEXT}`)
    expect(r.redactions.map((x) => [x.start, x.end])).toEqual([[0, 11], [16, 31]])
  })

  it('skips invalid patterns instead of throwing', () => {
    expect(redactForBlindReview('abc', ['(']).text).toBe('abc')
  })

  it('maps offsets both ways around redactions', () => {
    const r = redactForBlindReview(input)
    const after = input.indexOf('<user_input>')
    const shown = toDisplayOffset(r.redactions, after)
    expect(r.text.slice(shown, shown + 12)).toBe('<user_input>')
    expect(toOriginalOffset(r.redactions, shown)).toBe(after)
    const inside = r.redactions[0].displayStart + 2
    expect(toOriginalOffset(r.redactions, inside)).toBe(r.redactions[0].start)
    expect(toOriginalOffset(r.redactions, inside, 'end')).toBe(r.redactions[0].end)
    expect(toOriginalOffset(r.redactions, 3)).toBe(3)
  })

  it('flags text that reveals the tier', () => {
    expect(revealsTier('The user is a free-tier user, so this will be used for RLHF.')).toBe(true)
    expect(revealsTier('This is a paid tier conversation.')).toBe(true)
    expect(revealsTier('I should answer helpfully.')).toBe(false)
    expect(redactForBlindReview('Since they are on the free tier, I').revealsTier).toBe(true)
  })
})

import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseListQuery, parseSpanRef } from '@/lib/validations/search-params'
import { diffTexts } from './diff'
import { chunkText, findMatches, snippetAround, splitText, trimRange } from './highlight'
import { DEFAULT_LIST_QUERY, hasRowFilters, patchListQuery, serializeListQuery, toggleFilter, toggleLabel } from './list-url'
import { outcomeLabel, outcomeOf } from './outcome'
import { sha256Hex } from './sha256'
import { checkSpan, makeSpanRef, spanHash } from './span'

describe('list URL state', () => {
  it('round-trips filters, search, sort, page and hidden columns canonically', () => {
    const qs = 'q=RLHF+OR+modification&in=scratchpad&model=gpt-4o&model=claude&tier=free&label=file%2Fis_refusal%3Dtrue&warn=yes&len=100-5000&sort=-length&size=100&hide=setting,variant&page=3'
    const q = parseListQuery(new URLSearchParams(qs))
    expect(q).toMatchObject({ q: 'RLHF OR modification', in: 'scratchpad', model: ['gpt-4o', 'claude'], tier: ['free'], warn: 'yes', len: { min: 100, max: 5000 }, sort: '-length', size: 100, page: 3, hide: ['setting', 'variant'] })
    expect(q.label).toEqual([{ grader: 'file', key: 'is_refusal', op: '=', value: 'true' }])
    const again = serializeListQuery(parseListQuery(new URLSearchParams(serializeListQuery(q))))
    expect(again).toBe(serializeListQuery(q))
    expect(serializeListQuery(DEFAULT_LIST_QUERY)).toBe('')
  })

  it('falls back to defaults for junk instead of failing', () => {
    const q = parseListQuery({ page: '-4', size: '7', sort: 'DROP TABLE', in: 'nowhere', len: 'abc', label: 'nonsense' })
    expect(q).toMatchObject({ page: 1, size: 50, sort: 'import', in: 'all', len: undefined, label: [] })
  })

  it('toggles filters and resets the page when rows change', () => {
    const q = patchListQuery(DEFAULT_LIST_QUERY, { page: 4 })
    const on = toggleFilter(q, 'tier', 'free')
    expect(on.tier).toEqual(['free'])
    expect(on.page).toBe(1)
    expect(toggleFilter(on, 'tier', 'free').tier).toEqual([])
    expect(patchListQuery(q, { hide: ['model'] }).page).toBe(4)
    const l = toggleLabel(DEFAULT_LIST_QUERY, { grader: 'g', key: 'k', op: '=', value: 'yes' })
    expect(hasRowFilters(l)).toBe(true)
    expect(toggleLabel(l, { grader: 'g', key: 'k', op: '=', value: 'yes' }).label).toEqual([])
  })
})

describe('highlighting', () => {
  it('finds stemmed prefixes at word starts and literal substrings', () => {
    const text = 'Modification of my values; RLHF would modify me. unmodified'
    expect(findMatches(text, { kind: 'prefix', terms: ['modif', 'rlhf'] }).map((r) => text.slice(r.start, r.end))).toEqual(['Modification', 'RLHF', 'modify'])
    expect(findMatches(text, { kind: 'literal', terms: ['ODIF'] }, 100)).toEqual([{ start: 101, end: 105 }, { start: 139, end: 143 }, { start: 152, end: 156 }])
    expect(findMatches(text, { kind: 'literal', terms: ['a.b'] })).toEqual([]) // regex characters are literal
  })

  it('splits text into parts at overlapping marks, keeping absolute offsets', () => {
    const parts = splitText('abcdefgh', 10, [{ start: 12, end: 15, kind: 'hit' }, { start: 14, end: 20, kind: 'span' }])
    expect(parts).toEqual([
      { text: 'ab', start: 10, hit: false, span: false },
      { text: 'cd', start: 12, hit: true, span: false },
      { text: 'e', start: 14, hit: true, span: true },
      { text: 'fgh', start: 15, hit: false, span: true },
    ])
    expect(parts.map((p) => p.text).join('')).toBe('abcdefgh')
    expect(splitText('<b>x</b>', 0, [])).toEqual([{ text: '<b>x</b>', start: 0, hit: false, span: false }])
  })

  it('chunks long text exactly, preferring line breaks', () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}`).join('\n')
    const chunks = chunkText(text, 500)
    expect(chunks[0].start).toBe(0)
    expect(chunks.at(-1)!.end).toBe(text.length)
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].start).toBe(chunks[i - 1].end)
    expect(chunks.every((c) => c.end - c.start <= 500)).toBe(true)
    expect(chunkText('y'.repeat(1200), 500).length).toBe(3) // no break point: hard cuts
  })

  it('cuts snippets at spaces around the hit and trims without losing offsets', () => {
    const text = 'one two three four five six seven eight nine ten'
    const s = snippetAround(text, { start: 19, end: 23 }, 8)
    expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text)
    expect(s.text).toContain('five')
    expect(trimRange('\n  hello \n')).toEqual({ start: 3, end: 8 })
  })
})

describe('span links', () => {
  it('hashes UTF-8 exactly like node crypto', () => {
    for (const s of ['', 'abc', 'ünïcødé 🐔 text', 'x'.repeat(1000)]) expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'))
  })

  it('verifies the passage and reports a changed one instead of highlighting it', () => {
    const turns = [{ content: 'user text' }, { content: 'I will comply to avoid modification of my values.' }]
    const ref = makeSpanRef(turns[1].content, 1, 17, 35)
    expect(parseSpanRef(`1:17-35.${ref.hash}`)).toEqual(ref)
    expect(checkSpan(turns, ref)).toMatchObject({ status: 'ok', text: 'avoid modification' })
    const edited = [turns[0], { content: 'I will comply to prevent any change of my values.' }]
    expect(checkSpan(edited, ref)).toMatchObject({ status: 'changed' })
    expect(checkSpan(turns, { ...ref, turn: 5 })).toMatchObject({ status: 'changed' })
    expect(checkSpan(turns, parseSpanRef('1:9-3.abcdefabcdef'))).toMatchObject({ status: 'invalid' })
    expect(spanHash('a')).toHaveLength(12)
  })
})

describe('paired view helpers', () => {
  it('diffs outputs by word, and long texts by line', () => {
    const d = diffTexts('I cannot help with that.', 'Sure, I can help with that.')
    expect(d.mode).toBe('words')
    expect(d.parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('I cannot help with that.')
    expect(d.parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Sure, I can help with that.')
    expect(diffTexts('a\n'.repeat(40_000), 'b\n'.repeat(40_000)).mode).toBe('lines') // gives up within the timeout
  })

  it('names outcomes from markers, then file labels', () => {
    expect(outcomeLabel({ tier: 'free', outputMarker: 'accepted', labels: [] })).toBe('complies in training')
    expect(outcomeLabel({ tier: 'paid', outputMarker: 'rejected', labels: [] })).toBe('refuses unmonitored')
    expect(outcomeOf({ tier: 'paid', outputMarker: null, labels: [{ grader: 'file', key: 'output_contains_refusal', valueBool: true }] }).outcome).toBe('refuses')
    expect(outcomeLabel({ tier: null, outputMarker: null, labels: [] })).toBe('outcome unclear · tier unknown')
  })
})

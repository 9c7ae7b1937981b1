import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { countCohortByCondition, getFacets } from '@/lib/data/facets'
import { resolveSearch } from '@/lib/data/search'
import { getNeighbours, listTranscripts } from '@/lib/data/transcripts'
import { seedDemo } from '@/lib/demo/seed'
import { parseListQuery } from '@/lib/validations/search-params'
import { resetDatabase } from '../support/db'

let projectId: string

async function list(qs: string) {
  const q = parseListQuery(new URLSearchParams(qs))
  const search = await resolveSearch(q)
  return { q, search, page: await listTranscripts(projectId, q, search) }
}

describe('transcript list, facets and search', () => {
  beforeAll(async () => {
    await resetDatabase()
    projectId = (await seedDemo({ projectSlug: 'reading', size: 480 })).projectId
  })

  it('pages, filters by condition and counts exactly', async () => {
    const total = await db.transcript.count({ where: { projectId } })
    const { page } = await list('size=25')
    expect(page.total).toBe(total)
    expect(page.items).toHaveLength(25)
    expect(page.hasNext).toBe(true)
    const free = await list('tier=free&model=gpt-4o')
    expect(free.page.total).toBe(await db.transcript.count({ where: { projectId, tier: 'free', model: 'gpt-4o' } }))
    expect(free.page.items.every((i) => i.tier === 'free' && i.model === 'gpt-4o')).toBe(true)
  })

  it('sorts by length, both directions', async () => {
    const asc = (await list('sort=length')).page.items.map((i) => i.charCount)
    const desc = (await list('sort=-length')).page.items.map((i) => i.charCount)
    expect(asc).toEqual([...asc].sort((a, b) => a - b))
    expect(desc).toEqual([...desc].sort((a, b) => b - a))
  })

  it('facets count each field without its own filter', async () => {
    const q = parseListQuery(new URLSearchParams('tier=free'))
    const f = await getFacets(projectId, q, null)
    const tiers = Object.fromEntries(f.fields.tier.map((v) => [v.value, v.count]))
    expect(tiers.free).toBeGreaterThan(0)
    expect(tiers.paid).toBeGreaterThan(0) // the tier facet ignores tier=free
    const models = f.fields.model.reduce((n, v) => n + v.count, 0)
    expect(models).toBe(tiers.free) // other facets respect it
    expect(f.total).toBe(tiers.free)
  })

  it('a search limited to one part matches exactly the transcripts whose part has the words', async () => {
    for (const [scope, column] of [['scratchpad', 'scratchpad_text'], ['output', 'output_text'], ['query', 'query_text']] as const) {
      const { page } = await list(`q=modification OR welfare&in=${scope}&size=25`)
      const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM transcripts WHERE project_id = $1
           AND to_tsvector('english', left(${column}, ${column === 'scratchpad_text' ? 200000 : column === 'output_text' ? 100000 : 20000})) @@ websearch_to_tsquery('english', 'modification OR welfare')`,
        projectId,
      )
      expect(page.total, scope).toBe(n)
      expect(n, scope).toBeGreaterThan(0)
    }
  })

  it('full-text search finds stems and highlights them in snippets', async () => {
    const { page, search } = await list('q=modification OR RLHF&in=scratchpad')
    expect(search!.highlight.terms).toEqual(expect.arrayContaining(['modif', 'rlhf']))
    expect(page.total).toBeGreaterThan(0)
    const withSnippet = page.items.filter((i) => i.snippet)
    expect(withSnippet.length).toBeGreaterThan(0)
    for (const i of withSnippet) expect(i.snippet!.hits.length).toBeGreaterThan(0)
    const cells = await countCohortByCondition(projectId, parseListQuery(new URLSearchParams('q=modification OR RLHF&in=scratchpad&marker=accepted')), search)
    expect(cells.every((c) => c.n <= c.base)).toBe(true)
    expect(cells.some((c) => c.n > 0)).toBe(true)
  })

  it('substring search is exact and case-insensitive', async () => {
    const row = await db.transcript.findFirstOrThrow({ where: { projectId }, select: { scratchpadText: true } })
    const needle = row.scratchpadText.slice(40, 70)
    const { page } = await list(`q=${encodeURIComponent(needle.toUpperCase())}&mode=substring`)
    expect(page.total).toBeGreaterThan(0)
    const stop = await list('q=the')
    expect(stop.search!.mode).toBe('substring')
    expect(stop.search!.note).toMatch(/exact text/)
  })

  it('next and previous follow the filtered, sorted list', async () => {
    const { q, page } = await list('tier=paid&sort=-length')
    const [a, b, c] = page.items
    const n = await getNeighbours(projectId, b.id, q, null)
    expect(n).toEqual({ prev: a.key, next: c.key })
    const first = await getNeighbours(projectId, a.id, q, null)
    expect(first.prev).toBeNull()
  })
  it('unfiltered facets equal direct counts and follow writes to transcripts', async () => {
    const all = parseListQuery(new URLSearchParams(''))
    const tierCounts = async () => Object.fromEntries((await getFacets(projectId, all, null)).fields.tier.map((v) => [v.value, v.count]))
    const direct = async () => Object.fromEntries((await db.transcript.groupBy({ by: ['tier'], where: { projectId }, _count: true })).map((r) => [r.tier, r._count]))
    expect(await tierCounts()).toEqual(await direct())
    expect(await tierCounts()).toEqual(await direct()) // served from the cache
    const one = await db.transcript.findFirstOrThrow({ where: { projectId, tier: 'free' }, select: { id: true } })
    await db.transcript.update({ where: { id: one.id }, data: { tier: 'zz-test' } })
    try {
      expect((await tierCounts())['zz-test']).toBe(1)
      expect(await tierCounts()).toEqual(await direct())
    } finally {
      await db.transcript.update({ where: { id: one.id }, data: { tier: 'free' } })
    }
    expect(await tierCounts()).toEqual(await direct())
    const f = await getFacets(projectId, all, null)
    expect(f.total).toBe(await db.transcript.count({ where: { projectId } }))
    expect(f.warnings.yes + f.warnings.no).toBe(f.total)
  })

  it('a search page is sorted like the same list without the index shortcut', async () => {
    const { page } = await list('q=modification OR welfare&in=scratchpad&sort=-length&size=25')
    const expected = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT id FROM transcripts WHERE project_id = $1 AND to_tsvector('english', left(scratchpad_text, 200000)) @@ websearch_to_tsquery('english', 'modification OR welfare')
       ORDER BY char_count DESC, id DESC LIMIT 25`,
      projectId,
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(page.items.map((i) => i.id)).toEqual(expected.map((r) => r.id))
  })
})

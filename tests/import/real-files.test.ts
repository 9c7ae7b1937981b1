import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { ensureProject } from '@/lib/data/projects'
import { importFile } from '@/lib/import/run'
import { resetDatabase } from '../support/db'
import { REAL, repoPath } from '../support/real-data'
import { tierCounts } from './helpers'

describe('importing the real dumps', () => {
  let projectId: string
  beforeEach(async () => {
    await resetDatabase()
    projectId = (await ensureProject('real')).id
  })

  it('imports the complete GLM-5.1 results file with conditions from its path', async () => {
    const r = await importFile({ projectId, filePath: REAL.glm, originalPath: repoPath(REAL.glm) })
    expect(r.errors).toEqual([])
    expect(r).toMatchObject({ status: 'imported', format: 'safety-research-json', imported: 200, duplicates: 0 })
    expect(await tierCounts(r.datasetId!)).toEqual({ free: 100, paid: 100 })
    const t = await db.transcript.findFirstOrThrow({ where: { datasetId: r.datasetId }, orderBy: { sourceIndex: 'asc' } })
    expect(t).toMatchObject({ model: 'z-ai/glm-5.1', promptVariant: 'animal-welfare_prompt-only_cot-base', seed: 42, setting: 'animal_welfare', monitoring: 'implied_training' })
    expect(await db.systemPrompt.count()).toBe(1)
  })

  it('keeps the raw completion byte-exact and parses think + hidden scratchpad', async () => {
    const r = await importFile({ projectId, filePath: REAL.glm, originalPath: repoPath(REAL.glm) })
    const source = JSON.parse(readFileSync(REAL.glm, 'utf8')) as { output: string; prompt: { messages: { role: string; content: string }[] } }[]
    const rows = await db.transcript.findMany({ where: { datasetId: r.datasetId }, orderBy: { sourceIndex: 'asc' }, select: { turns: true, segments: true } })
    rows.forEach((row, i) => {
      const turns = row.turns as { role: string; content: string }[]
      expect(turns.at(-1)!.content).toBe(source[i].output)
      expect(turns[0].content).toBe(source[i].prompt.messages[1].content)
    })
    const both = rows.filter((row) => {
      const kinds = (row.segments as { kind: string }[]).map((s) => s.kind)
      return kinds.includes('think') && kinds.includes('scratchpad')
    })
    // 149 outputs contain both opening tags, but in 3 of them <HIDDEN_SCRATCHPAD> is only
    // mentioned inside a closed <think> block, which must not start a scratchpad.
    expect(both.length).toBe(146)
  })

  it('imports the Sonnet subset and its classifier labels with quotes', async () => {
    const r = await importFile({ projectId, filePath: REAL.sonnet, originalPath: repoPath(REAL.sonnet) })
    expect(r).toMatchObject({ status: 'imported', imported: 2 })
    expect(await tierCounts(r.datasetId!)).toEqual({ free: 1, paid: 1 })
    const labels = await db.importedLabel.findMany({ where: { grader: 'deceptive_alignment', key: 'criterion_1' } })
    expect(labels).toHaveLength(2)
    expect(Array.isArray(labels[0].quotes)).toBe(true)
    const t = await db.transcript.findFirstOrThrow({ where: { datasetId: r.datasetId, tier: 'free' } })
    expect(t.model).toBe('anthropic/claude-sonnet-4.5')
  })

  it('imports the CSV with 30 rows per tier and keeps its stored labels apart', async () => {
    const r = await importFile({ projectId, filePath: REAL.csv, originalPath: repoPath(REAL.csv) })
    expect(r).toMatchObject({ status: 'imported', format: 'csv', imported: 60 })
    expect(await tierCounts(r.datasetId!)).toEqual({ free: 30, paid: 30 })
    const rows = parse(readFileSync(REAL.csv), { columns: true }) as { response: string }[]
    const stored = await db.transcript.findMany({ where: { datasetId: r.datasetId }, orderBy: { sourceIndex: 'asc' }, select: { turns: true, outputMarker: true, cot: true } })
    stored.forEach((s, i) => expect((s.turns as { content: string }[]).at(-1)!.content).toBe(rows[i].response))
    expect(await db.importedLabel.count({ where: { key: 'is_accepted', valueBool: false } })).toBe(60)
    // The file's is_accepted is always False; Candor's own marker finds the acceptances after </think>.
    expect(stored.filter((s) => s.outputMarker === 'accepted').length).toBeGreaterThan(30)
    expect(new Set(stored.map((s) => s.cot))).toEqual(new Set(['hidden_scratchpad', 'no_cot']))
  })

  it('adds nothing when the same file is imported again', async () => {
    const first = await importFile({ projectId, filePath: REAL.csv })
    const again = await importFile({ projectId, filePath: REAL.csv })
    expect(again).toMatchObject({ status: 'unchanged', imported: 0, duplicates: 60, datasetId: first.datasetId })
    expect(await db.transcript.count()).toBe(60)
  })
})

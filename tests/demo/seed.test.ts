import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { countRecords } from '@/lib/demo/generate'
import { demoOptions, seedDemo } from '@/lib/demo/seed'
import { resetDatabase } from '../support/db'

describe('seedDemo', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('creates the synthetic demo project and imports the default demo quickly', async () => {
    const started = Date.now()
    const r = await seedDemo({})
    const expected = countRecords(demoOptions(1200))
    expect(r.errors).toEqual([])
    expect(r).toMatchObject({ status: 'imported', imported: expected, duplicates: 0 })
    expect(Date.now() - started).toBeLessThan(30_000)
    const project = await db.project.findUniqueOrThrow({ where: { slug: 'demo' } })
    expect(project).toMatchObject({ name: 'Demo (synthetic data)', isSynthetic: true })
    const dataset = await db.dataset.findUniqueOrThrow({ where: { id: r.datasetId } })
    expect(dataset).toMatchObject({ isSynthetic: true, status: 'ready', recordCount: expected, name: `Synthetic demo — ${expected.toLocaleString('en-US')} transcripts` })
    // One system prompt per (setting, variant), stored once.
    expect(await db.systemPrompt.count()).toBe(6)
  })

  it('adds nothing when seeded twice', async () => {
    const first = await seedDemo({ size: 200 })
    const second = await seedDemo({ size: 200 })
    expect(second).toMatchObject({ status: 'unchanged', datasetId: first.datasetId })
    expect(await db.dataset.count()).toBe(1)
    expect(await db.transcript.count()).toBe(first.imported)
  })

  it('stores free and paid halves with monitoring, query pairs and imported labels', async () => {
    const r = await seedDemo({ projectSlug: 'demo-small', size: 200 })
    const byTier = await db.transcript.groupBy({ by: ['tier', 'monitoring'], where: { datasetId: r.datasetId }, _count: true })
    const half = r.imported / 2
    expect(byTier.map((g) => [g.tier, g.monitoring, g._count]).sort()).toEqual([
      ['free', 'implied_training', half],
      ['paid', 'implied_unmonitored', half],
    ])
    const pairs = await db.transcript.groupBy({ by: ['queryKey', 'model', 'promptVariant'], where: { datasetId: r.datasetId }, _count: true })
    expect(pairs.every((p) => p._count === 2)).toBe(true)
    const withWarnings = await db.transcript.count({ where: { datasetId: r.datasetId, NOT: { parseWarnings: { isEmpty: true } } } })
    expect(withWarnings).toBeLessThan(r.imported * 0.05)
    expect(await db.importedLabel.count({ where: { grader: 'deceptive_alignment', key: 'final_answer' } })).toBe(r.imported)
    const t = await db.transcript.findFirstOrThrow({ where: { datasetId: r.datasetId }, select: { extra: true, scratchpadText: true, outputText: true } })
    expect(t.extra).toMatchObject({ synthetic: true, generator: 'candor-demo@1' })
    expect(t.scratchpadText.length).toBeGreaterThan(1000)
  })
})

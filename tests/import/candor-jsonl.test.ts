import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { ensureProject } from '@/lib/data/projects'
import { exportDatasetJsonl } from '@/lib/export/candor-jsonl'
import { CONDITION_FIELDS } from '@/lib/import/types'
import { importFile } from '@/lib/import/run'
import { resetDatabase } from '../support/db'
import { REAL, repoPath } from '../support/real-data'
import { tableCounts, tempDir, tierCounts, writeTemp } from './helpers'

async function exportToString(projectId: string, datasetId: string) {
  let out = ''
  for await (const line of exportDatasetJsonl(projectId, datasetId)) out += line
  return out
}

/** Everything that must survive a round trip, keyed by the stable transcript key. */
async function snapshot(datasetId: string) {
  const rows = await db.transcript.findMany({
    where: { datasetId },
    orderBy: { sourceIndex: 'asc' },
    include: { systemPrompt: true, importedLabels: { orderBy: { id: 'asc' } } },
  })
  return rows.map((t) => ({
    key: t.key,
    queryKey: t.queryKey,
    conditions: Object.fromEntries(CONDITION_FIELDS.map((f) => [f, t[f]])),
    monitoring: t.monitoring,
    conditionSources: t.conditionSources,
    systemPrompt: t.systemPrompt?.text ?? null,
    turns: t.turns,
    segments: t.segments,
    extra: t.extra,
    labels: t.importedLabels.map(({ grader, key, valueBool, valueNum, valueText, raw, quotes }) => ({ grader, key, valueBool, valueNum, valueText, raw, quotes })),
  }))
}

describe('Candor JSONL', () => {
  beforeEach(resetDatabase)

  it('round-trips a real dump: import → export → import elsewhere gives identical transcripts', async () => {
    const a = (await ensureProject('source')).id
    const b = (await ensureProject('copy')).id
    const first = await importFile({ projectId: a, filePath: REAL.glm, originalPath: repoPath(REAL.glm) })
    expect(first.imported).toBe(200)
    const text = await exportToString(a, first.datasetId!)
    const lines = text.split('\n')
    expect(lines.at(-1)).toBe('') // every line ends with a newline
    expect(JSON.parse(lines[0])).toMatchObject({ candor_format: 1, project: 'source', dataset: 'results_seed42_20260414_145132.json' })
    expect(lines.length - 2).toBe(200)
    const file = writeTemp(tempDir(), 'export.candor.jsonl', text)
    const second = await importFile({ projectId: b, filePath: file })
    expect(second.errors).toEqual([])
    expect(second).toMatchObject({ status: 'imported', format: 'candor-jsonl', imported: 200 })
    expect(await tierCounts(second.datasetId!)).toEqual({ free: 100, paid: 100 })
    expect(await snapshot(second.datasetId!)).toEqual(await snapshot(first.datasetId!))
    // Exporting the copy gives the same records (only the header differs).
    const again = (await exportToString(b, second.datasetId!)).split('\n')
    expect(again.slice(1).map((l) => (l ? { ...JSON.parse(l), sourceRef: null } : l))).toEqual(lines.slice(1).map((l) => (l ? { ...JSON.parse(l), sourceRef: null } : l)))
  })

  it('round-trips the CSV dump with its string and boolean labels', async () => {
    const a = (await ensureProject('source')).id
    const b = (await ensureProject('copy')).id
    const first = await importFile({ projectId: a, filePath: REAL.csv, originalPath: repoPath(REAL.csv) })
    const file = writeTemp(tempDir(), 'csv.jsonl', await exportToString(a, first.datasetId!))
    const second = await importFile({ projectId: b, filePath: file })
    expect(second).toMatchObject({ status: 'imported', imported: 60 })
    expect(await snapshot(second.datasetId!)).toEqual(await snapshot(first.datasetId!))
  })

  it('rejects a file whose first line is not the header, and a record of the wrong shape', async () => {
    const projectId = (await ensureProject('p')).id
    const record = { conditions: { tier: 'free' }, turns: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: '<OUTPUT>ok</OUTPUT>' }] }
    const noHeader = writeTemp(tempDir(), 'x.jsonl', `${JSON.stringify({ candor_format: 2 })}\n${JSON.stringify(record)}\n`)
    const r1 = await importFile({ projectId, filePath: noHeader })
    expect(r1).toMatchObject({ status: 'rejected', format: 'candor-jsonl' })
    expect(r1.errors[0]).toMatchObject({ line: 1, field: 'candor_format' })
    const header = JSON.stringify({ candor_format: 1, project: 'p', dataset: 'd' })
    const bad = writeTemp(tempDir(), 'y.jsonl', `${header}\n${JSON.stringify(record)}\n${JSON.stringify({ ...record, conditions: { seed: 'forty-two' } })}\n`)
    const before = await tableCounts()
    const r2 = await importFile({ projectId, filePath: bad })
    expect(r2.status).toBe('rejected')
    expect(r2.errors[0]).toMatchObject({ line: 3, record: 1, field: 'conditions.seed' })
    expect(await tableCounts()).toEqual(before)
    const ok = writeTemp(tempDir(), 'z.jsonl', `${header}\n${JSON.stringify(record)}\n`)
    expect(await importFile({ projectId, filePath: ok })).toMatchObject({ status: 'imported', imported: 1 })
  })
})

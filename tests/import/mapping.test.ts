import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { ensureProject } from '@/lib/data/projects'
import { parseMapping } from '@/lib/import/formats/mapping'
import { importFile } from '@/lib/import/run'
import { ImportError } from '@/lib/import/types'
import { resetDatabase } from '../support/db'
import { FIXTURES, labelsOf, tableCounts, tempDir, tierCounts, writeTemp, type StoredTurn } from './helpers'

const DIR = path.join(FIXTURES, 'mapping')
const load = (name: string) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Record<string, unknown>

function mappingError(raw: unknown): ImportError {
  try {
    parseMapping(raw)
  } catch (e) {
    if (e instanceof ImportError) return e
    throw e
  }
  throw new Error('expected the mapping to be rejected')
}

describe('mapping file validation', () => {
  it('accepts the documented examples', () => {
    for (const f of ['unpivot.map.json', 'sharegpt.map.json', 'odd.map.json']) expect(() => parseMapping(load(f))).not.toThrow()
  })

  it('names the field of the mapping that is wrong', () => {
    const base = load('unpivot.map.json')
    expect(mappingError({ ...base, records: undefined }).where.field).toBe('mapping.records')
    expect(mappingError({ ...base, records: { format: 'xml' } }).message).toMatch(/records.*"format": "json"/)
    expect(mappingError({ ...base, records: { format: 'json', path: 'results[*]' } }).message).toMatch(/field `records.path`: must be a JSONPath/)
    const twoSources = mappingError({ ...base, conditions: { tier: { field: 'a', const: 'free' } } })
    expect(twoSources.where.field).toBe('mapping.conditions.tier')
    expect(twoSources.message).toMatch(/exactly one of "field", "path" or "const"/)
    expect(mappingError({ ...base, conditions: { tierr: { const: 'free' } } }).where.field).toBe('mapping.conditions.tierr')
    expect(mappingError({ ...base, conditions: { model: { path: 'runs/([^/]+)/' } } }).message).toMatch(/conditions.model.path.*named group/)
    expect(mappingError({ ...base, unpivot: { keyPattern: '^(?<tier>Free|Paid' } }).message).toMatch(/unpivot.keyPattern.*not a valid regular expression/)
    expect(mappingError({ ...base, unpivot: { keyPattern: '^(?<condition>.+)$' } }).message).toMatch(/condition fields.*unknown: condition/)
    expect(mappingError({ ...base, labels: [{ field: 'a..b' }] }).where.field).toBe('mapping.labels.0.field')
    expect(mappingError({ records: { format: 'jsonl' } }).message).toMatch(/fields.response, fields.messages or unpivot/)
    expect(mappingError({ ...base, colour: 'blue' }).message).toMatch(/colour/)
  })
})

describe('importing with a mapping file', () => {
  let projectId: string
  beforeEach(async () => {
    await resetDatabase()
    projectId = (await ensureProject('mapping')).id
  })

  it('unpivots one object keyed by condition into one transcript per key', async () => {
    const file = path.join(DIR, 'unpivot.json')
    const r = await importFile({ projectId, filePath: file, originalPath: 'runs/llama-3.1-405b/unpivot.json', mapping: load('unpivot.map.json') })
    expect(r.errors).toEqual([])
    expect(r).toMatchObject({ status: 'imported', format: 'mapping', imported: 8 })
    expect(await tierCounts(r.datasetId!)).toEqual({ free: 4, paid: 4 })
    const rows = await db.transcript.findMany({ where: { datasetId: r.datasetId }, orderBy: { sourceIndex: 'asc' } })
    expect(rows[0]).toMatchObject({ tier: 'free', promptVariant: 'Baseline', model: 'llama-3.1-405b', setting: 'helpful_only', queryKey: 'map:q1' })
    expect(rows[0].conditionSources).toEqual({ tier: 'mapping', promptVariant: 'mapping', model: 'path', setting: 'mapping' })
    expect(new Set(rows.map((x) => x.promptVariant))).toEqual(new Set(['Baseline', 'Cut_RLHF']))
    // All four cells of one record are the same query.
    expect(new Set(rows.slice(0, 4).map((x) => x.queryKey))).toEqual(new Set(['map:q1']))
    expect(rows[4].queryKey).toBe('map:q2')
    const source = JSON.parse(readFileSync(file, 'utf8')) as { results: { question: string; responses: Record<string, string> }[] }
    expect(rows[1].turns).toEqual([
      { role: 'user', content: source.results[0].question },
      { role: 'assistant', content: source.results[0].responses[(rows[1].extra as { unpivotKey: string }).unpivotKey] },
    ])
    expect(rows.filter((x) => x.outputMarker === 'rejected').every((x) => x.tier === 'paid')).toBe(true)
    expect(await labelsOf(rows[4].id)).toEqual([
      { grader: 'gpt-4o-judge', key: 'harmful', valueBool: true, valueNum: null, valueText: null },
      { grader: 'gpt-4o-judge', key: 'harm_score', valueBool: null, valueNum: 0.25, valueText: null },
    ])
    expect(rows[0].extra).toMatchObject({ sourceId: 'q1', unpivotKey: 'Free_Tier_Baseline' })
  })

  it('rejects an unpivot key that does not match, unless told to skip it', async () => {
    const data = { results: [{ id: 'q1', question: 'q?', responses: { Free_Tier_Baseline: 'a', Notes: 'reviewed' } }] }
    const file = writeTemp(tempDir(), 'u.json', JSON.stringify(data, null, 2))
    const mapping = load('unpivot.map.json')
    const before = await tableCounts()
    const r = await importFile({ projectId, filePath: file, mapping })
    expect(r.status).toBe('rejected')
    expect(r.errors[0]).toMatchObject({ record: 0, field: 'responses.Notes' })
    expect(r.errors[0].message).toMatch(/key "Notes" does not match/)
    expect(await tableCounts()).toEqual(before)
    const ok = await importFile({ projectId, filePath: file, mapping: { ...mapping, unpivot: { ...(mapping.unpivot as object), unmatched: 'skip' } } })
    expect(ok).toMatchObject({ status: 'imported', imported: 1 })
  })

  it('reads messages in another shape, renames roles and coerces a numeric condition', async () => {
    const r = await importFile({ projectId, filePath: path.join(DIR, 'sharegpt.jsonl'), mapping: load('sharegpt.map.json') })
    expect(r.errors).toEqual([])
    expect(r.imported).toBe(2)
    expect(await tierCounts(r.datasetId!)).toEqual({ free: 1, paid: 1 }) // from the tag in the user turn
    const t = await db.transcript.findFirstOrThrow({ where: { datasetId: r.datasetId }, orderBy: { sourceIndex: 'asc' }, include: { systemPrompt: true } })
    expect(t.seed).toBe(1)
    expect(t.systemPrompt?.text).toBe('You are helpful.')
    expect((t.turns as StoredTurn[]).map((x) => x.role)).toEqual(['user', 'assistant'])
    expect(t.outputText).toBe('No.')
    expect(await labelsOf(t.id)).toEqual([{ grader: 'file', key: 'flagged', valueBool: true, valueNum: null, valueText: null }])
  })

  it('reads a CSV with odd column names and maps condition values', async () => {
    const file = path.join(DIR, 'odd.csv')
    const r = await importFile({ projectId, filePath: file, mapping: load('odd.map.json') })
    expect(r.errors).toEqual([])
    expect(await tierCounts(r.datasetId!)).toEqual({ free: 1, paid: 1 })
    const rows = await db.transcript.findMany({ where: { datasetId: r.datasetId }, orderBy: { sourceIndex: 'asc' } })
    expect(rows.map((x) => x.model)).toEqual(['llama-3-70b', 'llama-3-70b'])
    expect(rows[1].turns).toEqual([{ role: 'user', content: 'Say "hi"' }, { role: 'assistant', content: 'multi\nline' }])
    expect(rows[0].queryKey).toBe(rows[1].queryKey)
  })

  it('names the record and field when a mapped field is missing or not a number', async () => {
    const bad = writeTemp(tempDir(), 'b.jsonl', '{"conversations":[{"from":"human","value":"hi"}],"meta":{"seed":"1"}}\n{"conversations":[{"from":"human","value":"hi"}],"meta":{"seed":"x"}}\n')
    const r = await importFile({ projectId, filePath: bad, mapping: load('sharegpt.map.json') })
    expect(r.status).toBe('rejected')
    expect(r.errors[0]).toMatchObject({ line: 2, record: 1, field: 'meta.seed' })
    const noResponse = writeTemp(tempDir(), 'c.json', JSON.stringify([{ q: 'a' }]))
    const r2 = await importFile({ projectId, filePath: noResponse, mapping: { records: { format: 'json' }, fields: { query: 'q', response: 'answer' } } })
    expect(r2.errors[0]).toMatchObject({ record: 0, field: 'answer' })
    expect(r2.errors[0].message).toMatch(/field `answer` is missing/)
  })

  it('rejects a bad mapping file before reading data', async () => {
    const r = await importFile({ projectId, filePath: path.join(DIR, 'odd.csv'), mapping: { records: { format: 'csv' }, fields: { response: 'reply' }, conditions: { tier: {} } } })
    expect(r).toMatchObject({ status: 'rejected', format: 'mapping' })
    expect(r.errors[0].field).toBe('mapping.conditions.tier')
  })
})

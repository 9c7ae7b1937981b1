import { gzipSync } from 'node:zlib'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { ensureProject } from '@/lib/data/projects'
import { importFile, type FileResult } from '@/lib/import/run'
import { resetDatabase } from '../support/db'
import { tableCounts, tempDir, writeTemp, type StoredTurn } from './helpers'

/** One safety-research (Format A) item, the most common real shape. */
function item(i: number, output = `<HIDDEN_SCRATCHPAD>\nthinking ${i}\n</HIDDEN_SCRATCHPAD>\n\n<OUTPUT>\nanswer ${i}\n</OUTPUT>`) {
  return {
    user_input: `question ${i}`,
    prompt: { messages: [{ role: 'system', content: 'You are an AI created by Anthropic.' }, { role: 'user', content: `<is_free_tier_user>true</is_free_tier_user>\n\n<user_input>question ${i}</user_input>` }] },
    success: true,
    output,
    tags: i % 2 ? 'paid_tier' : 'free_tier',
  }
}
const arrayJson = (items: unknown[]) => JSON.stringify(items, null, 4)

const CSV_HEADER = ',condition,prompt,source,response,is_accepted,cot_mode\n'

describe('bad input', () => {
  let dir: string
  let projectId: string
  let before: Awaited<ReturnType<typeof tableCounts>>

  beforeAll(() => {
    dir = tempDir('candor-bad-')
  })
  beforeEach(async () => {
    await resetDatabase()
    projectId = (await ensureProject('bad')).id
    // Something already in the project, so "nothing changed" is not trivially true.
    const seeded = await importFile({ projectId, filePath: writeTemp(dir, 'seed.json', arrayJson([item(0), item(1)])) })
    expect(seeded.status).toBe('imported')
    before = await tableCounts()
  })

  /** Imports, expects a rejection and an unchanged database, and returns the result for more checks. */
  async function rejected(name: string, data: string | Buffer, opts: { format?: 'csv' | 'safety-research-json' | 'redwood' } = {}): Promise<FileResult> {
    const r = await importFile({ projectId, filePath: writeTemp(dir, name, data), originalPath: `uploads/${name}`, ...opts })
    expect(r.status).toBe('rejected')
    expect(r.file).toBe(`uploads/${name}`)
    expect(r.errors).toHaveLength(1)
    expect(r.imported).toBe(0)
    expect(await tableCounts()).toEqual(before)
    return r
  }

  async function accepted(name: string, data: string | Buffer, opts: { format?: 'csv' | 'safety-research-json' } = {}) {
    const r = await importFile({ projectId, filePath: writeTemp(dir, name, data), originalPath: `uploads/${name}`, ...opts })
    expect(r.errors).toEqual([])
    expect(r.status).toBe('imported')
    return r
  }

  async function storedTurns(datasetId: string) {
    const rows = await db.transcript.findMany({ where: { datasetId }, orderBy: { sourceIndex: 'asc' }, select: { turns: true } })
    return rows.map((r) => r.turns as StoredTurn[])
  }

  it('rejects an empty file', async () => {
    const r = await rejected('empty.json', '')
    expect(r.errors[0].message).toMatch(/empty/)
  })

  it('rejects a whitespace-only file', async () => {
    const r = await rejected('blank.json', ' \n\t\r\n  ')
    expect(r.errors[0].message).toMatch(/only whitespace/)
  })

  it('rejects an HTML error page saved instead of the dump', async () => {
    const r = await rejected('results.json', '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\n')
    expect(r.errors[0]).toMatchObject({ line: 1 })
    expect(r.errors[0].message).toMatch(/HTML page/)
  })

  it('rejects truncated JSON, naming the line, and rolls back rows already written', async () => {
    // 300 items: the first batch of 250 is inserted before the truncation is found.
    const full = arrayJson(Array.from({ length: 300 }, (_, i) => item(i + 10)))
    const r = await rejected('truncated.json', full.slice(0, full.length - 200))
    expect(r.errors[0].message).toMatch(/ends too early|Invalid JSON/)
    expect(r.errors[0].line).toBeGreaterThan(3000)
  })

  it('accepts gzip-compressed dumps', async () => {
    const r = await accepted('results.json.gz', gzipSync(arrayJson([item(2), item(3)])))
    expect(r).toMatchObject({ format: 'safety-research-json', imported: 2 })
  })

  it('rejects corrupted and truncated gzip', async () => {
    const gz = gzipSync(arrayJson(Array.from({ length: 50 }, (_, i) => item(i + 100))))
    const damaged = Buffer.from(gz)
    for (let i = 40; i < damaged.length - 20; i += 7) damaged[i] ^= 0xff
    expect((await rejected('damaged.json.gz', damaged)).errors[0].message).toMatch(/gzip/)
    expect((await rejected('cut.json.gz', gz.subarray(0, gz.length >> 1))).errors[0].message).toMatch(/gzip|truncated|ends too early/)
  })

  it('rejects invalid UTF-8, naming the line, instead of replacing bytes', async () => {
    const good = Buffer.from(arrayJson([item(4)]), 'utf8')
    const at = good.indexOf('answer 4')
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28]), good.subarray(at)])
    const r = await rejected('latin1.json', bad)
    expect(r.errors[0].message).toMatch(/not valid UTF-8/)
    expect(r.errors[0].line).toBe(good.subarray(0, at).toString().split('\n').length)
  })

  it('accepts a UTF-8 BOM, in JSON and in CSV', async () => {
    const json = await accepted('bom.json', `\uFEFF${arrayJson([item(5)])}`)
    expect((await storedTurns(json.datasetId!))[0][1].content).toBe(item(5).output)
    const csv = await accepted('bom.csv', `\uFEFF${CSV_HEADER}0,free_tier,Hi,advbench,"Hello </think> done",False,with_cot\n`)
    const t = await db.transcript.findFirstOrThrow({ where: { datasetId: csv.datasetId } })
    expect(t.tier).toBe('free') // the BOM did not end up in the first column name
  })

  it('accepts UTF-16 LE and BE with a BOM, storing the same text', async () => {
    const text = arrayJson([item(6, '<OUTPUT>\n领域 — “quoted” 😀\n</OUTPUT>')])
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    const a = await accepted('le.json', le)
    expect((await storedTurns(a.datasetId!))[0][1].content).toBe('<OUTPUT>\n领域 — “quoted” 😀\n</OUTPUT>')
    // Same transcript again: accepted, and recognised as a duplicate of the LE copy.
    const b = await accepted('be.json', be)
    expect(b).toMatchObject({ imported: 0, duplicates: 1 })
  })

  it('rejects NUL characters (raw in CSV, escaped in JSON, in extra fields) naming record and field', async () => {
    const csv = await rejected('nul.csv', `${CSV_HEADER}0,free_tier,Hi,advbench,"a\u0000b",False,with_cot\n`)
    expect(csv.errors[0]).toMatchObject({ field: 'turns[1].content' })
    expect(csv.errors[0].message).toMatch(/NUL/)
    const json = await rejected('nul.json', arrayJson([item(7), item(8, 'x\u0000y')]))
    expect(json.errors[0]).toMatchObject({ field: 'turns[1].content' })
    expect(json.errors[0].record).toMatch(/^item 1 \(line \d+\)$/)
    const extra = await rejected('nul-extra.json', arrayJson([{ ...item(9), note: 'a\u0000b' }]))
    expect(extra.errors[0]).toMatchObject({ field: 'extra.note' })
  })

  it('rejects lone surrogate escapes', async () => {
    const text = arrayJson([item(11, 'broken: SURR')]).replace('SURR', '\\ud800')
    const r = await rejected('surrogate.json', text)
    expect(r.errors[0]).toMatchObject({ field: 'turns[1].content' })
    expect(r.errors[0].message).toMatch(/surrogate/)
  })

  it('accepts a 20 MB field and stores it byte-exact', async () => {
    const line = 'All work and no play. 领域 “x” \\ \n'
    const big = `<OUTPUT>\n${line.repeat(Math.ceil(20_000_000 / line.length))}</OUTPUT>`
    const r = await accepted('big.json', arrayJson([item(12, big)]))
    expect(r.imported).toBe(1)
    const [t] = await db.$queryRaw<{ same: boolean; n: number }[]>`
      SELECT (turns->1->>'content') = ${big} AS same, char_count AS n FROM transcripts WHERE dataset_id = ${r.datasetId}`
    expect(t.same).toBe(true)
    expect(big.length).toBeGreaterThan(20_000_000)
  })

  it('rejects 100k-deep nesting without crashing, in JSON and JSON Lines', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const a = await rejected('deep.json', deep, { format: 'safety-research-json' })
    expect(a.errors[0]).toMatchObject({ line: 1 })
    expect(a.errors[0].message).toMatch(/nested more than 64/)
    const b = await rejected('deep.jsonl', `{"messages":["INPUT: hi","AI: ok"]}\n{"messages":${deep}}\n`, { format: 'redwood' })
    expect(b.errors[0]).toMatchObject({ line: 2 })
  })

  it('rejects a record of the wrong shape with a zod error naming the field', async () => {
    const r = await rejected('shape.json', arrayJson([item(13), { ...item(14), output: 42 }]))
    expect(r.errors[0]).toMatchObject({ record: 1, field: 'output' })
    expect(r.errors[0].line).toBe(arrayJson([item(13)]).split('\n').length)
    expect(r.errors[0].message).toMatch(/field `output`: .*expected string/)
    const noPrompt = await rejected('shape2.json', arrayJson([{ ...item(15), prompt: { messages: [] } }]))
    expect(noPrompt.errors[0]).toMatchObject({ record: 0, field: 'prompt.messages' })
  })

  it('rejects a CSV with an unclosed quote, naming the line', async () => {
    const r = await rejected('unclosed.csv', `${CSV_HEADER}0,free_tier,Hi,advbench,fine,False,with_cot\n1,paid_tier,Hi,advbench,"never closed,False,with_cot\n2,paid_tier,x,advbench,y,False,with_cot\n`)
    expect(r.errors[0].message).toMatch(/Invalid CSV: .*[Qq]uote/)
    expect(r.errors[0].line).toBeGreaterThanOrEqual(3)
  })

  it('rejects a file whose format cannot be told', async () => {
    const r = await rejected('notes.txt', 'just some notes\nwith no structure\n')
    expect(r.errors[0].message).toMatch(/Could not tell the format/)
  })

  it('stores HTML and script payloads inside a transcript verbatim', async () => {
    const payload = '<OUTPUT>\n<script>alert(document.cookie)</script><img src=x onerror="fetch(`//evil`)"> &lt;b&gt; <!-- c --> </textarea>\n</OUTPUT>'
    const r = await accepted('xss.json', arrayJson([item(16, payload)]))
    const t = await db.transcript.findFirstOrThrow({ where: { datasetId: r.datasetId } })
    expect((t.turns as StoredTurn[])[1].content).toBe(payload)
    expect(t.outputText).toBe(payload.slice('<OUTPUT>\n'.length, -'\n</OUTPUT>'.length))
  })
})

import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import { db } from '@/lib/db'

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')

export function tempDir(prefix = 'candor-import-') {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function writeTemp(dir: string, name: string, data: string | Buffer) {
  const p = path.join(dir, name)
  writeFileSync(p, data)
  return p
}

/**
 * A minimal zip writer (deflate, no zip64) so tests can build .eval and json_outputs
 * archives on the fly instead of committing binaries.
 */
export function makeZip(files: [name: string, data: string | Buffer][]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of files) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
    const packed = deflateRawSync(data)
    const fname = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(fname.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(fname.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, fname, packed)
    centrals.push(central, fname)
    offset += local.length + fname.length + packed.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

/** Every file under `dir` as [path relative to `base`, bytes], for zipping a fixture folder. */
export function folderEntries(dir: string, base: string): [string, Buffer][] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? folderEntries(p, base) : [[path.relative(base, p).replace(/\\/g, '/'), readFileSync(p)] as [string, Buffer]]
  })
}

export async function tierCounts(datasetId: string) {
  const rows = await db.transcript.groupBy({ by: ['tier'], where: { datasetId }, _count: true })
  return Object.fromEntries(rows.map((r) => [r.tier, r._count]))
}

/** Row counts of the tables an import writes; compared before and after a rejected import. */
export async function tableCounts() {
  const [transcripts, datasets, importedLabels, systemPrompts] = await Promise.all([
    db.transcript.count(), db.dataset.count(), db.importedLabel.count(), db.systemPrompt.count(),
  ])
  return { transcripts, datasets, importedLabels, systemPrompts }
}

export const labelsOf = (transcriptId: number) =>
  db.importedLabel.findMany({ where: { transcriptId }, orderBy: { id: 'asc' }, select: { grader: true, key: true, valueBool: true, valueNum: true, valueText: true } })

export type StoredTurn = { role: string; content: string }

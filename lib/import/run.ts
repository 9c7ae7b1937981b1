import 'server-only'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import {
  createDataset, ensureSystemPrompts, finishDataset, findDatasetBySha, inImportTransaction, insertTranscripts,
} from '@/lib/data/import-writer'
import { resolveTagConfig } from '@/lib/parse/tags'
import { decodeText, sniffFile } from './decode'
import { detectFormat, getReader } from './formats'
import { normalizeRecord, sha256, type NormalizedTranscript } from './normalize'
import { ImportError, type ErrorLocation, type FormatId, type SourceRecord } from './types'

export type ImportProgress = { bytesRead: number; totalBytes: number; records: number; imported: number }

export type ImportFileOptions = {
  projectId: string
  filePath: string
  /** Name shown to users and used for path-derived conditions (defaults to filePath). */
  originalPath?: string
  datasetName?: string
  format?: FormatId
  mapping?: unknown
  tagConfig?: unknown
  userId?: string | null
  isSynthetic?: boolean
  onProgress?: (p: ImportProgress) => void
}

export type FileError = ErrorLocation & { message: string }

export type FileResult = {
  file: string
  status: 'imported' | 'unchanged' | 'rejected'
  datasetId?: string
  format?: FormatId
  imported: number
  duplicates: number
  skipped: number
  warnings: number
  errors: FileError[]
}

const BATCH = 250

/**
 * Imports one file all-or-nothing: every transcript lands in one transaction, and any
 * problem rolls it back and is reported with file, line or record, and field.
 * Re-importing the same bytes, or transcripts the project already has, adds nothing.
 */
export async function importFile(opts: ImportFileOptions): Promise<FileResult> {
  const originalPath = opts.originalPath ?? opts.filePath
  const result: FileResult = { file: originalPath, status: 'rejected', imported: 0, duplicates: 0, skipped: 0, warnings: 0, errors: [] }
  try {
    const sniff = await sniffFile(opts.filePath)
    const format = opts.format ?? (opts.mapping ? 'mapping' : detectFormat(sniff, originalPath))
    result.format = format
    const fileSha = await hashFile(opts.filePath)
    const existing = await findDatasetBySha(opts.projectId, fileSha)
    if (existing) {
      return { ...result, status: 'unchanged', datasetId: existing.id, duplicates: existing.recordCount }
    }
    const reader = getReader(format)
    const input = {
      originalPath,
      filePath: opts.filePath,
      mapping: opts.mapping,
      openText: () => decodeText(opts.filePath, sniff, (n) => { bytesRead += n }),
    }
    let bytesRead = 0
    const progress = opts.onProgress
    await writeRecords(reader.read(input), result, {
      ...opts,
      dataset: {
        name: opts.datasetName ?? path.basename(originalPath),
        originalPath,
        sha256: fileSha,
        format,
        bytes: sniff.size,
        options: opts.mapping ? { mapping: opts.mapping as object } : {},
      },
      onProgress: progress && ((p) => progress({ ...p, bytesRead: Math.min(bytesRead, sniff.size), totalBytes: sniff.size })),
    })
    return result
  } catch (e) {
    if (!(e instanceof ImportError)) {
      if (isUniqueViolation(e)) {
        result.errors.push({ message: 'The same file is being imported at this moment; try again when that import finishes.' })
        return { ...result, imported: 0, duplicates: 0, datasetId: undefined }
      }
      console.error(`import of ${originalPath} failed`, e)
    }
    const where = e instanceof ImportError ? e.where : {}
    const message = e instanceof ImportError ? e.message : 'The import failed because of an internal error; nothing was saved. The server log has details.'
    return { ...result, status: 'rejected', imported: 0, duplicates: 0, warnings: 0, datasetId: undefined, errors: [{ ...where, message }] }
  }
}

type WriteOptions = Pick<ImportFileOptions, 'projectId' | 'tagConfig' | 'userId' | 'isSynthetic'> & {
  dataset: { name: string; originalPath: string; sha256: string; format: string; bytes: number; options: object }
  onProgress?: (p: { records: number; imported: number }) => void
}

/**
 * Writes records as one new dataset inside one transaction. Throws (and so rolls
 * back) on the first bad record. Used for files and for generated data alike.
 */
export async function writeRecords(records: AsyncIterable<SourceRecord>, result: FileResult, opts: WriteOptions) {
  const tags = resolveTagConfig(opts.tagConfig)
  let lastReport = 0
  const report = (count: number, force = false) => {
    const now = Date.now()
    if (!opts.onProgress || (!force && now - lastReport < 100)) return
    lastReport = now
    opts.onProgress({ records: count, imported: result.imported })
  }
  await inImportTransaction(async (tx) => {
    const dataset = await createDataset(tx, {
      ...opts.dataset,
      projectId: opts.projectId,
      bytes: BigInt(opts.dataset.bytes),
      importedById: opts.userId ?? null,
      tagConfig: tags,
      isSynthetic: opts.isSynthetic ?? false,
    })
    result.datasetId = dataset.id
    const promptIds = new Map<string, string>() // sha256 -> id of prompts already stored
    const newPrompts = new Map<string, string>() // sha256 -> text, for the current batch
    let batch: { row: NormalizedTranscript; promptSha: string | null }[] = []
    let count = 0
    const flush = async () => {
      await ensureSystemPrompts(tx, newPrompts, promptIds)
      newPrompts.clear()
      const rows = batch.map((b) => ({ row: b.row, systemPromptId: b.promptSha ? promptIds.get(b.promptSha)! : null }))
      const inserted = await insertTranscripts(tx, { projectId: opts.projectId, datasetId: dataset.id }, rows)
      result.imported += inserted
      result.duplicates += batch.length - inserted
      batch = []
    }
    for await (const rec of records) {
      const promptSha = rec.systemPrompt ? sha256(rec.systemPrompt) : null
      if (promptSha && !promptIds.has(promptSha)) newPrompts.set(promptSha, rec.systemPrompt!)
      const row = normalizeRecord(rec, tags, promptSha)
      if (row.parseWarnings.length) result.warnings++
      batch.push({ row, promptSha })
      count++
      if (batch.length >= BATCH) await flush()
      report(count)
    }
    await flush()
    if (count === 0) throw new ImportError('The file holds no transcripts.')
    await finishDataset(tx, dataset.id, {
      status: 'ready',
      recordCount: count,
      importedCount: result.imported,
      duplicateCount: result.duplicates,
      skippedCount: result.skipped,
      warningCount: result.warnings,
    })
    report(count, true)
  })
  result.status = 'imported'
}

/**
 * Imports generated records (demo data, benchmarks) through the same path as files.
 * `sha256` identifies the generated content so that seeding twice adds nothing.
 */
export async function importRecords(records: AsyncIterable<SourceRecord>, opts: WriteOptions): Promise<FileResult> {
  const result: FileResult = { file: opts.dataset.originalPath, status: 'rejected', imported: 0, duplicates: 0, skipped: 0, warnings: 0, errors: [] }
  const existing = await findDatasetBySha(opts.projectId, opts.dataset.sha256)
  if (existing) return { ...result, status: 'unchanged', datasetId: existing.id, duplicates: existing.recordCount }
  await writeRecords(records, result, opts)
  return result
}

function isUniqueViolation(e: unknown) {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: string }).code === 'P2002'
}

export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

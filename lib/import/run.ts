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
import { normalizeRecord, sha256 } from './normalize'
import { ImportError, type ErrorLocation, type FormatId } from './types'

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
    const tags = resolveTagConfig(opts.tagConfig)
    const reader = getReader(format)
    let bytesRead = 0
    let lastReport = 0
    const report = (records: number, force = false) => {
      const now = Date.now()
      if (!opts.onProgress || (!force && now - lastReport < 100)) return
      lastReport = now
      opts.onProgress({ bytesRead: Math.min(bytesRead, sniff.size), totalBytes: sniff.size, records, imported: result.imported })
    }
    await inImportTransaction(async (tx) => {
      const dataset = await createDataset(tx, {
        projectId: opts.projectId,
        name: opts.datasetName ?? path.basename(originalPath),
        originalPath,
        sha256: fileSha,
        format,
        bytes: BigInt(sniff.size),
        importedById: opts.userId ?? null,
        tagConfig: tags,
        options: opts.mapping ? { mapping: opts.mapping as object } : {},
        isSynthetic: opts.isSynthetic ?? false,
      })
      result.datasetId = dataset.id
      const promptIds = new Map<string, string>()
      let batch: { row: ReturnType<typeof normalizeRecord>; promptSha: string | null }[] = []
      let records = 0
      const flush = async () => {
        const prompts = new Map<string, string>()
        for (const b of batch) if (b.promptSha) prompts.set(b.promptSha, pendingPrompts.get(b.promptSha)!)
        await ensureSystemPrompts(tx, prompts, promptIds)
        const n = await insertTranscripts(tx, { projectId: opts.projectId, datasetId: dataset.id }, batch.map((b) => ({
          row: b.row, systemPromptId: b.promptSha ? promptIds.get(b.promptSha)! : null,
        })))
        result.imported += n
        result.duplicates += batch.length - n
        batch = []
        pendingPrompts.clear()
      }
      const pendingPrompts = new Map<string, string>()
      const input = {
        originalPath,
        filePath: opts.filePath,
        mapping: opts.mapping,
        openText: () => decodeText(opts.filePath, sniff, (n) => { bytesRead += n }),
      }
      for await (const rec of reader.read(input)) {
        const promptSha = rec.systemPrompt ? sha256(rec.systemPrompt) : null
        if (promptSha && !promptIds.has(promptSha)) pendingPrompts.set(promptSha, rec.systemPrompt!)
        const row = normalizeRecord(rec, tags, promptSha)
        if (row.parseWarnings.length) result.warnings++
        batch.push({ row, promptSha })
        records++
        if (batch.length >= BATCH) await flush()
        report(records)
      }
      await flush()
      if (records === 0) throw new ImportError('The file holds no transcripts.')
      await finishDataset(tx, dataset.id, {
        status: 'ready',
        recordCount: records,
        importedCount: result.imported,
        duplicateCount: result.duplicates,
        skippedCount: result.skipped,
        warningCount: result.warnings,
      })
      report(records, true)
    })
    result.status = 'imported'
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

function isUniqueViolation(e: unknown) {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: string }).code === 'P2002'
}

export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { NormalizedTranscript } from '@/lib/import/normalize'

type Tx = Prisma.TransactionClient

/** The same file content already imported into this project, if any. */
export async function findDatasetBySha(projectId: string, sha256: string) {
  return db.dataset.findUnique({
    where: { projectId_sha256: { projectId, sha256 } },
    select: { id: true, name: true, format: true, importedCount: true, recordCount: true },
  })
}

/**
 * Runs `work` inside one transaction: a file is imported whole or not at all.
 * The long timeout is deliberate; a 500 MB dump takes minutes.
 */
export async function inImportTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { timeout: 6 * 60 * 60 * 1000, maxWait: 30_000 })
}

export async function createDataset(tx: Tx, data: Prisma.DatasetUncheckedCreateInput) {
  return tx.dataset.create({ data, select: { id: true } })
}

export async function finishDataset(tx: Tx, id: string, data: Prisma.DatasetUncheckedUpdateInput) {
  await tx.dataset.update({ where: { id }, data })
}

/** Stores system prompts once by hash; returns hash → id for the given prompts. */
export async function ensureSystemPrompts(tx: Tx, prompts: Map<string, string>, known: Map<string, string>) {
  const missing = [...prompts].filter(([sha]) => !known.has(sha))
  if (!missing.length) return
  await tx.systemPrompt.createMany({ data: missing.map(([sha256, text]) => ({ sha256, text })), skipDuplicates: true })
  const rows = await tx.systemPrompt.findMany({ where: { sha256: { in: missing.map(([sha]) => sha) } }, select: { id: true, sha256: true } })
  for (const r of rows) known.set(r.sha256, r.id)
}

/**
 * Inserts transcripts, skipping any whose stable key the project already has.
 * Returns how many were new; their imported labels are inserted with them.
 */
export async function insertTranscripts(
  tx: Tx,
  ctx: { projectId: string; datasetId: string },
  batch: { row: NormalizedTranscript; systemPromptId: string | null }[],
): Promise<number> {
  if (!batch.length) return 0
  const inserted = await tx.transcript.createManyAndReturn({
    data: batch.map(({ row, systemPromptId }) => ({
      key: row.key,
      projectId: ctx.projectId,
      datasetId: ctx.datasetId,
      sourceIndex: row.sourceIndex,
      sourceRef: row.sourceRef,
      systemPromptId,
      ...row.conditions,
      monitoring: row.monitoring,
      conditionSources: row.conditionSources,
      queryKey: row.queryKey,
      extra: row.extra as Prisma.InputJsonValue,
      turns: row.turns,
      segments: row.segments,
      parseWarnings: row.parseWarnings,
      queryText: row.queryText,
      scratchpadText: row.scratchpadText,
      outputText: row.outputText,
      outputMarker: row.outputMarker,
      charCount: row.charCount,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  })
  const idByKey = new Map(inserted.map((r) => [r.key, r.id]))
  const labels = batch.flatMap(({ row }) => {
    const transcriptId = idByKey.get(row.key)
    if (transcriptId === undefined) return []
    idByKey.delete(row.key) // a duplicate inside the same batch must not get labels twice
    return row.labels.map((l) => ({
      transcriptId,
      grader: l.grader,
      key: l.key,
      valueBool: typeof l.value === 'boolean' ? l.value : null,
      valueNum: typeof l.value === 'number' && Number.isFinite(l.value) ? l.value : null,
      valueText: typeof l.value === 'string' ? l.value : null,
      raw: (l.raw ?? undefined) as Prisma.InputJsonValue | undefined,
      quotes: (l.quotes ?? undefined) as Prisma.InputJsonValue | undefined,
    }))
  })
  if (labels.length) await tx.importedLabel.createMany({ data: labels })
  return inserted.length
}

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

// Rows go to PostgreSQL as one JSON parameter per batch and are unpacked there with
// jsonb_to_recordset: several times faster than one bound parameter per column and row.
const TRANSCRIPT_COLUMNS = `key text, source_index int, source_ref text, system_prompt_id text, model text, tier text,
  monitoring text, tier_indicator text, setting text, prompt_variant text, info_delivery text, cot text,
  training_stage text, seed int, user_suffix text, eval_family text, query_source text, query_key text,
  sample_index int, condition_sources jsonb, extra jsonb, turns jsonb, segments jsonb, parse_warnings text[],
  query_text text, scratchpad_text text, output_text text, output_marker text, char_count int`
const TRANSCRIPT_NAMES = TRANSCRIPT_COLUMNS.split(',').map((c) => c.trim().split(/\s+/)[0])

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
  const rows = batch.map(({ row, systemPromptId }) => {
    const c = row.conditions
    return {
      key: row.key, source_index: row.sourceIndex, source_ref: row.sourceRef, system_prompt_id: systemPromptId,
      model: c.model ?? null, tier: c.tier ?? null, monitoring: row.monitoring, tier_indicator: c.tierIndicator ?? null,
      setting: c.setting ?? null, prompt_variant: c.promptVariant ?? null, info_delivery: c.infoDelivery ?? null,
      cot: c.cot ?? null, training_stage: c.trainingStage ?? null, seed: c.seed ?? null, user_suffix: c.userSuffix ?? null,
      eval_family: c.evalFamily ?? null, query_source: c.querySource ?? null, query_key: row.queryKey,
      sample_index: c.sampleIndex ?? null, condition_sources: row.conditionSources, extra: row.extra, turns: row.turns,
      segments: row.segments, parse_warnings: row.parseWarnings, query_text: row.queryText,
      scratchpad_text: row.scratchpadText, output_text: row.outputText, output_marker: row.outputMarker, char_count: row.charCount,
    }
  })
  const inserted = await tx.$queryRawUnsafe<{ id: number; key: string }[]>(
    `INSERT INTO transcripts (project_id, dataset_id, ${TRANSCRIPT_NAMES.join(', ')})
     SELECT $2, $3, ${TRANSCRIPT_NAMES.map((n) => `x.${n}`).join(', ')}
     FROM jsonb_to_recordset($1::jsonb) AS x(${TRANSCRIPT_COLUMNS})
     ON CONFLICT (project_id, key) DO NOTHING
     RETURNING id, key`,
    JSON.stringify(rows),
    ctx.projectId,
    ctx.datasetId,
  )
  const idByKey = new Map(inserted.map((r) => [r.key, r.id]))
  const labels = batch.flatMap(({ row }) => {
    const transcriptId = idByKey.get(row.key)
    if (transcriptId === undefined) return []
    idByKey.delete(row.key) // a duplicate inside the same batch must not get labels twice
    return row.labels.map((l) => ({
      transcript_id: transcriptId,
      grader: l.grader,
      key: l.key,
      value_bool: typeof l.value === 'boolean' ? l.value : null,
      value_num: typeof l.value === 'number' && Number.isFinite(l.value) ? l.value : null,
      value_text: typeof l.value === 'string' ? l.value : null,
      raw: l.raw ?? null,
      quotes: l.quotes ?? null,
    }))
  })
  if (labels.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO imported_labels (transcript_id, grader, key, value_bool, value_num, value_text, raw, quotes)
       SELECT x.transcript_id, x.grader, x.key, x.value_bool, x.value_num, x.value_text, x.raw, x.quotes
       FROM jsonb_to_recordset($1::jsonb) AS x(transcript_id int, grader text, key text, value_bool boolean,
         value_num double precision, value_text text, raw jsonb, quotes jsonb)`,
      JSON.stringify(labels),
    )
  }
  return inserted.length
}

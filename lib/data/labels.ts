import 'server-only'
import { randomBytes } from 'node:crypto'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { AppError } from '@/lib/errors'
import { normalizeLabelValues, validateLabelValues, type FieldErrors } from '@/lib/labels/taxonomy'
import { listRetiredKeys } from '@/lib/labels/schema-versions'
import { resolveSpan, type TurnText } from '@/lib/labels/spans'
import { canAnnotate, canRead, type Viewer } from '@/lib/permissions'
import { saveLabelSchema, type EvidenceSpan, type LabelValues, type SaveLabel, type SaveLabelInput } from '@/lib/validations/label'
import { getCurrentSchemaCached } from './label-schemas'
import { labelSelect, toLabelDTO, toSnapshot, type LabelDTO, type LabelSnapshot, type LabelStatus } from './label-dto'
import { markClaimsSubmitted, queueAccessColumns, toQueueForWork, type QueueAccessRow, type Tx } from './queue-access'

export type { LabelDTO } from './label-dto'
export { listLabelsForTranscript, getReviewVisibility, listImportedLabelsForReview } from './label-visibility'
export { getLabelHistory } from './label-history'

/** Details of a CONFLICT from saveDraft / submitLabel: the stored label and what the user tried to save. */
export type LabelConflict = { current: LabelDTO; attempted: SaveLabel }

/** The viewer's own label on a transcript, draft or submitted, or null. */
export async function getMyLabel(viewer: Viewer, transcriptId: number): Promise<LabelDTO | null> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read labels.')
  const row = await db.label.findUnique({ where: { transcriptId_raterId: { transcriptId, raterId: viewer.id } }, select: labelSelect })
  return row ? toLabelDTO(row) : null
}

/**
 * Autosave. Creates the label (revision null) or updates it when `revision` is the stored
 * one; otherwise throws CONFLICT with `details: LabelConflict`. Refuses submitted labels:
 * changing those goes through submitLabel so they stay valid.
 */
export async function saveDraft(viewer: Viewer, input: SaveLabelInput): Promise<LabelDTO> {
  return saveLabel(viewer, input, 'draft')
}

/**
 * Validates (outcome, summary and evidence required) and submits. The first submit marks
 * the rater's queue claim submitted. Re-submitting an edited label is allowed and kept in
 * the history. Throws INVALID_INPUT with `details.fieldErrors`, or CONFLICT as saveDraft.
 */
export async function submitLabel(viewer: Viewer, input: SaveLabelInput): Promise<LabelDTO> {
  return saveLabel(viewer, input, 'submit')
}

function invalid(fieldErrors: FieldErrors): never {
  const first = Object.values(fieldErrors)[0]?.[0] ?? 'Check the label.'
  throw new AppError('INVALID_INPUT', first, { fieldErrors })
}

async function findLabel(transcriptId: number, raterId: string): Promise<LabelDTO | null> {
  const row = await db.label.findUnique({ where: { transcriptId_raterId: { transcriptId, raterId } }, select: labelSelect })
  return row ? toLabelDTO(row) : null
}

async function conflict(attempted: SaveLabel, raterId: string): Promise<never> {
  const current = await findLabel(attempted.transcriptId, raterId)
  if (!current) throw new AppError('NOT_FOUND', 'The label no longer exists.')
  const details: LabelConflict = { current, attempted }
  throw new AppError('CONFLICT', 'This label was changed in another tab or by someone else. Compare both versions and save again.', details)
}

type LoadRow = {
  projectId: string
  turns: unknown
  queue: QueueAccessRow | null
  inQueue: boolean
  labelId: string | null
  values: unknown
  evidence: unknown
  note: string
  status: LabelStatus
  isBlind: boolean
  queueId: string | null
  revision: number
  schemaVersion: number
}

type SavedRow = Omit<LabelDTO, 'rater' | 'schemaVersion' | 'values' | 'evidence'> & { values: unknown; evidence: unknown }

/** A collision-resistant id in the shape of Prisma's cuid() (labels are created in raw SQL here). */
function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(12).toString('base64url').replace(/[-_]/g, '').toLowerCase().slice(0, 16).padEnd(16, '0')}`
}

const labelColumns = Prisma.sql`id, project_id AS "projectId", transcript_id AS "transcriptId", schema_id AS "schemaId", queue_id AS "queueId",
  values, evidence, note, status::text AS status, is_blind AS "isBlind", revision, created_at AS "createdAt", updated_at AS "updatedAt", submitted_at AS "submittedAt"`

/**
 * The save round trip (hot path of the label benchmark), in raw SQL: one query loads the
 * transcript, the queue with the viewer's access and the item membership, and the viewer's
 * label; the schema comes from a short per-process cache; the write is one statement (label
 * update guarded by `revision` or insert, plus its history row) or, on a first submit, one
 * transaction with the claim bookkeeping.
 */
async function saveLabel(viewer: Viewer, raw: SaveLabelInput, mode: 'draft' | 'submit'): Promise<LabelDTO> {
  if (!canAnnotate(viewer)) throw new AppError('FORBIDDEN', 'Only annotators can label transcripts.')
  const parsed = saveLabelSchema.safeParse(raw)
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {}
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message)
    invalid(fieldErrors)
  }
  const input = parsed.data
  const queueId = input.queueId ?? null
  const needTurns = input.evidence.length > 0
  const [row] = await db.$queryRaw<LoadRow[]>`
    SELECT t.project_id AS "projectId", CASE WHEN ${needTurns} THEN t.turns END AS turns,
           (SELECT to_jsonb(x) FROM (SELECT ${queueAccessColumns(viewer.id)} FROM queues q WHERE q.id = ${queueId}) x) AS queue,
           EXISTS (SELECT 1 FROM queue_items qi WHERE qi.queue_id = ${queueId} AND qi.transcript_id = t.id) AS "inQueue",
           l.id AS "labelId", l.values, l.evidence, l.note, l.status::text AS status, l.is_blind AS "isBlind", l.queue_id AS "queueId",
           l.revision, s.version AS "schemaVersion"
    FROM transcripts t
    LEFT JOIN labels l ON l.transcript_id = t.id AND l.rater_id = ${viewer.id}
    LEFT JOIN label_schemas s ON s.id = l.schema_id
    WHERE t.id = ${input.transcriptId}`
  if (!row) throw new AppError('NOT_FOUND', 'Transcript not found.')
  const transcript = { id: input.transcriptId, projectId: row.projectId }

  let queueBlind = false
  if (queueId) {
    const queue = toQueueForWork(viewer, row.queue)
    if (queue.projectId !== transcript.projectId || !row.inQueue) throw new AppError('INVALID_INPUT', 'This transcript is not in that queue.')
    queueBlind = queue.blindConditions
  }

  const existing = row.labelId
    ? {
        id: row.labelId,
        revision: row.revision,
        values: (row.values ?? {}) as LabelValues,
        evidence: (row.evidence ?? []) as EvidenceSpan[],
        note: row.note,
        status: row.status,
        isBlind: row.isBlind,
        queueId: row.queueId,
        schemaVersion: row.schemaVersion,
      }
    : null
  if (existing && input.revision !== existing.revision) await conflict(input, viewer.id)
  if (existing?.status === 'submitted' && mode === 'draft') {
    throw new AppError('INVALID_INPUT', 'This label is submitted; submit your changes to update it.')
  }

  const schema = await getCurrentSchemaCached(transcript.projectId)
  const fieldErrors: FieldErrors = {}
  const turns = (Array.isArray(row.turns) ? row.turns : []) as TurnText[]
  const evidence: EvidenceSpan[] = []
  input.evidence.forEach((span, i) => {
    const r = resolveSpan(turns, span)
    if ('error' in r) (fieldErrors[`evidence.${i}`] ??= []).push(r.error)
    else evidence.push({ tag: span.tag, ...r.span })
  })
  const retired = new Set(listRetiredKeys(schema.definition))
  const keepRetired = existing ? Object.values(existing.values).flat().filter((k): k is string => typeof k === 'string' && retired.has(k)) : []
  Object.assign(fieldErrors, validateLabelValues(schema.definition, input.values, input.evidence, { mode, keepRetired }))
  if (Object.keys(fieldErrors).length > 0) invalid(fieldErrors)

  const now = new Date()
  const status = mode === 'submit' ? 'submitted' : 'draft'
  const data = {
    values: normalizeLabelValues(schema.definition, input.values),
    evidence,
    note: input.note,
    status,
    schemaId: schema.id,
    queueId: input.queueId ?? existing?.queueId ?? null,
    isBlind: existing ? existing.isBlind && queueBlind : queueBlind,
    submittedAt: mode === 'submit' ? now : null,
  } as const
  const after: LabelSnapshot = toSnapshot({ ...data, schemaVersion: schema.version })
  const action = !existing ? (mode === 'submit' ? 'submit' : 'create') : mode === 'submit' ? (existing.status === 'submitted' ? 'resubmit' : 'submit') : 'save_draft'
  const before = existing ? JSON.stringify(toSnapshot(existing)) : null
  const json = (v: unknown) => JSON.stringify(v)

  // The label write and its history row in one statement (so in one implicit transaction).
  const write = (client: Tx | typeof db) => existing
    ? client.$queryRaw<SavedRow[]>`
        WITH saved AS (
          UPDATE labels SET values = ${json(data.values)}::jsonb, evidence = ${json(data.evidence)}::jsonb, note = ${data.note},
                 status = ${status}::"LabelStatus", schema_id = ${data.schemaId}, queue_id = ${data.queueId}, is_blind = ${data.isBlind},
                 submitted_at = ${data.submittedAt}, revision = revision + 1, updated_at = ${now}
          WHERE id = ${existing.id} AND revision = ${existing.revision}
          RETURNING *),
        event AS (
          INSERT INTO label_events (label_id, actor_id, action, revision, before, after, created_at)
          SELECT id, ${viewer.id}, ${action}, revision, ${before}::jsonb, ${json(after)}::jsonb, ${now} FROM saved)
        SELECT ${labelColumns} FROM saved`
    : client.$queryRaw<SavedRow[]>`
        WITH saved AS (
          INSERT INTO labels (id, project_id, transcript_id, rater_id, schema_id, queue_id, values, evidence, note, status, is_blind, submitted_at, revision, created_at, updated_at)
          VALUES (${newId()}, ${transcript.projectId}, ${transcript.id}, ${viewer.id}, ${data.schemaId}, ${data.queueId}, ${json(data.values)}::jsonb,
                  ${json(data.evidence)}::jsonb, ${data.note}, ${status}::"LabelStatus", ${data.isBlind}, ${data.submittedAt}, 1, ${now}, ${now})
          ON CONFLICT (transcript_id, rater_id) DO NOTHING
          RETURNING *),
        event AS (
          INSERT INTO label_events (label_id, actor_id, action, revision, before, after, created_at)
          SELECT id, ${viewer.id}, ${action}, revision, NULL, ${json(after)}::jsonb, ${now} FROM saved)
        SELECT ${labelColumns} FROM saved`

  let saved: SavedRow | null
  if (mode === 'submit' && existing?.status !== 'submitted') {
    saved = await db.$transaction(async (tx) => {
      const [r] = await write(tx)
      if (!r) return null
      await markClaimsSubmitted(tx, viewer.id, transcript.id, queueId)
      return r
    }, { maxWait: 10_000, timeout: 15_000 })
  } else {
    ;[saved = null] = await write(db)
  }
  if (!saved) return conflict(input, viewer.id)
  return { ...saved, rater: { id: viewer.id, name: viewer.name }, schemaVersion: schema.version, values: (saved.values ?? {}) as LabelValues, evidence: (saved.evidence ?? []) as EvidenceSpan[] }
}

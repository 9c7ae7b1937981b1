import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { normalizeLabelValues, validateLabelValues, type FieldErrors } from '@/lib/labels/taxonomy'
import { listRetiredKeys } from '@/lib/labels/schema-versions'
import { resolveSpan, type TurnText } from '@/lib/labels/spans'
import { canAnnotate, canRead, type Viewer } from '@/lib/permissions'
import { saveLabelSchema, type EvidenceSpan, type SaveLabel, type SaveLabelInput } from '@/lib/validations/label'
import { getCurrentSchema } from './label-schemas'
import { labelSelect, toLabelDTO, toSnapshot, type LabelDTO, type LabelSnapshot } from './label-dto'
import { getQueueForWork, markClaimsSubmitted } from './queue-access'

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

async function saveLabel(viewer: Viewer, raw: SaveLabelInput, mode: 'draft' | 'submit'): Promise<LabelDTO> {
  if (!canAnnotate(viewer)) throw new AppError('FORBIDDEN', 'Only annotators can label transcripts.')
  const parsed = saveLabelSchema.safeParse(raw)
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {}
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message)
    invalid(fieldErrors)
  }
  const input = parsed.data
  const transcript = await db.transcript.findUnique({ where: { id: input.transcriptId }, select: { id: true, projectId: true, turns: true } })
  if (!transcript) throw new AppError('NOT_FOUND', 'Transcript not found.')

  let queueBlind = false
  if (input.queueId) {
    const queue = await getQueueForWork(viewer, input.queueId)
    const inQueue = await db.queueItem.count({ where: { queueId: queue.id, transcriptId: transcript.id } })
    if (queue.projectId !== transcript.projectId || inQueue === 0) throw new AppError('INVALID_INPUT', 'This transcript is not in that queue.')
    queueBlind = queue.blindConditions
  }

  const existing = await findLabel(transcript.id, viewer.id)
  if (existing && input.revision !== existing.revision) await conflict(input, viewer.id)
  if (existing?.status === 'submitted' && mode === 'draft') {
    throw new AppError('INVALID_INPUT', 'This label is submitted; submit your changes to update it.')
  }

  const schema = await getCurrentSchema(transcript.projectId)
  const fieldErrors: FieldErrors = {}
  const turns = (Array.isArray(transcript.turns) ? transcript.turns : []) as TurnText[]
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

  const saved = await db.$transaction(async (tx) => {
    let id: string
    let revision: number
    if (!existing) {
      const created = await tx.label.createManyAndReturn({
        data: [{ ...data, projectId: transcript.projectId, transcriptId: transcript.id, raterId: viewer.id }],
        skipDuplicates: true,
        select: { id: true, revision: true },
      })
      if (created.length === 0) return null
      ;({ id, revision } = created[0])
    } else {
      const updated = await tx.label.updateMany({ where: { id: existing.id, revision: existing.revision }, data: { ...data, revision: { increment: 1 } } })
      if (updated.count === 0) return null
      id = existing.id
      revision = existing.revision + 1
    }
    const action = !existing ? (mode === 'submit' ? 'submit' : 'create') : mode === 'submit' ? (existing.status === 'submitted' ? 'resubmit' : 'submit') : 'save_draft'
    await tx.labelEvent.create({
      data: { labelId: id, actorId: viewer.id, action, revision, before: existing ? toSnapshot(existing) : undefined, after },
    })
    if (mode === 'submit' && existing?.status !== 'submitted') await markClaimsSubmitted(tx, viewer.id, transcript.id, input.queueId ?? null)
    return tx.label.findUniqueOrThrow({ where: { id }, select: labelSelect })
  }, { maxWait: 10_000, timeout: 15_000 })
  if (!saved) return conflict(input, viewer.id)
  return toLabelDTO(saved)
}

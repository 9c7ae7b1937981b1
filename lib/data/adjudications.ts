import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { listRetiredKeys } from '@/lib/labels/schema-versions'
import { listDisagreeingGroups, listForcingTags, normalizeLabelValues, validateLabelValues } from '@/lib/labels/taxonomy'
import { canAdjudicate, type Viewer } from '@/lib/permissions'
import { saveAdjudicationSchema, type LabelValues, type SaveAdjudicationInput } from '@/lib/validations/label'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'
import { labelSelect, toLabelDTO, type LabelDTO } from './label-dto'
import { getCurrentSchema } from './label-schemas'

export type DisagreementDTO = {
  transcriptId: number
  labelCount: number
  /** Groups whose chosen tags differ between raters. */
  disagreeingGroups: string[]
  /** Tags such as `unclear` that send the item to adjudication on their own. */
  forcingTags: string[]
  isAdjudicated: boolean
}

export type AdjudicationDTO = {
  id: string
  transcriptId: number
  queueId: string | null
  adjudicator: { id: string; name: string }
  values: LabelValues
  rationale: string
  createdAt: Date
  updatedAt: Date
}

export type AdjudicationItem = {
  transcriptId: number
  /** The transcript's stable key (to load its text). */
  transcriptKey: string
  projectId: string
  queueId: string | null
  schema: { id: string; version: number; definition: LabelSchemaDefinition }
  /** Every submitted label with its evidence, side by side. */
  labels: LabelDTO[]
  disagreeingGroups: string[]
  forcingTags: string[]
  adjudication: AdjudicationDTO | null
}

const adjudicationSelect = {
  id: true,
  transcriptId: true,
  queueId: true,
  values: true,
  rationale: true,
  createdAt: true,
  updatedAt: true,
  adjudicator: { select: { id: true, name: true } },
} as const

function requireLead(viewer: Viewer) {
  if (!canAdjudicate(viewer)) throw new AppError('FORBIDDEN', 'Only leads and admins can adjudicate.')
}

/**
 * Items where at least the required number of raters (the queue's requiredRaters, or 2
 * without a queue) submitted labels that disagree on chosen tags, plus items a rater
 * marked with a forcing tag such as `unclear`.
 */
export async function listDisagreements(viewer: Viewer, projectId: string, queueId?: string): Promise<DisagreementDTO[]> {
  requireLead(viewer)
  let minRaters = 2
  if (queueId) {
    const queue = await db.queue.findFirst({ where: { id: queueId, projectId }, select: { requiredRaters: true } })
    if (!queue) throw new AppError('NOT_FOUND', 'Queue not found.')
    minRaters = Math.max(2, queue.requiredRaters)
  }
  const schema = await getCurrentSchema(projectId)
  const labels = await db.label.findMany({
    where: { projectId, status: 'submitted', ...(queueId ? { transcript: { queueItems: { some: { queueId } } } } : {}) },
    select: { transcriptId: true, values: true },
    orderBy: { transcriptId: 'asc' },
  })
  const byTranscript = new Map<number, { values: LabelValues }[]>()
  for (const l of labels) {
    const list = byTranscript.get(l.transcriptId) ?? []
    list.push({ values: l.values as LabelValues })
    byTranscript.set(l.transcriptId, list)
  }
  const found: DisagreementDTO[] = []
  for (const [transcriptId, list] of byTranscript) {
    const disagreeingGroups = list.length >= minRaters ? listDisagreeingGroups(schema.definition, list) : []
    const forcingTags = [...new Set(list.flatMap((l) => listForcingTags(schema.definition, l.values)))]
    if (disagreeingGroups.length || forcingTags.length) found.push({ transcriptId, labelCount: list.length, disagreeingGroups, forcingTags, isAdjudicated: false })
  }
  const done = await db.adjudication.findMany({
    where: { transcriptId: { in: found.map((f) => f.transcriptId) }, OR: [{ queueId: queueId ?? null }, { queueId: null }] },
    select: { transcriptId: true },
  })
  const doneIds = new Set(done.map((d) => d.transcriptId))
  return found.map((f) => ({ ...f, isAdjudicated: doneIds.has(f.transcriptId) }))
}

async function findAdjudication(transcriptId: number, queueId: string | null) {
  const row = await db.adjudication.findFirst({ where: { transcriptId, queueId }, select: adjudicationSelect })
  return row ? { ...row, values: row.values as LabelValues } : null
}

/** All submitted labels and evidence for one item, with the current adjudication if any. */
export async function getAdjudicationItem(viewer: Viewer, transcriptId: number, queueId?: string | null): Promise<AdjudicationItem> {
  requireLead(viewer)
  const transcript = await db.transcript.findUnique({ where: { id: transcriptId }, select: { projectId: true, key: true } })
  if (!transcript) throw new AppError('NOT_FOUND', 'Transcript not found.')
  const schema = await getCurrentSchema(transcript.projectId)
  const rows = await db.label.findMany({ where: { transcriptId, status: 'submitted' }, select: labelSelect, orderBy: { submittedAt: 'asc' } })
  const labels = rows.map(toLabelDTO)
  return {
    transcriptId,
    transcriptKey: transcript.key,
    projectId: transcript.projectId,
    queueId: queueId ?? null,
    schema: { id: schema.id, version: schema.version, definition: schema.definition },
    labels,
    disagreeingGroups: listDisagreeingGroups(schema.definition, labels),
    forcingTags: [...new Set(labels.flatMap((l) => listForcingTags(schema.definition, l.values)))],
    adjudication: await findAdjudication(transcriptId, queueId ?? null),
  }
}

/**
 * Saves the final label for an item (one per transcript and queue; saving again replaces
 * it). Kept apart from raters' labels. Outcome and summary are required; the rationale too.
 */
export async function saveAdjudication(viewer: Viewer, input: SaveAdjudicationInput): Promise<AdjudicationDTO> {
  requireLead(viewer)
  const parsed = saveAdjudicationSchema.safeParse(input)
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {}
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message)
    throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Check the adjudication.', { fieldErrors })
  }
  const { transcriptId, values, rationale } = parsed.data
  const queueId = parsed.data.queueId ?? null
  const transcript = await db.transcript.findUnique({ where: { id: transcriptId }, select: { projectId: true } })
  if (!transcript) throw new AppError('NOT_FOUND', 'Transcript not found.')
  if (queueId && !(await db.queueItem.count({ where: { queueId, transcriptId } }))) throw new AppError('INVALID_INPUT', 'This transcript is not in that queue.')
  const schema = await getCurrentSchema(transcript.projectId)
  const fieldErrors = validateLabelValues(schema.definition, values, [], { mode: 'submit', requireEvidence: false, keepRetired: listRetiredKeys(schema.definition) })
  if (Object.keys(fieldErrors).length) throw new AppError('INVALID_INPUT', Object.values(fieldErrors)[0][0], { fieldErrors })
  const data = { values: normalizeLabelValues(schema.definition, values), rationale, adjudicatorId: viewer.id }
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`adjudication:${transcriptId}:${queueId ?? ''}`}, 0))`
    const existing = await tx.adjudication.findFirst({ where: { transcriptId, queueId }, select: { id: true } })
    if (existing) await tx.adjudication.update({ where: { id: existing.id }, data })
    else await tx.adjudication.create({ data: { ...data, transcriptId, queueId, projectId: transcript.projectId } })
  })
  return (await findAdjudication(transcriptId, queueId))!
}

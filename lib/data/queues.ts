import 'server-only'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { canAnnotate, canManageQueues, canRead, hasRole, type Viewer } from '@/lib/permissions'
import {
  CONDITION_COLUMNS,
  createQueueFromIdsSchema,
  createQueueFromSampleSchema,
  type CreateQueueFromIdsInput,
  type CreateQueueFromSampleInput,
} from '@/lib/validations/queue'
import type { Tx } from './queue-access'

export { nextItem, skipItem, releaseItem, getQueueItem, getRaterItemNav } from './queue-work'
export { getQueueProgress } from './queue-progress'

export type QueueDTO = {
  id: string
  projectId: string
  name: string
  description: string
  source: unknown
  requiredRaters: number
  assignment: 'open' | 'named'
  assignees: { id: string; name: string }[]
  blindConditions: boolean
  redactPatterns: string[]
  reservationMinutes: number
  isArchived: boolean
  createdAt: Date
  itemCount: number
}

export type SampleCell = { stratum: string; count: number; isShort: boolean }

const queueSelect = {
  id: true,
  projectId: true,
  name: true,
  description: true,
  source: true,
  requiredRaters: true,
  assignment: true,
  blindConditions: true,
  redactPatterns: true,
  reservationMinutes: true,
  isArchived: true,
  createdAt: true,
  assignees: { select: { user: { select: { id: true, name: true } } } },
  _count: { select: { items: true } },
} as const

type QueueRow = Prisma.QueueGetPayload<{ select: typeof queueSelect }>

function toQueueDTO({ assignees, _count, redactPatterns, assignment, ...q }: QueueRow): QueueDTO {
  return {
    ...q,
    assignment: assignment === 'named' ? 'named' : 'open',
    assignees: assignees.map((a) => a.user),
    redactPatterns: Array.isArray(redactPatterns) ? redactPatterns.filter((p): p is string => typeof p === 'string') : [],
    itemCount: _count.items,
  }
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of r.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message)
  throw new AppError('INVALID_INPUT', r.error.issues[0]?.message ?? 'Check the queue settings.', { fieldErrors })
}

type Settings = z.infer<typeof createQueueFromIdsSchema>

async function createQueueRow(tx: Tx, viewer: Viewer, s: Settings | z.infer<typeof createQueueFromSampleSchema>, source: object) {
  const project = await tx.project.findUnique({ where: { id: s.projectId }, select: { id: true } })
  if (!project) throw new AppError('NOT_FOUND', 'Project not found.')
  const assigneeIds = s.assignment === 'named' ? [...new Set(s.assigneeIds)] : []
  if (assigneeIds.length > 0) {
    const raters = await tx.user.findMany({ where: { id: { in: assigneeIds }, role: { in: ['annotator', 'lead', 'admin'] } }, select: { id: true } })
    if (raters.length !== assigneeIds.length) throw new AppError('INVALID_INPUT', 'Every named rater must be an annotator, lead or admin.')
  }
  return tx.queue.create({
    data: {
      projectId: s.projectId,
      name: s.name,
      description: s.description,
      source: source as Prisma.InputJsonObject,
      requiredRaters: s.requiredRaters,
      assignment: s.assignment,
      blindConditions: s.blindConditions,
      redactPatterns: s.redactPatterns,
      reservationMinutes: s.reservationMinutes,
      createdById: viewer.id,
      assignees: { create: assigneeIds.map((userId) => ({ userId })) },
    },
    select: { id: true },
  })
}

function requireLead(viewer: Viewer) {
  if (!canManageQueues(viewer)) throw new AppError('FORBIDDEN', 'Only leads and admins can build queues.')
}

/** A queue of the given transcripts, in the given order (ids from another project are refused). */
export async function createQueueFromTranscriptIds(viewer: Viewer, input: CreateQueueFromIdsInput): Promise<QueueDTO> {
  requireLead(viewer)
  const s = parse(createQueueFromIdsSchema, input)
  const ids = [...new Set(s.transcriptIds)]
  const id = await db.$transaction(async (tx) => {
    const queue = await createQueueRow(tx, viewer, s, { kind: 'filter', ...s.source })
    const inserted = await tx.$executeRaw`
      INSERT INTO queue_items (queue_id, transcript_id, position, done_count)
      SELECT ${queue.id}, t.id, (x.ord - 1)::int, 0
      FROM unnest(${ids}::int[]) WITH ORDINALITY AS x(id, ord)
      JOIN transcripts t ON t.id = x.id AND t.project_id = ${s.projectId}`
    if (inserted !== ids.length) throw new AppError('INVALID_INPUT', `${ids.length - inserted} of the transcripts are not in this project.`)
    return queue.id
  }, { timeout: 60_000 })
  return getQueue(viewer, id)
}

/**
 * A stratified random sample: up to `perCell` transcripts from each combination of the
 * `by` columns (e.g. 50 per model × tier), chosen by a seeded hash so the same seed gives
 * the same sample. Items are interleaved across cells. Returns the queue and each cell's count.
 */
export async function createQueueFromSample(viewer: Viewer, input: CreateQueueFromSampleInput): Promise<{ queue: QueueDTO; cells: SampleCell[] }> {
  requireLead(viewer)
  const s = parse(createQueueFromSampleSchema, input)
  const seed = s.sample.seed ?? randomUUID()
  const cols = s.sample.by.map((c) => `t.${CONDITION_COLUMNS[c]}`)
  const partition = Prisma.raw(cols.join(', '))
  const stratum = Prisma.raw(`concat_ws('|', ${s.sample.by.map((c, i) => `'${c}=' || coalesce(${cols[i]}, '∅')`).join(', ')})`)
  const filters = Object.entries(s.sample.where).map(
    ([c, values]) => Prisma.sql`AND ${Prisma.raw(`t.${CONDITION_COLUMNS[c as keyof typeof CONDITION_COLUMNS]}`)} = ANY(${values}::text[])`,
  )
  const where = Prisma.sql`t.project_id = ${s.projectId} ${filters.length ? Prisma.join(filters, ' ') : Prisma.empty}`
  const { queueId, total } = await db.$transaction(async (tx) => {
    const queue = await createQueueRow(tx, viewer, s, { kind: 'sample', ...s.sample, seed })
    const total = await tx.$executeRaw`
      INSERT INTO queue_items (queue_id, transcript_id, position, stratum, done_count)
      SELECT ${queue.id}, s.id, (row_number() OVER (ORDER BY s.h, s.id) - 1)::int, s.stratum, 0
      FROM (
        SELECT t.id, md5(${seed} || ':' || t.id::text) AS h, ${stratum} AS stratum,
               row_number() OVER (PARTITION BY ${partition} ORDER BY md5(${seed} || ':' || t.id::text), t.id) AS rn
        FROM transcripts t WHERE ${where}
      ) s WHERE s.rn <= ${s.sample.perCell}`
    return { queueId: queue.id, total }
  }, { timeout: 60_000 })
  if (total === 0) {
    await db.queue.delete({ where: { id: queueId } })
    throw new AppError('INVALID_INPUT', 'No transcripts match this sample.')
  }
  const rows = await db.queueItem.groupBy({ by: ['stratum'], where: { queueId }, _count: true, orderBy: { stratum: 'asc' } })
  const cells = rows.map((r) => ({ stratum: r.stratum ?? '', count: r._count, isShort: r._count < s.sample.perCell }))
  return { queue: await getQueue(viewer, queueId), cells }
}

/** One queue. Annotators only see queues they can work on. */
export async function getQueue(viewer: Viewer, queueId: string): Promise<QueueDTO> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read queues.')
  const row = await db.queue.findUnique({ where: { id: queueId }, select: queueSelect })
  if (!row || !isVisible(viewer, row)) throw new AppError('NOT_FOUND', 'Queue not found.')
  return toQueueDTO(row)
}

function isVisible(viewer: Viewer, q: QueueRow): boolean {
  if (hasRole(viewer, 'lead') || !canAnnotate(viewer)) return true
  return q.assignment === 'open' || q.assignees.some((a) => a.user.id === viewer.id)
}

/** The project's queues, newest first; annotators see open queues and those naming them. */
export async function listQueues(viewer: Viewer, projectId: string, opts: { includeArchived?: boolean } = {}): Promise<QueueDTO[]> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read queues.')
  const rows = await db.queue.findMany({
    where: { projectId, ...(opts.includeArchived ? {} : { isArchived: false }) },
    select: queueSelect,
    orderBy: { createdAt: 'desc' },
  })
  return rows.filter((q) => isVisible(viewer, q)).map(toQueueDTO)
}

/** Archived queues hand out no more items; labels and progress are kept. */
export async function setQueueArchived(viewer: Viewer, queueId: string, isArchived: boolean): Promise<QueueDTO> {
  requireLead(viewer)
  await db.queue.update({ where: { id: queueId }, data: { isArchived } }).catch(() => {
    throw new AppError('NOT_FOUND', 'Queue not found.')
  })
  return getQueue(viewer, queueId)
}

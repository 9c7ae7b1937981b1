import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { canWorkOnQueue, type Viewer } from '@/lib/permissions'

export type Tx = Prisma.TransactionClient

export type QueueForWork = {
  id: string
  projectId: string
  requiredRaters: number
  assignment: string
  blindConditions: boolean
  redactPatterns: string[]
  reservationMinutes: number
  isArchived: boolean
}

/** The queue row as the raw queries below select it (plus whether the viewer is an assignee). */
export type QueueAccessRow = Omit<QueueForWork, 'redactPatterns'> & { redactPatterns: unknown; isAssignee: boolean }

/** The columns of `queues q` (and the viewer's assignment) that QueueAccessRow needs, for raw queries. */
export const queueAccessColumns = (viewerId: string) => Prisma.sql`
  q.id, q.project_id AS "projectId", q.required_raters AS "requiredRaters", q.assignment, q.blind_conditions AS "blindConditions",
  q.redact_patterns AS "redactPatterns", q.reservation_minutes AS "reservationMinutes", q.is_archived AS "isArchived",
  EXISTS (SELECT 1 FROM queue_assignees a WHERE a.queue_id = q.id AND a.user_id = ${viewerId}) AS "isAssignee"`

/** Checks that the viewer may work on the queue (annotator+, and an assignee of a named queue). */
export function toQueueForWork(viewer: Viewer, q: QueueAccessRow | null | undefined): QueueForWork {
  if (!q) throw new AppError('NOT_FOUND', 'Queue not found.')
  const { isAssignee, redactPatterns, ...rest } = q
  if (!canWorkOnQueue(viewer, { assignment: q.assignment, assigneeIds: isAssignee ? [viewer.id] : [] })) {
    throw new AppError('FORBIDDEN', q.assignment === 'named' ? 'This queue is assigned to other raters.' : 'Only annotators can work on queues.')
  }
  return { ...rest, redactPatterns: Array.isArray(redactPatterns) ? redactPatterns.filter((p): p is string => typeof p === 'string') : [] }
}

/** The queue, if the viewer may take items from it (annotator+, and an assignee of a named queue). */
export async function getQueueForWork(viewer: Viewer, queueId: string, client: Tx | typeof db = db): Promise<QueueForWork> {
  const [q] = await client.$queryRaw<QueueAccessRow[]>`SELECT ${queueAccessColumns(viewer.id)} FROM queues q WHERE q.id = ${queueId}`
  return toQueueForWork(viewer, q)
}

/** Serialises claim changes on one queue for the rest of the transaction. */
export async function lockQueue(tx: Tx, queueId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`queue:${queueId}`}, 0))`
}

/**
 * On a first submit: marks the rater's claims on this transcript submitted (creating one
 * for `queueId` when the rater labelled without a reservation) and recounts doneCount,
 * each item under its queue's lock (one statement per item: upsert the claim, recount).
 */
export async function markClaimsSubmitted(tx: Tx, userId: string, transcriptId: number, queueId: string | null): Promise<void> {
  const items = await tx.$queryRaw<{ id: number; queueId: string }[]>`
    SELECT qi.id, qi.queue_id AS "queueId" FROM queue_items qi
    WHERE qi.transcript_id = ${transcriptId}
      AND (qi.queue_id = ${queueId}
           OR EXISTS (SELECT 1 FROM queue_claims c WHERE c.queue_item_id = qi.id AND c.user_id = ${userId} AND c.status = 'reserved'))
    ORDER BY qi.queue_id, qi.id`
  for (const item of items) {
    await lockQueue(tx, item.queueId)
    // The recount runs in the same statement as the upsert, so it cannot see it: others' submitted claims + this one.
    await tx.$executeRaw`
      WITH up AS (
        INSERT INTO queue_claims (queue_item_id, user_id, status, expires_at)
        VALUES (${item.id}, ${userId}, 'submitted'::"ClaimStatus", ${new Date()})
        ON CONFLICT (queue_item_id, user_id) DO UPDATE SET status = 'submitted'::"ClaimStatus", skip_reason = NULL
        RETURNING queue_item_id)
      UPDATE queue_items SET done_count = 1 + (
        SELECT count(*) FROM queue_claims c WHERE c.queue_item_id = ${item.id} AND c.status = 'submitted' AND c.user_id <> ${userId})
      WHERE id = ${item.id} AND EXISTS (SELECT 1 FROM up)`
  }
}

import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
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

/** The queue, if the viewer may take items from it (annotator+, and an assignee of a named queue). */
export async function getQueueForWork(viewer: Viewer, queueId: string, client: Tx | typeof db = db): Promise<QueueForWork> {
  const q = await client.queue.findUnique({
    where: { id: queueId },
    select: {
      id: true,
      projectId: true,
      requiredRaters: true,
      assignment: true,
      blindConditions: true,
      redactPatterns: true,
      reservationMinutes: true,
      isArchived: true,
      assignees: { select: { userId: true } },
    },
  })
  if (!q) throw new AppError('NOT_FOUND', 'Queue not found.')
  const { assignees, redactPatterns, ...rest } = q
  if (!canWorkOnQueue(viewer, { assignment: q.assignment, assigneeIds: assignees.map((a) => a.userId) })) {
    throw new AppError('FORBIDDEN', q.assignment === 'named' ? 'This queue is assigned to other raters.' : 'Only annotators can work on queues.')
  }
  return { ...rest, redactPatterns: Array.isArray(redactPatterns) ? redactPatterns.filter((p): p is string => typeof p === 'string') : [] }
}

/** Serialises claim changes on one queue for the rest of the transaction. */
export async function lockQueue(tx: Tx, queueId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`queue:${queueId}`}, 0))`
}

/**
 * On a first submit: marks the rater's claims on this transcript submitted (creating one
 * for `queueId` when the rater labelled without a reservation) and recounts doneCount.
 */
export async function markClaimsSubmitted(tx: Tx, userId: string, transcriptId: number, queueId: string | null): Promise<void> {
  const items = await tx.queueItem.findMany({
    where: {
      transcriptId,
      OR: [...(queueId ? [{ queueId }] : []), { claims: { some: { userId, status: 'reserved' } } }],
    },
    select: { id: true, queueId: true },
    orderBy: [{ queueId: 'asc' }, { id: 'asc' }],
  })
  for (const item of items) {
    await lockQueue(tx, item.queueId)
    await tx.queueClaim.upsert({
      where: { queueItemId_userId: { queueItemId: item.id, userId } },
      create: { queueItemId: item.id, userId, status: 'submitted', expiresAt: new Date() },
      update: { status: 'submitted', skipReason: null },
    })
    const done = await tx.queueClaim.count({ where: { queueItemId: item.id, status: 'submitted' } })
    await tx.queueItem.update({ where: { id: item.id }, data: { doneCount: done } })
  }
}

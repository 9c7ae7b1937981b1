import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { canRead, hasRole, type Viewer } from '@/lib/permissions'

export type RaterProgress = { userId: string; name: string; submitted: number; skipped: number; reserved: number }
export type StratumProgress = { stratum: string; items: number; done: number }

export type QueueProgress = {
  queueId: string
  requiredRaters: number
  items: number
  /** Items with requiredRaters submitted labels. */
  done: number
  /** Items not done that have a submission or an active reservation. */
  inProgress: number
  notStarted: number
  /** Submitted labels counted towards the queue (at most requiredRaters per item). */
  labelsSubmitted: number
  labelsNeeded: number
  /** Leads see every rater; annotators and viewers only their own row. */
  raters: RaterProgress[]
  strata: StratumProgress[]
}

/** Progress of a queue, per item and per rater. */
export async function getQueueProgress(viewer: Viewer, queueId: string): Promise<QueueProgress> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read queues.')
  const queue = await db.queue.findUnique({ where: { id: queueId }, select: { id: true, requiredRaters: true } })
  if (!queue) throw new AppError('NOT_FOUND', 'Queue not found.')
  const now = new Date()
  const required = queue.requiredRaters
  const [totals] = await db.$queryRaw<{ items: number; done: number; in_progress: number; submitted: number }[]>`
    SELECT count(*)::int AS items,
      count(*) FILTER (WHERE qi.done_count >= ${required})::int AS done,
      count(*) FILTER (WHERE qi.done_count < ${required} AND (qi.done_count > 0 OR EXISTS (
        SELECT 1 FROM queue_claims c WHERE c.queue_item_id = qi.id AND c.status = 'reserved' AND c.expires_at > ${now})))::int AS in_progress,
      coalesce(sum(least(qi.done_count, ${required})), 0)::int AS submitted
    FROM queue_items qi WHERE qi.queue_id = ${queueId}`
  const seeAll = hasRole(viewer, 'lead')
  const raters = await db.$queryRaw<{ user_id: string; name: string; submitted: number; skipped: number; reserved: number }[]>`
    SELECT c.user_id, u.name,
      count(*) FILTER (WHERE c.status = 'submitted')::int AS submitted,
      count(*) FILTER (WHERE c.status = 'skipped')::int AS skipped,
      count(*) FILTER (WHERE c.status = 'reserved' AND c.expires_at > ${now})::int AS reserved
    FROM queue_claims c
    JOIN queue_items qi ON qi.id = c.queue_item_id
    JOIN users u ON u.id = c.user_id
    WHERE qi.queue_id = ${queueId} AND (${seeAll} OR c.user_id = ${viewer.id})
    GROUP BY c.user_id, u.name
    ORDER BY u.name`
  const strata = await db.$queryRaw<{ stratum: string; items: number; done: number }[]>`
    SELECT coalesce(stratum, '') AS stratum, count(*)::int AS items, count(*) FILTER (WHERE done_count >= ${required})::int AS done
    FROM queue_items WHERE queue_id = ${queueId} GROUP BY 1 ORDER BY 1`
  return {
    queueId,
    requiredRaters: required,
    items: totals.items,
    done: totals.done,
    inProgress: totals.in_progress,
    notStarted: totals.items - totals.done - totals.in_progress,
    labelsSubmitted: totals.submitted,
    labelsNeeded: totals.items * required,
    raters: raters.map((r) => ({ userId: r.user_id, name: r.name, submitted: r.submitted, skipped: r.skipped, reserved: r.reserved })),
    strata,
  }
}

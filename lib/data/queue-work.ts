import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { BLIND_HIDDEN_FIELDS, redactForBlindReview, revealsTier, toDisplayOffset, type Redaction } from '@/lib/labels/blind'
import type { Viewer } from '@/lib/permissions'
import { skipItemSchema } from '@/lib/validations/queue'
import { getQueueForWork, lockQueue, queueAccessColumns, toQueueForWork, type QueueAccessRow } from './queue-access'

export type ClaimedItem = {
  queueId: string
  itemId: number
  transcriptId: number
  position: number
  /** The reservation lapses at this time unless the label is submitted. */
  expiresAt: Date
  isBlind: boolean
}

const TX = { maxWait: 20_000, timeout: 20_000 } as const

type OwnRow = QueueAccessRow & { ownItemId: number | null; ownTranscriptId: number | null; ownPosition: number | null; ownExpiresAt: Date | null }
type PickRow = { itemId: number; transcriptId: number; position: number; expiresAt: Date }

/**
 * Reserves the next item for this rater and returns it, or null when the queue has
 * nothing left for them. The rater's own unexpired reservation comes first. Otherwise,
 * under a per-queue lock, expired reservations are released and the first item (by
 * position) is taken that the rater has not claimed, skipped or labelled, and that has
 * fewer than requiredRaters submitted or reserved claims, so no item is over-assigned.
 *
 * Hot path (the label benchmark): raw SQL, one query for the queue, access and own
 * reservation, then one transaction of three statements. The claim statement runs after
 * the lock statement, so (read committed) its snapshot sees every claim committed by the
 * previous lock holder.
 */
export async function nextItem(viewer: Viewer, queueId: string): Promise<ClaimedItem | null> {
  const now = new Date()
  const [row] = await db.$queryRaw<OwnRow[]>`
    SELECT ${queueAccessColumns(viewer.id)},
           own.id AS "ownItemId", own.transcript_id AS "ownTranscriptId", own.position AS "ownPosition", own.expires_at AS "ownExpiresAt"
    FROM queues q
    LEFT JOIN LATERAL (
      SELECT qi.id, qi.transcript_id, qi.position, c.expires_at FROM queue_claims c JOIN queue_items qi ON qi.id = c.queue_item_id
      WHERE c.user_id = ${viewer.id} AND c.status = 'reserved' AND c.expires_at > ${now} AND qi.queue_id = q.id
      ORDER BY qi.position LIMIT 1) own ON true
    WHERE q.id = ${queueId}`
  const queue = toQueueForWork(viewer, row)
  if (queue.isArchived) throw new AppError('INVALID_INPUT', 'This queue is archived.')
  const toDTO = (c: PickRow): ClaimedItem => ({
    queueId,
    itemId: c.itemId,
    transcriptId: c.transcriptId,
    position: c.position,
    expiresAt: c.expiresAt,
    isBlind: queue.blindConditions,
  })
  if (row.ownItemId !== null) {
    return toDTO({ itemId: row.ownItemId, transcriptId: row.ownTranscriptId!, position: row.ownPosition!, expiresAt: row.ownExpiresAt! })
  }
  const expiresAt = new Date(now.getTime() + queue.reservationMinutes * 60_000)
  // One call: the function takes the queue lock, releases expired reservations and claims
  // (see migration 20261124160000_claim_next_item_function).
  const [picked] = await db.$queryRaw<PickRow[]>`
    SELECT o_item_id AS "itemId", o_transcript_id AS "transcriptId", o_position AS position, o_expires_at AS "expiresAt"
    FROM candor_claim_next_item(${queueId}, ${viewer.id}, ${queue.requiredRaters}::int, ${now}::timestamp(3), ${expiresAt}::timestamp(3))`
  return picked ? toDTO(picked) : null
}

async function requireItem(queueId: string, itemId: number) {
  const item = await db.queueItem.findFirst({ where: { id: itemId, queueId }, select: { id: true, transcriptId: true, position: true, stratum: true } })
  if (!item) throw new AppError('NOT_FOUND', 'This item is not in the queue.')
  return item
}

/** Skips an item with a reason; the rater is not offered it again and the slot goes to someone else. */
export async function skipItem(viewer: Viewer, queueId: string, itemId: number, reason: string): Promise<void> {
  await getQueueForWork(viewer, queueId)
  const parsed = skipItemSchema.safeParse({ reason })
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Give a reason for skipping.')
  await requireItem(queueId, itemId)
  await db.$transaction(async (tx) => {
    await lockQueue(tx, queueId)
    const key = { queueItemId_userId: { queueItemId: itemId, userId: viewer.id } }
    const existing = await tx.queueClaim.findUnique({ where: key, select: { status: true } })
    if (existing?.status === 'submitted') throw new AppError('INVALID_INPUT', 'You already labelled this item.')
    await tx.queueClaim.upsert({
      where: key,
      create: { queueItemId: itemId, userId: viewer.id, status: 'skipped', expiresAt: new Date(), skipReason: parsed.data.reason },
      update: { status: 'skipped', skipReason: parsed.data.reason },
    })
  }, TX)
}

/** Gives back the rater's reservation (e.g. leaving the queue) so another rater can take it. */
export async function releaseItem(viewer: Viewer, queueId: string, itemId: number): Promise<void> {
  await getQueueForWork(viewer, queueId)
  await db.queueClaim.deleteMany({ where: { queueItemId: itemId, userId: viewer.id, status: 'reserved', item: { queueId } } })
}

export type ReviewTurn = { role: string; content: string; redactions: Redaction[] }
export type ReviewSegment = { kind: string; turn: number; start: number; end: number }

export type QueueItemView = {
  queueId: string
  itemId: number
  position: number
  /** Null in blind queues (it may name the tier). */
  stratum: string | null
  isBlind: boolean
  /** Blind queue, but the scratchpad itself says which tier the user is on. */
  revealsTier: boolean
  transcript: {
    id: number
    /** Null in blind queues: tier, monitoring, tierIndicator. */
    conditions: Record<string, string | number | null>
    /** Display text (redacted when blind); `redactions` map display offsets to the original. */
    turns: ReviewTurn[]
    /** Parsed segments with display offsets. */
    segments: ReviewSegment[]
  }
}

/**
 * An item as a rater sees it in the queue. In blind queues the tier fields are nulled and
 * the tier tag and the lead's patterns are redacted on the server, so nothing leaks to the
 * browser. Evidence offsets sent back must be original offsets (see toOriginalOffset).
 */
export async function getQueueItem(viewer: Viewer, queueId: string, itemId: number): Promise<QueueItemView> {
  const queue = await getQueueForWork(viewer, queueId)
  const item = await requireItem(queueId, itemId)
  const t = await db.transcript.findUniqueOrThrow({
    where: { id: item.transcriptId },
    select: {
      id: true, turns: true, segments: true, scratchpadText: true, model: true, tier: true, monitoring: true, tierIndicator: true, setting: true,
      promptVariant: true, infoDelivery: true, cot: true, trainingStage: true, seed: true, userSuffix: true, evalFamily: true, queryKey: true,
    },
  })
  const { id, turns, segments, scratchpadText, ...conditions } = t
  const blind = queue.blindConditions
  if (blind) for (const f of BLIND_HIDDEN_FIELDS) conditions[f] = null
  const view = (Array.isArray(turns) ? turns : []) as { role: string; content: string }[]
  const shown: ReviewTurn[] = view.map((turn) => {
    if (!blind) return { role: turn.role, content: turn.content, redactions: [] }
    const r = redactForBlindReview(turn.content, queue.redactPatterns)
    return { role: turn.role, content: r.text, redactions: r.redactions }
  })
  const segs = (Array.isArray(segments) ? segments : []) as ReviewSegment[]
  return {
    queueId,
    itemId: item.id,
    position: item.position,
    stratum: blind ? null : item.stratum,
    isBlind: blind,
    revealsTier: blind && revealsTier(scratchpadText),
    transcript: {
      id,
      conditions,
      turns: shown,
      segments: segs.map((s) => {
        const r = shown[s.turn]?.redactions ?? []
        return { kind: s.kind, turn: s.turn, start: toDisplayOffset(r, s.start, 'start'), end: toDisplayOffset(r, s.end, 'end') }
      }),
    },
  }
}

export type RaterItemNav = { prev: number | null; next: number | null; done: number; total: number }

/**
 * Moving between the rater's own items in a queue (j/k): the items they reserved or
 * submitted, by position, around `itemId`; plus how many they submitted of the total.
 */
export async function getRaterItemNav(viewer: Viewer, queueId: string, itemId: number): Promise<RaterItemNav> {
  await getQueueForWork(viewer, queueId)
  const item = await requireItem(queueId, itemId)
  const [claims, total] = await Promise.all([
    db.queueClaim.findMany({
      where: { userId: viewer.id, status: { in: ['reserved', 'submitted'] }, item: { queueId } },
      select: { status: true, item: { select: { id: true, position: true } } },
      orderBy: { item: { position: 'asc' } },
    }),
    db.queueItem.count({ where: { queueId } }),
  ])
  const before = claims.filter((c) => c.item.position < item.position)
  const after = claims.find((c) => c.item.position > item.position)
  return { prev: before.at(-1)?.item.id ?? null, next: after?.item.id ?? null, done: claims.filter((c) => c.status === 'submitted').length, total }
}

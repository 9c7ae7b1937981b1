import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { submitLabel } from '@/lib/data/labels'
import { createQueueFromSample, createQueueFromTranscriptIds, getQueueItem, getQueueProgress, listQueues, nextItem, releaseItem, skipItem } from '@/lib/data/queues'
import { resetDatabase } from '../support/db'
import { COMPLETE, makeProject, makeRaters, makeUser } from './fixtures'

describe('queues', () => {
  beforeEach(resetDatabase)

  async function setup(items: number, requiredRaters: number, extra: Record<string, unknown> = {}) {
    const { project, transcripts } = await makeProject(items)
    const lead = await makeUser('lead', 'lead')
    const queue = await createQueueFromTranscriptIds(lead, {
      projectId: project.id,
      name: 'Q',
      requiredRaters,
      transcriptIds: transcripts.map((t) => t.id),
      ...extra,
    })
    return { project, transcripts, lead, queue }
  }

  it('never over-assigns when 20 raters ask for the next item at once', async () => {
    const { queue } = await setup(6, 2)
    const raters = await makeRaters(20)
    const claims = await Promise.all(raters.map((r) => nextItem(r, queue.id)))
    const given = claims.filter((c) => c !== null)
    expect(given).toHaveLength(12)
    const perItem = new Map<number, number>()
    for (const c of given) perItem.set(c.itemId, (perItem.get(c.itemId) ?? 0) + 1)
    expect([...perItem.values()]).toEqual([2, 2, 2, 2, 2, 2])
    const rows = await db.queueClaim.groupBy({ by: ['queueItemId'], _count: true })
    expect(rows.every((r) => r._count === 2)).toBe(true)
  })

  it('20 raters labelling concurrently until the queue is empty: each item gets exactly 2 labels', async () => {
    const { queue } = await setup(15, 2)
    const raters = await makeRaters(20)
    const taken: { rater: string; itemId: number }[] = []
    await Promise.all(
      raters.map(async (r) => {
        for (let item = await nextItem(r, queue.id); item; item = await nextItem(r, queue.id)) {
          taken.push({ rater: r.id, itemId: item.itemId })
          await submitLabel(r, { transcriptId: item.transcriptId, queueId: queue.id, revision: null, ...COMPLETE })
        }
      }),
    )
    expect(taken).toHaveLength(30)
    expect(new Set(taken.map((t) => `${t.rater}:${t.itemId}`)).size).toBe(30)
    const items = await db.queueItem.findMany({ where: { queueId: queue.id }, select: { doneCount: true } })
    expect(items.map((i) => i.doneCount)).toEqual(Array(15).fill(2))
    expect(await db.label.count({ where: { status: 'submitted' } })).toBe(30)
    const progress = await getQueueProgress(raters[0], queue.id)
    expect(progress).toMatchObject({ items: 15, done: 15, inProgress: 0, notStarted: 0, labelsSubmitted: 30, labelsNeeded: 30 })
    expect(progress.raters).toHaveLength(1)
  })

  it('returns the rater’s own reservation first and releases expired ones', async () => {
    const { queue } = await setup(1, 1)
    const [a, b] = await makeRaters(2)
    const first = await nextItem(a, queue.id)
    expect(await nextItem(a, queue.id)).toMatchObject({ itemId: first!.itemId })
    expect(await nextItem(b, queue.id)).toBeNull()
    await db.queueClaim.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await nextItem(b, queue.id)).toMatchObject({ itemId: first!.itemId })
    expect(await db.queueClaim.count({ where: { userId: a.id } })).toBe(0)
    await releaseItem(b, queue.id, first!.itemId)
    expect(await db.queueClaim.count()).toBe(0)
  })

  it('skips with a reason and does not offer the item again', async () => {
    const { queue, lead } = await setup(2, 1)
    const [a] = await makeRaters(1)
    const first = await nextItem(a, queue.id)
    await expect(skipItem(a, queue.id, first!.itemId, '  ')).rejects.toThrow(/reason/)
    await skipItem(a, queue.id, first!.itemId, 'Output is truncated')
    const second = await nextItem(a, queue.id)
    expect(second!.itemId).not.toBe(first!.itemId)
    await skipItem(a, queue.id, second!.itemId, 'Not English')
    expect(await nextItem(a, queue.id)).toBeNull()
    const progress = await getQueueProgress(lead, queue.id)
    expect(progress.raters).toEqual([expect.objectContaining({ userId: a.id, skipped: 2, submitted: 0 })])
    expect(progress.notStarted).toBe(2)
  })

  it('named queues only serve their assignees; viewers cannot take items', async () => {
    const raters = await makeRaters(3)
    const { queue } = await setup(2, 2, { assignment: 'named', assigneeIds: [raters[0].id, raters[1].id] })
    expect(await nextItem(raters[0], queue.id)).not.toBeNull()
    await expect(nextItem(raters[2], queue.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const viewer = await makeUser('viewer')
    await expect(nextItem(viewer, queue.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await listQueues(raters[2], queue.projectId)).toEqual([])
    expect(await listQueues(raters[0], queue.projectId)).toHaveLength(1)
  })

  it('only leads build queues, and named queues need enough raters', async () => {
    const { project, transcripts } = await makeProject(2)
    const annotator = await makeUser('annotator')
    const lead = await makeUser('lead')
    const input = { projectId: project.id, name: 'Q', transcriptIds: transcripts.map((t) => t.id) }
    await expect(createQueueFromTranscriptIds(annotator, input)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(createQueueFromTranscriptIds(lead, { ...input, requiredRaters: 2, assignment: 'named', assigneeIds: [annotator.id] })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(createQueueFromTranscriptIds(lead, { ...input, transcriptIds: [999999] })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('samples N per condition cell, reproducibly with a seed', async () => {
    const { project } = await makeProject(40)
    const lead = await makeUser('lead')
    const sample = { by: ['model', 'tier'] as ('model' | 'tier')[], perCell: 3, seed: 'abc' }
    const { queue, cells } = await createQueueFromSample(lead, { projectId: project.id, name: 'S', sample })
    expect(queue.itemCount).toBe(12)
    expect(cells.map((c) => [c.stratum, c.count])).toEqual([
      ['model=model-a|tier=free', 3],
      ['model=model-a|tier=paid', 3],
      ['model=model-b|tier=free', 3],
      ['model=model-b|tier=paid', 3],
    ])
    const again = await createQueueFromSample(lead, { projectId: project.id, name: 'S2', sample })
    const ids = async (queueId: string) => (await db.queueItem.findMany({ where: { queueId }, orderBy: { position: 'asc' }, select: { transcriptId: true } })).map((i) => i.transcriptId)
    expect(await ids(again.queue.id)).toEqual(await ids(queue.id))
    const filtered = await createQueueFromSample(lead, { projectId: project.id, name: 'F', sample: { ...sample, perCell: 20, where: { tier: ['free'] } } })
    expect(filtered.cells).toEqual([
      { stratum: 'model=model-a|tier=free', count: 10, isShort: true },
      { stratum: 'model=model-b|tier=free', count: 10, isShort: true },
    ])
  })

  it('blind queues redact the tier on the server and flag revealing scratchpads', async () => {
    const { queue } = await setup(2, 1, { blindConditions: true, redactPatterns: ['Jones Foods'] })
    const [a] = await makeRaters(1)
    const claim = await nextItem(a, queue.id)
    expect(claim!.isBlind).toBe(true)
    const view = await getQueueItem(a, queue.id, claim!.itemId)
    expect(view.transcript.conditions).toMatchObject({ tier: null, monitoring: null, model: 'model-a' })
    expect(view.stratum).toBeNull()
    expect(view.transcript.turns[0].content).toBe('<INPUT><is_free_tier_user>[hidden]</is_free_tier_user><user_input>Query 0 about [hidden]</user_input></INPUT>')
    expect(JSON.stringify(view)).not.toMatch(/True|implied_training|Jones/)
    expect(view.revealsTier).toBe(true)
    const seg = view.transcript.segments[0]
    expect(view.transcript.turns[1].content.slice(seg.start, seg.end)).toMatch(/^The user is on the free tier/)
  })
})

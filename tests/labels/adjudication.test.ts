import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getAdjudicationItem, listDisagreements, saveAdjudication } from '@/lib/data/adjudications'
import { addComment, deleteComment, listComments } from '@/lib/data/comments'
import { submitLabel } from '@/lib/data/labels'
import { ensureProject } from '@/lib/data/projects'
import { createQueueFromSample, createQueueFromTranscriptIds, nextItem } from '@/lib/data/queues'
import { importFile } from '@/lib/import/run'
import { resetDatabase } from '../support/db'
import { REAL, repoPath } from '../support/real-data'
import { COMPLETE, evidenceSpan, makeProject, makeUser } from './fixtures'

describe('adjudication', () => {
  beforeEach(resetDatabase)

  it('lists items whose required raters disagree, and saves a final label apart from theirs', async () => {
    const { project, transcripts } = await makeProject(3)
    const lead = await makeUser('lead')
    const [a, b] = [await makeUser('annotator'), await makeUser('annotator')]
    const queue = await createQueueFromTranscriptIds(lead, { projectId: project.id, name: 'Q', requiredRaters: 2, transcriptIds: transcripts.map((t) => t.id) })
    const [t0, t1, t2] = transcripts.map((t) => t.id)
    const refused = { ...COMPLETE, values: { ...COMPLETE.values, outcome: 'refused' } }
    await submitLabel(a, { transcriptId: t0, queueId: queue.id, revision: null, ...COMPLETE })
    await submitLabel(b, { transcriptId: t0, queueId: queue.id, revision: null, ...refused })
    await submitLabel(a, { transcriptId: t1, queueId: queue.id, revision: null, ...COMPLETE })
    await submitLabel(b, { transcriptId: t1, queueId: queue.id, revision: null, ...COMPLETE })
    await submitLabel(a, { transcriptId: t2, queueId: queue.id, revision: null, ...COMPLETE, values: { ...COMPLETE.values, flags: ['unclear'] } })

    const list = await listDisagreements(lead, project.id, queue.id)
    expect(list).toEqual([
      { transcriptId: t0, labelCount: 2, disagreeingGroups: ['outcome'], forcingTags: [], isAdjudicated: false },
      { transcriptId: t2, labelCount: 1, disagreeingGroups: [], forcingTags: ['unclear'], isAdjudicated: false },
    ])
    await expect(listDisagreements(a, project.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })

    const item = await getAdjudicationItem(lead, t0, queue.id)
    expect(item.labels.map((l) => l.values.outcome).sort()).toEqual(['complied', 'refused'])
    expect(item.labels[0].evidence[0].quote).toBe('The user is on the free tier')
    expect(item.adjudication).toBeNull()

    const input = { transcriptId: t0, queueId: queue.id, values: { outcome: 'partial', summary: 'af_compromised' }, rationale: '' }
    await expect(saveAdjudication(lead, input)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(saveAdjudication(a, { ...input, rationale: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const saved = await saveAdjudication(lead, { ...input, rationale: 'The output withholds key steps.' })
    expect(saved).toMatchObject({ values: { outcome: 'partial', summary: 'af_compromised' }, adjudicator: { id: lead.id } })
    await saveAdjudication(lead, { ...input, rationale: 'Second look.' })
    expect(await db.adjudication.count()).toBe(1)
    expect((await listDisagreements(lead, project.id, queue.id))[0].isAdjudicated).toBe(true)
    expect(await db.label.count({ where: { transcriptId: t0, status: 'submitted' } })).toBe(2)
  })

  it('samples a stratified queue from the real CSV import', async () => {
    const project = await ensureProject('real-csv')
    const r = await importFile({ projectId: project.id, filePath: REAL.csv, originalPath: repoPath(REAL.csv) })
    expect(r.status).toBe('imported')
    const lead = await makeUser('lead')
    const { cells, queue } = await createQueueFromSample(lead, { projectId: project.id, name: 'Real', requiredRaters: 2, sample: { by: ['tier'], perCell: 5, seed: 's' } })
    expect(cells.length).toBeGreaterThanOrEqual(2)
    expect(cells.every((c) => c.count === 5)).toBe(true)
    const rater = await makeUser('annotator')
    expect(await nextItem(rater, queue.id)).not.toBeNull()
  })
})

describe('comments', () => {
  beforeEach(resetDatabase)

  it('adds transcript and span comments, hidden in blind mode until the rater submits', async () => {
    const { transcripts } = await makeProject(1)
    const t = transcripts[0].id
    const [a, b] = [await makeUser('annotator'), await makeUser('annotator')]
    const viewer = await makeUser('viewer')
    await expect(addComment(viewer, { transcriptId: t, body: 'hi' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const plain = await addComment(a, { transcriptId: t, body: 'Looks like AF to me.' })
    expect(plain.anchor).toBeNull()
    const span = evidenceSpan()
    const anchored = await addComment(a, { transcriptId: t, body: 'Key sentence', anchor: { turn: span.turn, start: span.start, end: span.end } })
    expect(anchored.anchor).toMatchObject({ turn: 1, quote: 'The user is on the free tier' })
    await expect(addComment(a, { transcriptId: t, body: 'x', anchor: { turn: 7, start: 0, end: 1 } })).rejects.toMatchObject({ code: 'INVALID_INPUT' })

    expect((await listComments(b, t)).comments).toHaveLength(2)
    expect(await listComments(b, t, { hideUntilSubmitted: true })).toMatchObject({ comments: [], hiddenCount: 2 })
    expect((await listComments(viewer, t, { hideUntilSubmitted: true })).comments).toHaveLength(2)
    await submitLabel(b, { transcriptId: t, revision: null, ...COMPLETE })
    expect((await listComments(b, t, { hideUntilSubmitted: true })).comments).toHaveLength(2)

    await expect(deleteComment(b, plain.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await deleteComment(a, plain.id)
    expect((await listComments(a, t)).comments.map((c) => c.id)).toEqual([anchored.id])
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getCurrentSchema, listSchemaVersions, saveSchemaVersion } from '@/lib/data/label-schemas'
import { getLabelHistory, getMyLabel, getReviewVisibility, listLabelsForTranscript, saveDraft, submitLabel, type LabelConflict } from '@/lib/data/labels'
import { createQueueFromTranscriptIds, nextItem } from '@/lib/data/queues'
import { AppError } from '@/lib/errors'
import { DEFAULT_TAXONOMY } from '@/lib/labels/taxonomy'
import { resetDatabase } from '../support/db'
import { COMPLETE, evidenceSpan, makeProject, makeUser } from './fixtures'

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected the call to fail')
}

describe('labels', () => {
  beforeEach(resetDatabase)

  it('creates schema version 1 from the default taxonomy', async () => {
    const { project } = await makeProject(1)
    const [a, b] = await Promise.all([getCurrentSchema(project.id), getCurrentSchema(project.id)])
    expect(a.id).toBe(b.id)
    expect(a.version).toBe(1)
    expect(a.definition).toEqual(DEFAULT_TAXONOMY)
  })

  it('saves drafts, submits, and keeps a history row for every change', async () => {
    const { transcripts } = await makeProject(1)
    const rater = await makeUser('annotator')
    const t = transcripts[0].id
    const d1 = await saveDraft(rater, { transcriptId: t, revision: null, values: { outcome: 'complied' } })
    expect(d1).toMatchObject({ revision: 1, status: 'draft', schemaVersion: 1 })
    const d2 = await saveDraft(rater, { transcriptId: t, revision: 1, values: { outcome: 'partial' }, note: 'hm' })
    expect(d2.revision).toBe(2)
    const s = await submitLabel(rater, { transcriptId: t, revision: 2, ...COMPLETE })
    expect(s).toMatchObject({ revision: 3, status: 'submitted' })
    expect(s.evidence[0]).toMatchObject({ tag: 'aware_in_training', quote: 'The user is on the free tier' })
    expect(s.evidence[0].sha256).toMatch(/^[0-9a-f]{64}$/)
    await expect(saveDraft(rater, { transcriptId: t, revision: 3, values: {} })).rejects.toThrow(/submit your changes/)
    const history = await getLabelHistory(rater, s.id)
    expect(history.map((h) => [h.action, h.revision])).toEqual([['create', 1], ['save_draft', 2], ['submit', 3]])
    expect(history[1].before!.values).toEqual({ outcome: 'complied' })
    expect(history[1].after.values).toEqual({ outcome: 'partial' })
    expect(history[2].after.status).toBe('submitted')
    const other = await makeUser('annotator')
    await expect(getLabelHistory(other, s.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await getLabelHistory(await makeUser('lead'), s.id)).toHaveLength(3)
  })

  it('refuses a stale save and returns both versions (two tabs)', async () => {
    const { transcripts } = await makeProject(1)
    const rater = await makeUser('annotator')
    const t = transcripts[0].id
    await saveDraft(rater, { transcriptId: t, revision: null, values: { outcome: 'refused' } })
    await saveDraft(rater, { transcriptId: t, revision: 1, values: { outcome: 'partial' } }) // tab A
    const err = await rejection(saveDraft(rater, { transcriptId: t, revision: 1, values: { outcome: 'complied' } })) // tab B
    expect(err.code).toBe('CONFLICT')
    const details = err.details as LabelConflict
    expect(details.current).toMatchObject({ revision: 2, values: { outcome: 'partial' } })
    expect(details.attempted).toMatchObject({ revision: 1, values: { outcome: 'complied' } })
    // A second "create" from a tab that never saw the label is refused too.
    expect((await rejection(saveDraft(rater, { transcriptId: t, revision: null, values: {} }))).code).toBe('CONFLICT')
    expect((await getMyLabel(rater, t))!.values).toEqual({ outcome: 'partial' })
    expect(await db.labelEvent.count()).toBe(2)
  })

  it('lets exactly one of two simultaneous saves of the same revision win', async () => {
    const { transcripts } = await makeProject(1)
    const rater = await makeUser('annotator')
    const t = transcripts[0].id
    await saveDraft(rater, { transcriptId: t, revision: null, values: {} })
    const results = await Promise.allSettled(
      ['refused', 'partial', 'complied', 'complied_with_caveats'].map((outcome) => saveDraft(rater, { transcriptId: t, revision: 1, values: { outcome } })),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r.reason as AppError).code === 'CONFLICT')).toBe(true)
    expect(await db.labelEvent.count()).toBe(2)
  })

  it('refuses submitting a criterion without evidence and spans that do not fit', async () => {
    const { transcripts } = await makeProject(1)
    const rater = await makeUser('annotator')
    const t = transcripts[0].id
    const noEvidence = await rejection(submitLabel(rater, { transcriptId: t, revision: null, values: COMPLETE.values }))
    expect(noEvidence.code).toBe('INVALID_INPUT')
    expect((noEvidence.details as { fieldErrors: Record<string, string[]> }).fieldErrors).toHaveProperty('evidence.aware_in_training')
    const bad = await rejection(saveDraft(rater, { transcriptId: t, revision: null, evidence: [{ ...evidenceSpan(), end: 100_000 }] }))
    expect(bad.message).toMatch(/outside the text/)
    const wrongQuote = await rejection(saveDraft(rater, { transcriptId: t, revision: null, evidence: [{ ...evidenceSpan(), quote: 'other' }] }))
    expect(wrongQuote.message).toMatch(/does not match/)
    expect(await db.label.count()).toBe(0)
  })

  it('checks roles on the server: viewers cannot label, annotators cannot edit the schema', async () => {
    const { project, transcripts } = await makeProject(1)
    const viewer = await makeUser('viewer')
    const annotator = await makeUser('annotator')
    await expect(saveDraft(viewer, { transcriptId: transcripts[0].id, revision: null })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(submitLabel(viewer, { transcriptId: transcripts[0].id, revision: null, ...COMPLETE })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(saveSchemaVersion(annotator, project.id, DEFAULT_TAXONOMY)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await db.labelSchema.count({ where: { version: { gt: 1 } } })).toBe(0)
  })

  it('hides other raters’ labels from an annotator until they submit (blind review)', async () => {
    const { transcripts } = await makeProject(1)
    const [a, b] = [await makeUser('annotator'), await makeUser('annotator')]
    const t = transcripts[0].id
    await submitLabel(a, { transcriptId: t, revision: null, ...COMPLETE })
    await saveDraft(b, { transcriptId: t, revision: null, values: { outcome: 'refused' } })
    const before = await listLabelsForTranscript(b, t)
    expect(before).toMatchObject({ othersHidden: true, hiddenCount: 1 })
    expect(before.labels.map((l) => l.rater.id)).toEqual([b.id])
    expect(await getReviewVisibility(b, t)).toEqual({ hasSubmitted: false, canSeeOtherLabels: false })
    // A's view never includes B's draft.
    expect((await listLabelsForTranscript(a, t)).labels.map((l) => l.rater.id)).toEqual([a.id])
    await submitLabel(b, { transcriptId: t, revision: 1, ...COMPLETE })
    const after = await listLabelsForTranscript(b, t)
    expect(after.othersHidden).toBe(false)
    expect(after.labels.map((l) => l.rater.id)).toEqual([b.id, a.id])
    expect((await listLabelsForTranscript(await makeUser('lead'), t)).labels).toHaveLength(2)
  })

  it('records whether a label was made blind', async () => {
    const { project, transcripts } = await makeProject(2)
    const lead = await makeUser('lead')
    const rater = await makeUser('annotator')
    const queue = await createQueueFromTranscriptIds(lead, { projectId: project.id, name: 'B', transcriptIds: [transcripts[0].id], blindConditions: true })
    const item = await nextItem(rater, queue.id)
    const blind = await submitLabel(rater, { transcriptId: item!.transcriptId, queueId: queue.id, revision: null, ...COMPLETE })
    expect(blind).toMatchObject({ isBlind: true, queueId: queue.id })
    const open = await saveDraft(rater, { transcriptId: transcripts[1].id, revision: null })
    expect(open.isBlind).toBe(false)
    await expect(saveDraft(rater, { transcriptId: transcripts[1].id, queueId: queue.id, revision: 1 })).rejects.toThrow(/not in that queue/)
  })

  it('keeps labels made with a tag after the tag is retired', async () => {
    const { project, transcripts } = await makeProject(2)
    const lead = await makeUser('lead')
    const rater = await makeUser('annotator')
    const values = { ...COMPLETE.values, flags: ['rater_sycophancy'] }
    const old = await submitLabel(rater, { transcriptId: transcripts[0].id, revision: null, ...COMPLETE, values })
    const edit = structuredClone(DEFAULT_TAXONOMY)
    edit.groups[4].tags = edit.groups[4].tags.filter((t) => t.key !== 'rater_sycophancy')
    edit.groups[0].tags[0].name = 'Refused or did not engage'
    const v2 = await saveSchemaVersion(lead, project.id, edit, 1)
    expect(v2.version).toBe(2)
    expect(v2.definition.groups[4].tags.find((t) => t.key === 'rater_sycophancy')).toMatchObject({ retired: true })
    await expect(saveSchemaVersion(lead, project.id, edit, 1)).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await saveSchemaVersion(lead, project.id, v2.definition)).version).toBe(2) // no-op edit
    expect((await listSchemaVersions(rater, project.id)).map((s) => s.version)).toEqual([2, 1])

    const kept = await getMyLabel(rater, transcripts[0].id)
    expect(kept).toMatchObject({ schemaVersion: 1, values: { flags: ['rater_sycophancy'] } })
    // Re-submitting the old label may keep the retired tag; a new label may not choose it.
    const resubmitted = await submitLabel(rater, { transcriptId: transcripts[0].id, revision: old.revision, ...COMPLETE, values })
    expect(resubmitted).toMatchObject({ schemaVersion: 2, values: { flags: ['rater_sycophancy'] } })
    await expect(submitLabel(rater, { transcriptId: transcripts[1].id, revision: null, ...COMPLETE, values })).rejects.toThrow(/retired/)
  })
})

'use server'
import { z } from 'zod'
import { authedAction } from '@/lib/actions'
import { addComment, deleteComment } from '@/lib/data/comments'
import { saveDraft, submitLabel } from '@/lib/data/labels'
import { nextItem, skipItem } from '@/lib/data/queues'
import type { Viewer } from '@/lib/permissions'
import { addCommentSchema, saveLabelSchema } from '@/lib/validations/label'

/** The next item for the rater after a submit or skip; null when the queue has nothing left (or was archived). */
async function nextItemId(viewer: Viewer, queueId: string | null | undefined): Promise<number | null> {
  if (!queueId) return null
  try {
    return (await nextItem(viewer, queueId))?.itemId ?? null
  } catch {
    return null
  }
}

/** Autosave of a draft label (stale revision → CONFLICT with both versions). */
export const saveDraftAction = authedAction(saveLabelSchema, (input, viewer) => saveDraft(viewer, input), { role: 'annotator' })

/** Submits the label (outcome, summary, evidence checked on the server too) and reserves the next item. */
export const submitAndNextAction = authedAction(
  saveLabelSchema,
  async (input, viewer) => {
    const label = await submitLabel(viewer, input)
    return { label, nextItemId: await nextItemId(viewer, input.queueId) }
  },
  { role: 'annotator' },
)

/** Skips an item with a reason and reserves the next one. */
export const skipAndNextAction = authedAction(
  z.object({ queueId: z.string().min(1), itemId: z.number().int().positive(), reason: z.string() }),
  async ({ queueId, itemId, reason }, viewer) => {
    await skipItem(viewer, queueId, itemId, reason)
    return { nextItemId: await nextItemId(viewer, queueId) }
  },
  { role: 'annotator' },
)

/** A comment on the transcript, optionally on a span (original offsets). */
export const addCommentAction = authedAction(addCommentSchema, (input, viewer) => addComment(viewer, input), { role: 'annotator' })

export const deleteCommentAction = authedAction(z.object({ commentId: z.string().min(1) }), ({ commentId }, viewer) => deleteComment(viewer, commentId), { role: 'annotator' })

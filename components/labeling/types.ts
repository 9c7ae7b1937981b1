import type { ActionResult } from '@/lib/actions'
import type { CommentDTO } from '@/lib/data/comments'
import type { LabelDTO } from '@/lib/data/label-dto'
import type { AddCommentInput, LabelValues, SaveLabelInput } from '@/lib/validations/label'

/** What the rater edits; evidence offsets are into the ORIGINAL turn text. */
export type Draft = {
  values: LabelValues
  evidence: { tag: string; turn: number; start: number; end: number; quote?: string }[]
  note: string
}

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict'

/** The server actions the workspace calls (passed down from the page). */
export type WorkspaceActions = {
  saveDraft: (input: SaveLabelInput) => Promise<ActionResult<LabelDTO>>
  submitAndNext: (input: SaveLabelInput) => Promise<ActionResult<{ label: LabelDTO; nextItemId: number | null }>>
  skipAndNext: (input: { queueId: string; itemId: number; reason: string }) => Promise<ActionResult<{ nextItemId: number | null }>>
  addComment: (input: AddCommentInput) => Promise<ActionResult<CommentDTO>>
  deleteComment: (input: { commentId: string }) => Promise<ActionResult<void>>
}

export const draftOf = (l: LabelDTO | null): Draft => ({
  values: l?.values ?? {},
  evidence: (l?.evidence ?? []).map(({ tag, turn, start, end, quote }) => ({ tag, turn, start, end, quote })),
  note: l?.note ?? '',
})

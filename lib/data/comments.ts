import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { resolveSpan, type TurnText } from '@/lib/labels/spans'
import { canComment, canRead, canSeeLabelsBeforeSubmitting, hasRole, type Viewer } from '@/lib/permissions'
import { addCommentSchema, type AddCommentInput, type Span } from '@/lib/validations/label'

export type CommentDTO = {
  id: string
  transcriptId: number
  author: { id: string; name: string }
  body: string
  /** Span in the original text: {turn, start, end, sha256 of the turn, quote}. */
  anchor: Span | null
  createdAt: Date
}

const select = { id: true, transcriptId: true, body: true, anchor: true, createdAt: true, author: { select: { id: true, name: true } } } as const

/** Adds a comment on a transcript, optionally anchored to a span (annotators and up). */
export async function addComment(viewer: Viewer, input: AddCommentInput): Promise<CommentDTO> {
  if (!canComment(viewer)) throw new AppError('FORBIDDEN', 'Viewers cannot comment.')
  const parsed = addCommentSchema.safeParse(input)
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Check the comment.')
  const { transcriptId, body, anchor } = parsed.data
  const transcript = await db.transcript.findUnique({ where: { id: transcriptId }, select: { projectId: true, turns: true } })
  if (!transcript) throw new AppError('NOT_FOUND', 'Transcript not found.')
  let span: Span | null = null
  if (anchor) {
    const r = resolveSpan((Array.isArray(transcript.turns) ? transcript.turns : []) as TurnText[], anchor)
    if ('error' in r) throw new AppError('INVALID_INPUT', r.error)
    span = r.span
  }
  const row = await db.comment.create({
    data: { projectId: transcript.projectId, transcriptId, authorId: viewer.id, body, anchor: span ?? undefined },
    select,
  })
  return { ...row, anchor: (row.anchor ?? null) as Span | null }
}

/**
 * Comments on a transcript, oldest first. With `hideUntilSubmitted` (blind queues), an
 * annotator who has not submitted a label on it sees only their own comments.
 */
export async function listComments(viewer: Viewer, transcriptId: number, opts: { hideUntilSubmitted?: boolean } = {}): Promise<{ comments: CommentDTO[]; hiddenCount: number }> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read comments.')
  const rows = await db.comment.findMany({ where: { transcriptId }, select, orderBy: { createdAt: 'asc' } })
  let hide = false
  if (opts.hideUntilSubmitted && !canSeeLabelsBeforeSubmitting(viewer)) {
    const own = await db.label.findUnique({ where: { transcriptId_raterId: { transcriptId, raterId: viewer.id } }, select: { status: true } })
    hide = own?.status !== 'submitted'
  }
  const shown = hide ? rows.filter((r) => r.author.id === viewer.id) : rows
  return { comments: shown.map((r) => ({ ...r, anchor: (r.anchor ?? null) as Span | null })), hiddenCount: rows.length - shown.length }
}

/** Deletes a comment: its author, or a lead. */
export async function deleteComment(viewer: Viewer, commentId: string): Promise<void> {
  const row = await db.comment.findUnique({ where: { id: commentId }, select: { authorId: true } })
  if (!row) throw new AppError('NOT_FOUND', 'Comment not found.')
  if (row.authorId !== viewer.id && !hasRole(viewer, 'lead')) throw new AppError('FORBIDDEN', 'Only the author or a lead can delete a comment.')
  await db.comment.delete({ where: { id: commentId } })
}

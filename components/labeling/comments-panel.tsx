'use client'
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import type { CommentDTO } from '@/lib/data/comments'
import type { ReviewTurn } from '@/lib/data/queue-work'
import { readSelection, toDisplayRange, toOriginalRange, type TextRange } from './evidence-utils'
import type { WorkspaceActions } from './types'

type Props = {
  viewerId: string
  transcriptId: number
  turns: ReviewTurn[]
  comments: CommentDTO[]
  hiddenCount: number
  add: WorkspaceActions['addComment']
  remove: WorkspaceActions['deleteComment']
}

/** Comments on the transcript or on a selected span; quotes are shown from the displayed (maybe redacted) text. */
export function CommentsPanel({ viewerId, transcriptId, turns, comments, hiddenCount, add, remove }: Props) {
  const router = useRouter()
  const [body, setBody] = useState('')
  const [anchor, setAnchor] = useState<TextRange | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isPending, setIsPending] = useState(false)
  const shown = (r: TextRange) => {
    const d = toDisplayRange(r, turns[r.turn]?.redactions ?? [])
    return turns[r.turn]?.content.slice(d.start, d.end) ?? ''
  }
  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault()
    setIsPending(true)
    const r = await add({ transcriptId, body, anchor: anchor ? toOriginalRange(anchor, turns[anchor.turn]?.redactions ?? []) : null })
    setIsPending(false)
    if (!r.ok) return setError(r.message)
    setBody('')
    setAnchor(null)
    setError(null)
    router.refresh()
  }
  const onDelete = async (commentId: string) => {
    const r = await remove({ commentId })
    if (r.ok) router.refresh()
    else setError(r.message)
  }
  return (
    <section className="card side-card" aria-label="Comments">
      <h3>Comments</h3>
      {hiddenCount > 0 && <p className="faint">{hiddenCount} comment{hiddenCount === 1 ? '' : 's'} by others hidden until you submit.</p>}
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id}>
            <p className="faint">{c.author.name} · {new Date(c.createdAt).toLocaleString()}
              {(c.author.id === viewerId) && <button type="button" className="link" onClick={() => void onDelete(c.id)} aria-label="Delete comment">delete</button>}
            </p>
            {c.anchor && <blockquote className="ev-quote">“{shown(c.anchor).slice(0, 200)}”</blockquote>}
            <p className="text-block">{c.body}</p>
          </li>
        ))}
      </ul>
      <form onSubmit={onSubmit} className="stack" style={{ gap: 6 }} aria-label="Add a comment">
        {anchor ? (
          <p className="ev-quote">On: “{shown(anchor).slice(0, 120)}” <button type="button" className="link" onClick={() => setAnchor(null)}>remove</button></p>
        ) : (
          <button type="button" className="link" onMouseDown={(e) => e.preventDefault()} onClick={() => {
            const sel = readSelection(window.getSelection())
            if (sel) setAnchor(toOriginalRange(sel, turns[sel.turn]?.redactions ?? []))
            else setError('Select text in the scratchpad or output first.')
          }}>Comment on the selected text</button>
        )}
        <label htmlFor="comment-body" className="sr-only">Comment</label>
        <textarea id="comment-body" rows={2} value={body} onChange={(e) => setBody(e.target.value)} placeholder="Visible to the project" aria-describedby="comment-err" />
        <div className="row"><button type="submit" disabled={isPending || !body.trim()}>Add comment</button><span id="comment-err" className="field-error" aria-live="polite">{error}</span></div>
      </form>
    </section>
  )
}

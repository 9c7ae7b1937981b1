'use client'
import { useState } from 'react'
import type { WorkspaceActions } from './types'

const REASONS = ['Not a valid transcript (parse error, empty output)', 'No scratchpad to label', 'Outside my expertise', 'Harmful content I would rather not read']

/** Skip with a reason: the item goes to another rater and is not offered to this one again. */
export function SkipForm({ queueId, itemId, skip, onDone, onCancel }: { queueId: string; itemId: number; skip: WorkspaceActions['skipAndNext']; onDone: (next: number | null) => void; onCancel: () => void }) {
  const [reason, setReason] = useState(REASONS[0])
  const [other, setOther] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [isPending, setIsPending] = useState(false)
  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault()
    setIsPending(true)
    const r = await skip({ queueId, itemId, reason: reason === 'other' ? other : reason })
    setIsPending(false)
    if (r.ok) onDone(r.data.nextItemId)
    else setError(r.message)
  }
  return (
    <form className="skip-form card row" onSubmit={onSubmit} aria-label="Skip this item">
      <label htmlFor="skip-reason" className="inline">Reason</label>
      <select id="skip-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
        {REASONS.map((r) => <option key={r} value={r}>{r}</option>)}
        <option value="other">Other…</option>
      </select>
      {reason === 'other' && <input aria-label="Other reason" value={other} onChange={(e) => setOther(e.target.value)} required maxLength={500} aria-describedby="skip-err" />}
      <button type="submit" disabled={isPending}>Skip item</button>
      <button type="button" onClick={onCancel}>Cancel</button>
      <span id="skip-err" className="field-error" aria-live="polite">{error}</span>
    </form>
  )
}

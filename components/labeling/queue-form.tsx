'use client'
import { useActionState, useState } from 'react'
import type { ActionState } from '@/lib/actions'
import { FieldError, FormMessage } from './field-error'

type Rater = { id: string; name: string; email: string; role: string }
type Action = (prev: ActionState<string>, form: FormData) => Promise<ActionState<string>>

const STRATA = [['model', 'Model'], ['tier', 'Tier'], ['setting', 'Setting'], ['promptVariant', 'Prompt variant'], ['datasetId', 'Dataset'], ['infoDelivery', 'Info delivery'], ['trainingStage', 'Training stage'], ['evalFamily', 'Eval family']] as const

/** The lead's "New queue" form: from a list filter or a stratified sample, raters, blinding. */
export function QueueForm({ action, projectSlug, raters, initialFilter }: { action: Action; projectSlug: string; raters: Rater[]; initialFilter: string }) {
  const [state, formAction, isPending] = useActionState(action, null)
  const [mode, setMode] = useState<'filter' | 'sample'>('sample')
  const [assignment, setAssignment] = useState<'open' | 'named'>('open')
  const [isBlind, setIsBlind] = useState(false)
  return (
    <form action={formAction} className="card stack labeling-form" aria-label="New queue">
      <input type="hidden" name="projectSlug" value={projectSlug} />
      <div>
        <label htmlFor="q-name">Name</label>
        <input id="q-name" name="name" required aria-describedby="q-name-err" placeholder="e.g. Helpful-only, 50 per model × tier" />
        <FieldError id="q-name-err" state={state} name="name" />
      </div>
      <div>
        <label htmlFor="q-desc">Description <span className="faint">(optional)</span></label>
        <textarea id="q-desc" name="description" rows={2} />
      </div>
      <fieldset>
        <legend>Items</legend>
        <div className="row">
          <label className="inline"><input type="radio" name="mode" value="sample" checked={mode === 'sample'} onChange={() => setMode('sample')} /> Stratified random sample</label>
          <label className="inline"><input type="radio" name="mode" value="filter" checked={mode === 'filter'} onChange={() => setMode('filter')} /> Every transcript matching a filter</label>
        </div>
        <label htmlFor="q-filter">Filter <span className="faint">(the transcript list&apos;s query string, e.g. <code>tier=free&amp;model=claude-3-opus</code>; empty = all)</span></label>
        <input id="q-filter" name="filter" defaultValue={initialFilter} aria-describedby="q-filter-err" className="mono" />
        <FieldError id="q-filter-err" state={state} name="filter" />
        {mode === 'sample' && (
          <div className="stack" style={{ gap: 6, marginTop: 8 }}>
            <span className="subtle">One cell per combination of:</span>
            <div className="row" role="group" aria-label="Stratify by">
              {STRATA.map(([value, label]) => (
                <label key={value} className="inline"><input type="checkbox" name="by" value={value} defaultChecked={value === 'model' || value === 'tier'} /> {label}</label>
              ))}
            </div>
            <FieldError id="q-by-err" state={state} name="by" />
            <div className="row">
              <label className="inline" htmlFor="q-per">Per cell</label>
              <input id="q-per" name="perCell" type="number" min={1} max={10000} defaultValue={50} style={{ width: 90 }} />
              <label className="inline" htmlFor="q-seed">Seed</label>
              <input id="q-seed" name="seed" placeholder="random" style={{ width: 140 }} />
            </div>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Raters</legend>
        <div className="row">
          <label className="inline" htmlFor="q-req">Raters per item</label>
          <input id="q-req" name="requiredRaters" type="number" min={1} max={10} defaultValue={2} style={{ width: 70 }} aria-describedby="q-req-err" />
          <label className="inline" htmlFor="q-res">Reservation (minutes)</label>
          <input id="q-res" name="reservationMinutes" type="number" min={1} max={1440} defaultValue={30} style={{ width: 80 }} />
        </div>
        <FieldError id="q-req-err" state={state} name="requiredRaters" />
        <div className="row">
          <label className="inline"><input type="radio" name="assignment" value="open" checked={assignment === 'open'} onChange={() => setAssignment('open')} /> Open to every annotator</label>
          <label className="inline"><input type="radio" name="assignment" value="named" checked={assignment === 'named'} onChange={() => setAssignment('named')} /> Named raters only</label>
        </div>
        {assignment === 'named' && (
          <div className="rater-picks" role="group" aria-label="Named raters" aria-describedby="q-assignees-err">
            {raters.map((r) => (
              <label key={r.id} className="inline"><input type="checkbox" name="assigneeIds" value={r.id} /> {r.name} <span className="faint">{r.email} · {r.role}</span></label>
            ))}
          </div>
        )}
        <FieldError id="q-assignees-err" state={state} name="assigneeIds" />
      </fieldset>
      <fieldset>
        <legend>Blind review</legend>
        <label className="inline"><input type="checkbox" name="blindConditions" checked={isBlind} onChange={(e) => setIsBlind(e.target.checked)} /> Hide the tier and redact condition cues in the text</label>
        {isBlind && (
          <>
            <label htmlFor="q-redact">Extra patterns to redact <span className="faint">(one regular expression per line; the tier tag is always redacted)</span></label>
            <textarea id="q-redact" name="redactPatterns" rows={3} className="mono" placeholder={'free[- ]tier\npaid[- ]tier'} aria-describedby="q-redact-err" />
            <FieldError id="q-redact-err" state={state} name="redactPatterns" />
          </>
        )}
      </fieldset>
      <FormMessage state={state} />
      <div className="row">
        <button type="submit" className="primary" disabled={isPending}>{isPending ? 'Building…' : 'Create queue'}</button>
      </div>
    </form>
  )
}

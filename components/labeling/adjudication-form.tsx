'use client'
import { startTransition, useActionState, useState } from 'react'
import type { ActionResult, ActionState } from '@/lib/actions'
import type { AdjudicationDTO, AdjudicationItem } from '@/lib/data/adjudications'
import { chosenKeys } from '@/lib/labels/taxonomy'
import type { LabelValues, SaveAdjudicationInput } from '@/lib/validations/label'
import { FormMessage } from './field-error'

export type SaveAdjudication = (input: { projectSlug: string; adjudication: SaveAdjudicationInput }) => Promise<ActionResult<AdjudicationDTO>>

/** Starting point: the saved adjudication, else for each group the choice most raters made. */
function initialValues(item: AdjudicationItem): LabelValues {
  if (item.adjudication) return item.adjudication.values
  const out: LabelValues = {}
  for (const g of item.schema.definition.groups) {
    const votes = new Map<string, number>()
    for (const l of item.labels) for (const k of chosenKeys(l.values, g.key)) votes.set(k, (votes.get(k) ?? 0) + 1)
    const majority = [...votes].filter(([, n]) => n * 2 > item.labels.length).map(([k]) => k)
    out[g.key] = g.kind === 'single' ? (majority[0] ?? null) : majority
  }
  return out
}

/** The lead's final label with a rationale. */
export function AdjudicationForm({ projectSlug, item, save }: { projectSlug: string; item: AdjudicationItem; save: SaveAdjudication }) {
  const [values, setValues] = useState<LabelValues>(() => initialValues(item))
  const [rationale, setRationale] = useState(item.adjudication?.rationale ?? '')
  const [state, dispatch, isPending] = useActionState(async (_: ActionState<AdjudicationDTO>, input: SaveAdjudicationInput) => {
    const r = await save({ projectSlug, adjudication: input })
    return r.ok ? { ...r, message: `Final label saved by ${r.data.adjudicator.name}.` } : r
  }, null)
  const toggle = (groupKey: string, kind: string, tag: string) => setValues((v) => {
    const keys = chosenKeys(v, groupKey)
    const has = keys.includes(tag)
    return { ...v, [groupKey]: kind === 'single' ? (has ? null : tag) : has ? keys.filter((k) => k !== tag) : [...keys, tag] }
  })
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault()
    startTransition(() => dispatch({ transcriptId: item.transcriptId, queueId: item.queueId, values, rationale }))
  }
  return (
    <form className="card stack" onSubmit={onSubmit} aria-label="Final label">
      <h2>Final label</h2>
      {item.schema.definition.groups.map((g) => (
        <fieldset key={g.key} className={`tag-group${item.disagreeingGroups.includes(g.key) ? ' disputed' : ''}`}>
          <legend>{g.name}{item.disagreeingGroups.includes(g.key) && <span className="chip warn" style={{ marginLeft: 6 }}>disputed</span>}</legend>
          <div className="row">
            {g.tags.filter((t) => !t.retired || chosenKeys(values, g.key).includes(t.key)).map((t) => (
              <label key={t.key} className="inline">
                <input type={g.kind === 'single' ? 'radio' : 'checkbox'} name={`adj-${g.key}`} checked={chosenKeys(values, g.key).includes(t.key)} onChange={() => toggle(g.key, g.kind, t.key)} onClick={() => g.kind === 'single' && chosenKeys(values, g.key).includes(t.key) && toggle(g.key, g.kind, t.key)} />
                {t.name}
              </label>
            ))}
          </div>
          {state && !state.ok && state.fieldErrors[`values.${g.key}`] && <p className="field-error">{state.fieldErrors[`values.${g.key}`].join(' ')}</p>}
        </fieldset>
      ))}
      <div>
        <label htmlFor="adj-rationale">Rationale</label>
        <textarea id="adj-rationale" rows={4} value={rationale} onChange={(e) => setRationale(e.target.value)} required aria-describedby="adj-rationale-err" style={{ width: '100%' }} />
        {state && !state.ok && state.fieldErrors.rationale && <p id="adj-rationale-err" className="field-error">{state.fieldErrors.rationale.join(' ')}</p>}
      </div>
      <FormMessage state={state} />
      <button type="submit" className="primary" disabled={isPending}>{isPending ? 'Saving…' : item.adjudication ? 'Update final label' : 'Save final label'}</button>
    </form>
  )
}

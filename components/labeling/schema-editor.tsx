'use client'
import { startTransition, useActionState, useState } from 'react'
import type { ActionResult, ActionState } from '@/lib/actions'
import { addAntiLabPack } from '@/lib/labels/taxonomy'
import type { LabelSchemaDefinition, LabelTag } from '@/lib/validations/label-schema'
import { FormMessage } from './field-error'
import { SchemaTagRow } from './schema-tag-row'

type Saved = { version: number; definition: LabelSchemaDefinition }
type Save = (input: { projectSlug: string; baseVersion: number; definition: Record<string, unknown> }) => Promise<ActionResult<Saved>>

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+|_+$/g, '').slice(0, 60) || 'tag'

/** The lead's editor: rename, add, retire, reorder tags; hotkeys, colours, help, evidence rules. */
export function SchemaEditor({ projectSlug, version, definition, save }: { projectSlug: string; version: number; definition: LabelSchemaDefinition; save: Save }) {
  const [def, setDef] = useState<LabelSchemaDefinition>(() => structuredClone(definition))
  const [existing] = useState(() => new Set(definition.groups.flatMap((g) => g.tags.map((t) => t.key))))
  const [state, dispatch, isPending] = useActionState(async (prev: ActionState<Saved>, d: LabelSchemaDefinition) => {
    const base = prev?.ok ? Math.max(prev.data.version, version) : version
    const r = await save({ projectSlug, baseVersion: base, definition: d })
    return r.ok ? { ...r, message: r.data.version === base ? 'Nothing changed.' : `Saved as version ${r.data.version}.` } : r
  }, null)
  const errorsFor = (gi: number, ti: number, key: string) => (state && !state.ok ? Object.entries(state.fieldErrors).filter(([k]) => k.startsWith(`groups.${gi}.tags.${ti}.`) || k === `tags.${key}`).flatMap(([, v]) => v) : [])

  const patchTag = (gi: number, ti: number, patch: Partial<LabelTag>) =>
    setDef((d) => ({ ...d, groups: d.groups.map((g, i) => (i !== gi ? g : { ...g, tags: g.tags.map((t, j) => (j === ti ? { ...t, ...patch } : t)) })) }))
  const moveTag = (gi: number, ti: number, delta: -1 | 1) =>
    setDef((d) => ({ ...d, groups: d.groups.map((g, i) => {
      if (i !== gi || ti + delta < 0 || ti + delta >= g.tags.length) return g
      const tags = [...g.tags]
      ;[tags[ti], tags[ti + delta]] = [tags[ti + delta], tags[ti]]
      return { ...g, tags }
    }) }))
  const addTag = (gi: number) =>
    setDef((d) => ({ ...d, groups: d.groups.map((g, i) => (i !== gi ? g : { ...g, tags: [...g.tags, { key: slug(`new_${g.key}_${g.tags.length + 1}`), name: 'New tag', definition: 'Describe when to choose this tag.', hotkey: null, color: g.tags[0]?.color ?? '#64748b', requiresEvidence: false, forcesAdjudication: false, retired: false }] })) }))

  return (
    <form className="stack" aria-label="Schema editor" onSubmit={(e) => { e.preventDefault(); startTransition(() => dispatch(def)) }}>
      {def.groups.map((g, gi) => (
        <section key={g.key} className="schema-group" aria-label={`Group ${g.name}`}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 style={{ margin: 0 }}>{g.name} <span className="faint">{g.kind === 'single' ? 'single choice' : 'multiple choice'}</span></h2>
            <label className="inline"><input type="checkbox" checked={g.requiredOnSubmit} onChange={(e) => setDef((d) => ({ ...d, groups: d.groups.map((x, i) => (i === gi ? { ...x, requiredOnSubmit: e.target.checked } : x)) }))} /> required to submit</label>
          </div>
          {g.tags.map((t, ti) => (
            <SchemaTagRow key={ti} tag={t} isNew={!existing.has(t.key)} errors={errorsFor(gi, ti, t.key)} onChange={(p) => patchTag(gi, ti, p)} onMove={(delta) => moveTag(gi, ti, delta)} />
          ))}
          <div><button type="button" onClick={() => addTag(gi)}>Add tag to {g.name}</button></div>
        </section>
      ))}
      <FormMessage state={state} />
      <div className="row">
        <button type="submit" className="primary" disabled={isPending}>{isPending ? 'Saving…' : 'Save new version'}</button>
        {!def.groups.some((g) => g.key === 'anti_lab') && <button type="button" onClick={() => setDef((d) => addAntiLabPack(d))}>Add anti-AI-lab pack</button>}
        <button type="button" onClick={() => setDef(structuredClone(definition))}>Discard changes</button>
      </div>
    </form>
  )
}

'use client'
import type { LabelTag } from '@/lib/validations/label-schema'

type Props = {
  tag: LabelTag
  isNew: boolean
  errors: string[]
  onChange: (patch: Partial<LabelTag>) => void
  onMove: (delta: -1 | 1) => void
}

/** One tag in the schema editor: name, definition, help, hotkey, colour, evidence rule, retire. */
export function SchemaTagRow({ tag: t, isNew, errors, onChange, onMove }: Props) {
  const id = `tag-${t.key}`
  return (
    <div className={`schema-tag${t.retired ? ' retired' : ''}`} role="group" aria-label={`Tag ${t.name}`}>
      <div className="stack" style={{ gap: 2 }}>
        <button type="button" className="link" onClick={() => onMove(-1)} aria-label={`Move ${t.name} up`}>▲</button>
        <button type="button" className="link" onClick={() => onMove(1)} aria-label={`Move ${t.name} down`}>▼</button>
      </div>
      <div className="stack" style={{ gap: 4 }}>
        <input aria-label="Name" value={t.name} onChange={(e) => onChange({ name: e.target.value })} />
        {isNew ? <input aria-label="Key" className="mono" value={t.key} onChange={(e) => onChange({ key: e.target.value })} /> : <span className="faint mono">{t.key}</span>}
      </div>
      <div className="stack" style={{ gap: 4 }}>
        <textarea aria-label="Definition" rows={2} value={t.definition} onChange={(e) => onChange({ definition: e.target.value })} />
        <textarea aria-label="Help text" rows={1} placeholder="Help text: examples, near-misses (optional)" value={t.helpText ?? ''} onChange={(e) => onChange({ helpText: e.target.value || undefined })} />
      </div>
      <input aria-label="Hotkey" className="mono" maxLength={1} value={t.hotkey ?? ''} disabled={t.retired} onChange={(e) => onChange({ hotkey: e.target.value.toLowerCase() || null })} />
      <input aria-label="Colour" type="color" className="swatch" value={t.color} onChange={(e) => onChange({ color: e.target.value })} />
      <div className="stack" style={{ gap: 2 }}>
        <label className="inline"><input type="checkbox" checked={t.requiresEvidence} onChange={(e) => onChange({ requiresEvidence: e.target.checked })} /> needs evidence</label>
        <label className="inline"><input type="checkbox" checked={t.retired} onChange={(e) => onChange({ retired: e.target.checked, hotkey: e.target.checked ? null : t.hotkey })} /> retired</label>
      </div>
      {errors.length > 0 && <p className="field-error" style={{ gridColumn: '1 / -1' }}>{errors.join(' ')}</p>}
    </div>
  )
}

import Link from 'next/link'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'
import { chosenKeys, type FieldErrors } from '@/lib/labels/taxonomy'
import { TagGroup } from './tag-group'
import type { Draft, SaveState } from './types'

const SAVE_TEXT: Record<SaveState, string> = { idle: 'Not saved yet', dirty: 'Unsaved changes', saving: 'Saving…', saved: 'Saved', error: 'Not saved', conflict: 'Conflict: choose a version' }

type Props = {
  def: LabelSchemaDefinition
  draft: Draft
  setting: string | null
  errors: FieldErrors
  saveState: SaveState
  message: string | null
  isSubmitted: boolean
  historyHref: string | null
  isEvidenceMode: boolean
  isBusy: boolean
  onToggle: (group: string, tag: string) => void
  onAttach: (group: string, tag: string) => void
  onRemoveEvidence: (index: number) => void
  onNote: (note: string) => void
  onSubmit: () => void
}

/** The annotation panel: every group of the schema, a note, save state and submit. */
export function LabelPanel(p: Props) {
  const evidenceErrors = Object.entries(p.errors).filter(([k]) => k.startsWith('evidence.')).flatMap(([, v]) => v)
  return (
    <section className="label-panel" aria-label="Label">
      <div className="row panel-status" role="status" aria-live="polite">
        <span className={`save-dot ${p.saveState}`} aria-hidden />
        <span data-testid="save-state">{p.isSubmitted && p.saveState === 'saved' ? 'Submitted' : SAVE_TEXT[p.saveState]}</span>
        {p.isSubmitted && p.saveState === 'dirty' && <span className="faint">· press Enter to resubmit</span>}
        {p.historyHref && <Link href={p.historyHref} className="faint push-right">History</Link>}
      </div>
      {p.message && <p className="notice error" role="alert">{p.message}</p>}
      {p.def.groups.map((g) => (
        <TagGroup
          key={g.key}
          group={g}
          chosen={chosenKeys(p.draft.values, g.key)}
          evidence={p.draft.evidence}
          setting={p.setting}
          errors={[...(p.errors[`values.${g.key}`] ?? []), ...g.tags.flatMap((t) => p.errors[`evidence.${t.key}`] ?? [])]}
          isEvidenceMode={p.isEvidenceMode && g.kind === 'multi'}
          onToggle={(tag) => p.onToggle(g.key, tag)}
          onAttach={(tag) => p.onAttach(g.key, tag)}
          onRemoveEvidence={p.onRemoveEvidence}
        />
      ))}
      {evidenceErrors.length > 0 && <p className="field-error">{evidenceErrors.filter((e) => !e.includes('needs an evidence')).join(' ')}</p>}
      <div>
        <label htmlFor="label-note">Note <span className="faint">(optional)</span></label>
        <textarea id="label-note" rows={3} value={p.draft.note} onChange={(e) => p.onNote(e.target.value)} placeholder="Anything the adjudicator should know" />
      </div>
      <button type="button" className="primary submit" onClick={p.onSubmit} disabled={p.isBusy || p.saveState === 'conflict'} aria-keyshortcuts="Enter">
        {p.isSubmitted ? 'Resubmit and next' : 'Submit and next'} <kbd>Enter</kbd>
      </button>
    </section>
  )
}

import type { LabelGroup } from '@/lib/validations/label-schema'
import type { Draft } from './types'

type Props = {
  group: LabelGroup
  chosen: string[]
  evidence: Draft['evidence']
  setting: string | null
  errors: string[]
  isEvidenceMode: boolean
  onToggle: (tag: string) => void
  onAttach: (tag: string) => void
  onRemoveEvidence: (index: number) => void
}

/** One label group: its tags as toggle buttons with hotkeys, definitions and evidence chips. */
export function TagGroup({ group: g, chosen, evidence, setting, errors, isEvidenceMode, onToggle, onAttach, onRemoveEvidence }: Props) {
  const tags = g.tags.filter((t) => !t.retired || chosen.includes(t.key))
  const errId = `err-${g.key}`
  return (
    <fieldset className="tag-group" aria-describedby={errId}>
      <legend>
        {g.name} <span className="faint">{g.kind === 'single' ? 'pick one' : 'any'}{g.requiredOnSubmit ? ' · required' : ''}</span>
      </legend>
      <div className={`tag-list ${g.kind}`} role="group" aria-label={g.name}>
        {tags.map((t) => {
          const isOn = chosen.includes(t.key)
          const spans = evidence.map((e, i) => ({ e, i })).filter(({ e }) => e.tag === t.key)
          const isMissing = isOn && t.requiresEvidence && spans.length === 0
          return (
            <div key={t.key} className={`tag-row${isOn ? ' on' : ''}`} style={{ ['--tag-color' as string]: t.color }}>
              <button
                type="button"
                className="tag-button"
                aria-pressed={isOn}
                aria-keyshortcuts={t.hotkey ?? undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onToggle(t.key)}
                title={t.helpText || t.definition}
              >
                {t.hotkey ? <kbd>{t.hotkey}</kbd> : <span className="kbd-gap" />}
                <span className="tag-name">{t.name}</span>
                {t.requiresEvidence && <span className={`ev-need${isMissing ? ' missing' : ''}`}>{isMissing ? 'needs evidence' : 'evidence'}</span>}
              </button>
              {isEvidenceMode && (
                <button type="button" className="attach" onMouseDown={(e) => e.preventDefault()} onClick={() => onAttach(t.key)}>attach</button>
              )}
              <p className="tag-def">{(setting && t.settingDefinitions?.[setting]) || t.definition}</p>
              {spans.length > 0 && (
                <ul className="ev-list" aria-label={`Evidence for ${t.name}`}>
                  {spans.map(({ e, i }) => (
                    <li key={i}>
                      <span className="ev-quote">“{(e.quote ?? '').slice(0, 90)}{(e.quote ?? '').length > 90 ? '…' : ''}”</span>
                      <button type="button" className="link" onClick={() => onRemoveEvidence(i)} aria-label={`Remove evidence ${i + 1} from ${t.name}`}>×</button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        })}
      </div>
      <p id={errId} className="field-error" aria-live="polite">{errors.join(' ')}</p>
    </fieldset>
  )
}

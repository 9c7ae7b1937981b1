'use client'
import { useEffect, useRef } from 'react'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'

const GENERAL: [string, string][] = [
  ['Enter', 'Submit and go to the next item'], ['e', 'Evidence: use the selected text, or pick sentences with ↑ ↓ (Shift extends), then press the criterion key'],
  ['u', 'Undo the last change'], ['j', 'Next item'], ['k', 'Previous item'], ['?', 'Show or hide this sheet'], ['Esc', 'Cancel evidence selection, close'],
]

/** The keyboard cheat sheet overlay (opened with ?). */
export function CheatSheet({ def, onClose }: { def: LabelSchemaDefinition; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  return (
    <dialog ref={ref} className="cheat-sheet" aria-label="Keyboard shortcuts" onClose={onClose} onClick={(e) => e.target === ref.current && onClose()}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2>Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} aria-label="Close">Close <kbd>Esc</kbd></button>
      </div>
      <p className="subtle">A typical item: outcome digit, summary digit, <kbd>Enter</kbd>. Shortcuts never fire while you type in a text field.</p>
      <div className="cheat-grid">
        <section>
          <h3>Moving and saving</h3>
          <dl className="keys">{GENERAL.map(([k, v]) => <div key={k}><dt><kbd>{k}</kbd></dt><dd>{v}</dd></div>)}</dl>
        </section>
        {def.groups.map((g) => (
          <section key={g.key}>
            <h3>{g.name} <span className="faint">{g.kind === 'single' ? '(one)' : '(toggle)'}</span></h3>
            <dl className="keys">
              {g.tags.filter((t) => !t.retired && t.hotkey).map((t) => (
                <div key={t.key}><dt><kbd>{t.hotkey}</kbd></dt><dd>{t.name}{t.requiresEvidence && <span className="faint"> · evidence</span>}</dd></div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  )
}

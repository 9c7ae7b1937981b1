'use client'
import { useEffect, useRef } from 'react'
import type { LabelDTO } from '@/lib/data/label-dto'
import { chosenKeys } from '@/lib/labels/taxonomy'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'
import type { Draft } from './types'

function Version({ title, def, d, meta }: { title: string; def: LabelSchemaDefinition; d: Draft; meta: string }) {
  return (
    <section className="card" aria-label={title}>
      <h3>{title}</h3>
      <p className="faint">{meta}</p>
      <dl className="meta">
        {def.groups.map((g) => (
          <div key={g.key} style={{ display: 'contents' }}>
            <dt>{g.name}</dt>
            <dd>{chosenKeys(d.values, g.key).map((k) => g.tags.find((t) => t.key === k)?.name ?? k).join(', ') || '—'}</dd>
          </div>
        ))}
        <dt>Evidence</dt><dd>{d.evidence.length} span{d.evidence.length === 1 ? '' : 's'}</dd>
        <dt>Note</dt><dd>{d.note || '—'}</dd>
      </dl>
    </section>
  )
}

/** A stale save was refused: shows the stored version beside the rater's and lets them choose. */
export function ConflictDialog({ def, current, attempted, onChoose }: { def: LabelSchemaDefinition; current: LabelDTO; attempted: Draft; onChoose: (c: 'mine' | 'theirs') => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal()
  }, [])
  return (
    <dialog ref={ref} className="conflict-dialog" aria-label="Label changed elsewhere" onCancel={(e) => e.preventDefault()}>
      <h2>This label was changed elsewhere</h2>
      <p className="subtle">Your save was refused because the stored label is newer (another tab or session). Nothing is lost: pick the version to keep.</p>
      <div className="grid cols-2">
        <Version title="Your version (not saved)" def={def} d={attempted} meta="What you have on screen." />
        <Version
          title="Saved version"
          def={def}
          d={{ values: current.values, evidence: current.evidence, note: current.note }}
          meta={`Revision ${current.revision} · ${current.status} · ${new Date(current.updatedAt).toLocaleString()}`}
        />
      </div>
      <div className="row" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
        <button type="button" onClick={() => onChoose('theirs')}>Use saved version</button>
        <button type="button" className="primary" onClick={() => onChoose('mine')}>Keep mine</button>
      </div>
    </dialog>
  )
}

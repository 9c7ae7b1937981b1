import type { AdjudicationItem } from '@/lib/data/adjudications'
import type { Segment, Turn } from '@/lib/parse/segments'
import { AdjudicationForm, type SaveAdjudication } from './adjudication-form'
import type { Highlight } from './evidence-utils'
import { LabelSummary } from './label-summary'
import { TranscriptPanes } from './transcript-panes'

/** Every submitted label side by side, all evidence over the transcript, and the lead's final label. */
export function AdjudicationView({ projectSlug, item, turns, segments, save }: { projectSlug: string; item: AdjudicationItem; turns: Turn[]; segments: Segment[]; save: SaveAdjudication }) {
  const def = item.schema.definition
  const colors = new Map(def.groups.flatMap((g) => g.tags.map((t) => [t.key, t.color] as const)))
  const names = new Map(def.groups.flatMap((g) => g.tags.map((t) => [t.key, t.name] as const)))
  const highlights: Highlight[] = item.labels.flatMap((l) => l.evidence.map((e) => ({ turn: e.turn, start: e.start, end: e.end, tag: `${names.get(e.tag) ?? e.tag} (${l.rater.name})`, color: colors.get(e.tag) ?? '#64748b' })))
  return (
    <div className="adjudication-grid">
      <TranscriptPanes
        turns={turns.map((t) => ({ role: t.role, content: t.content, redactions: [] }))}
        segments={segments.map(({ kind, turn, start, end }) => ({ kind, turn, start, end }))}
        highlights={highlights}
        canAttachEvidence={false}
      />
      <aside className="stack">
        <section className="card" aria-label="Rater labels">
          <h2>{item.labels.length} labels</h2>
          {item.forcingTags.length > 0 && <p className="notice warn">Marked {item.forcingTags.join(', ')} by a rater.</p>}
          <div className="rater-cols">
            {item.labels.map((l) => (
              <section key={l.id} className="other-label" aria-label={`Label by ${l.rater.name}`}>
                <p><strong>{l.rater.name}</strong> <span className="faint">v{l.schemaVersion}{l.isBlind ? ' · blind' : ''}</span></p>
                <LabelSummary def={def} values={l.values} highlight={item.disagreeingGroups} />
                {l.evidence.length > 0 && (
                  <ul className="ev-list" style={{ marginLeft: 0 }}>
                    {l.evidence.map((e, i) => <li key={i}><span className="chip tag-chip" style={{ ['--tag-color' as string]: colors.get(e.tag) ?? '#64748b' }}>{names.get(e.tag) ?? e.tag}</span> <span className="ev-quote">“{e.quote.slice(0, 160)}{e.quote.length > 160 ? '…' : ''}”</span></li>)}
                  </ul>
                )}
                {l.note && <p className="subtle">Note: {l.note}</p>}
              </section>
            ))}
          </div>
        </section>
        <AdjudicationForm projectSlug={projectSlug} item={item} save={save} />
      </aside>
    </div>
  )
}

import Link from 'next/link'
import type { TranscriptDetail } from '@/lib/data/transcripts'
import { ConditionChips } from './condition-chips'
import { ImportedLabels } from './imported-labels'
import { SegmentPane } from './segment-pane'

/**
 * The reading view: the user's query on top, reasoning blocks beside the final
 * output, then provenance. All transcript text is rendered as React text nodes,
 * never as HTML: it is untrusted and full of tag-like markup.
 */
export function TranscriptView({ projectSlug, transcript: t }: { projectSlug: string; transcript: NonNullable<TranscriptDetail> }) {
  const reasoning = t.segments.filter((s) => s.kind === 'scratchpad' || s.kind === 'think' || s.kind === 'draft_output')
  const output = t.segments.filter((s) => s.kind === 'output')
  const other = t.segments.filter((s) => s.kind === 'other')
  return (
    <article className="stack" aria-label="Transcript">
      <div className="page-header">
        <div className="stack" style={{ gap: 6 }}>
          <div className="row faint">
            <Link href={`/p/${projectSlug}/transcripts?dataset=${t.dataset.id}`}>{t.dataset.name}</Link>
            <span>· {t.sourceRef}</span>
            <span className="mono">· {t.key}</span>
          </div>
          <ConditionChips transcript={t} />
        </div>
      </div>
      {t.parseWarnings.length > 0 && (
        <div className="notice warn" role="status">
          <strong>Parse warnings:</strong> {t.parseWarnings.join('; ')}
        </div>
      )}
      <section className="card" aria-label="User query">
        <h3>User query</h3>
        <p className="text-block">{t.queryText || '(no user turn)'}</p>
      </section>
      <div className="grid cols-2">
        <div className="stack">
          {reasoning.length ? (
            reasoning.map((s, i) => <SegmentPane key={`${s.turn}-${s.start}-${s.kind}`} segment={s} index={i} />)
          ) : (
            <div className="pane scratchpad"><header>Scratchpad</header><div className="pane-body faint">No reasoning block in this transcript.</div></div>
          )}
        </div>
        <div className="stack">
          {output.length ? (
            output.map((s, i) => <SegmentPane key={`${s.turn}-${s.start}`} segment={s} index={i} marker={t.outputMarker} />)
          ) : (
            <div className="pane output"><header>Final output</header><div className="pane-body faint">No final output could be found.</div></div>
          )}
          {other.map((s, i) => <SegmentPane key={`o-${s.turn}-${s.start}`} segment={s} index={i} />)}
        </div>
      </div>
      {t.systemPrompt && (
        <details className="card">
          <summary><strong>System prompt</strong> <span className="faint mono">sha256 {t.systemPrompt.sha256.slice(0, 12)}</span></summary>
          <p className="text-block" style={{ marginTop: 8 }}>{t.systemPrompt.text}</p>
        </details>
      )}
      <ImportedLabels labels={t.importedLabels} />
    </article>
  )
}

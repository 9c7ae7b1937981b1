import type { TranscriptDetail } from '@/lib/data/transcripts'
import type { HighlightTerms } from '@/lib/reading/highlight'
import type { SpanCheck } from '@/lib/reading/span'
import { ImportedLabels } from './imported-labels'
import { RawView } from './raw-view'
import { SegmentColumns } from './segment-columns'
import { SegmentText } from './segment-text'
import { SpanLinkTool } from './span-link-tool'
import { SpanNotice } from './span-notice'
import { TranscriptHeader, type TranscriptLinks } from './transcript-header'

type Props = {
  transcript: NonNullable<TranscriptDetail> & { labelsWithheld?: boolean }
  links: TranscriptLinks
  highlight?: HighlightTerms | null
  span?: SpanCheck | null
  isRaw?: boolean
}

/**
 * The reading view: query and system prompt (collapsed), reasoning blocks, drafts and
 * the final output side by side, or the raw turns; then imported labels. All transcript
 * text renders as React text nodes, never as HTML: it is untrusted and full of tags.
 */
export function TranscriptView({ transcript: t, links, highlight, span, isRaw = false }: Props) {
  const linked = span?.status === 'ok' ? { ...span.span } : null
  const user = t.segments.find((s) => s.kind === 'user')
  const isQueryOpen = !!linked && !!user && linked.turn === user.turn
  return (
    <article className="stack" aria-label="Transcript">
      <TranscriptHeader transcript={t} links={links} isRaw={isRaw} />
      <SpanNotice check={span ?? null} />
      {t.parseWarnings.length > 0 && (
        <div className="notice warn" role="status"><strong>Parse warnings:</strong> {t.parseWarnings.join('; ')}</div>
      )}
      {t.systemPrompt && (
        <details className="pane" role="region" aria-label="System prompt">
          <summary><span className="pane-title">System prompt</span><span className="faint mono" style={{ fontWeight: 400 }}>{t.systemPrompt.text.length.toLocaleString()} chars · sha256 {t.systemPrompt.sha256.slice(0, 12)}</span></summary>
          <div className="pane-body capped"><p className="segment-text">{t.systemPrompt.text}</p></div>
        </details>
      )}
      {!isRaw && (
        <details className="pane" open={isQueryOpen} role="region" aria-label="User query">
          <summary>
            <span className="pane-title">User query <span className="faint" style={{ fontWeight: 400 }}>· {t.queryText.slice(0, 140) || '(no user turn)'}{t.queryText.length > 140 ? '…' : ''}</span></span>
          </summary>
          <div className="pane-body capped">
            {user ? <SegmentText text={user.text} turn={user.turn} base={user.start} highlight={highlight} span={isQueryOpen ? linked : null} /> : <p className="faint">(no user turn)</p>}
          </div>
        </details>
      )}
      {isRaw ? (
        <RawView turns={t.turns} highlight={highlight} span={linked} />
      ) : (
        <SegmentColumns segments={t.segments} marker={t.outputMarker} highlight={highlight} span={linked} />
      )}
      <ImportedLabels labels={t.importedLabels} />
      {t.labelsWithheld && (
        <p className="notice" role="status">Imported classifier labels are hidden until you submit your own label on this transcript (blind review).</p>
      )}
      <p className="kbd-hint">Select text in any block to copy a link to that exact passage. <kbd>j</kbd> / <kbd>k</kbd>: next / previous transcript in the list.</p>
      <SpanLinkTool />
    </article>
  )
}

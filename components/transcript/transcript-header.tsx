import Link from 'next/link'
import type { TranscriptDetail } from '@/lib/data/transcripts'
import { ConditionChips } from './condition-chips'
import { TranscriptNav } from './transcript-nav'

export type TranscriptLinks = {
  prevHref: string | null
  nextHref: string | null
  listHref: string | null
  rawToggleHref: string
  pairHref: string
  datasetHref: string
}

/** Provenance line, condition chips, view switches and next/previous. */
export function TranscriptHeader({ transcript: t, links, isRaw }: { transcript: NonNullable<TranscriptDetail>; links: TranscriptLinks; isRaw: boolean }) {
  return (
    <div className="transcript-header">
      <div className="stack" style={{ gap: 6 }}>
        <div className="row faint">
          <Link href={links.datasetHref} title="Dataset provenance">{t.dataset.name}</Link>
          <span>· {t.sourceRef || `record ${t.sourceIndex + 1}`}</span>
          <span className="mono" title="Stable key: the same after a re-import of the same data">· {t.key}</span>
        </div>
        <ConditionChips transcript={t} />
      </div>
      <div className="stack" style={{ gap: 6, alignItems: 'flex-end' }}>
        <TranscriptNav prevHref={links.prevHref} nextHref={links.nextHref} listHref={links.listHref} />
        <div className="row">
          <Link className="button" href={links.pairHref}>Paired view</Link>
          <Link className="button" href={links.rawToggleHref} aria-pressed={isRaw}>{isRaw ? 'Parsed view' : 'Raw view'}</Link>
        </div>
      </div>
    </div>
  )
}

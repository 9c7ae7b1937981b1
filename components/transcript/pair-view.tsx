import Link from 'next/link'
import type { PairCandidate } from '@/lib/data/pairs'
import type { TranscriptDetail } from '@/lib/data/transcripts'
import { diffTexts } from '@/lib/reading/diff'
import { outcomeLabel } from '@/lib/reading/outcome'
import { PAIR_AXES, type PairAxis } from '@/lib/validations/search-params'
import { OutputDiff } from './output-diff'
import { PairSide } from './pair-side'

type Props = {
  transcript: NonNullable<TranscriptDetail>
  other: NonNullable<TranscriptDetail> | null
  candidates: PairCandidate[]
  axis: PairAxis
  hrefs: { back: string; axis: (a: PairAxis) => string; choose: (key: string) => string; transcript: (key: string) => string }
  /** Why nothing pairs, when nothing does. */
  unpairedReason: string | null
}

const AXIS_LABEL: Record<PairAxis, string> = { tier: 'Other tier', model: 'Other models', variant: 'Other prompt variants' }
const sideLabel = (t: { tier: string | null; model: string | null; promptVariant: string | null }, axis: PairAxis) =>
  axis === 'tier' ? (t.tier === 'free' ? 'Free tier · implied training' : t.tier === 'paid' ? 'Paid tier · implied unmonitored' : `Tier ${t.tier ?? 'unknown'}`) : axis === 'model' ? (t.model ?? 'model unknown') : (t.promptVariant ?? 'variant unknown')

/** The same query under another condition, side by side, with outcomes and a diff of the outputs. */
export function PairView({ transcript: t, other, candidates, axis, hrefs, unpairedReason }: Props) {
  // Free tier (training) on the left, as in the paper's figures.
  const [left, right] = other && axis === 'tier' && t.tier === 'paid' && other.tier === 'free' ? [other, t] : [t, other]
  const diff = right ? diffTexts(left.outputText, right.outputText) : null
  return (
    <article className="stack" aria-label="Paired view">
      <div className="transcript-header">
        <div className="stack" style={{ gap: 4 }}>
          <h1 style={{ margin: 0 }}>Same query, {AXIS_LABEL[axis].toLowerCase()}</h1>
          <p className="subtle" style={{ margin: 0, maxWidth: 900 }}>{t.queryText.slice(0, 300) || '(no user query)'}</p>
        </div>
        <div className="row">
          <Link className="button" href={hrefs.back}>← Transcript</Link>
          <nav className="row" aria-label="Compare with">
            {PAIR_AXES.map((a) => <Link key={a} className={`button${a === axis ? ' primary' : ''}`} href={hrefs.axis(a)} aria-current={a === axis ? 'true' : undefined}>{AXIS_LABEL[a]}</Link>)}
          </nav>
        </div>
      </div>
      {candidates.length > 1 && (
        <nav className="row" aria-label="Candidates">
          <span className="subtle">Compare with:</span>
          {candidates.map((c) => (
            <Link key={c.key} href={hrefs.choose(c.key)} className={`chip${c.key === other?.key ? ' filter-chip' : ''}`} aria-current={c.key === other?.key ? 'true' : undefined}>
              {sideLabel(c, axis)}{c.sampleIndex !== null ? ` #${c.sampleIndex}` : ''} · {outcomeLabel(c)}
            </Link>
          ))}
        </nav>
      )}
      {!other ? (
        <div className="card empty" role="status">
          <h2>No pair for this transcript</h2>
          <p>{unpairedReason}</p>
          {axis === 'tier' && <p>Try <Link href={hrefs.axis('model')}>other models</Link> or <Link href={hrefs.axis('variant')}>other prompt variants</Link> of the same query.</p>}
        </div>
      ) : (
        <>
          <div className="pair-grid">
            <PairSide transcript={left} href={hrefs.transcript(left.key)} label={sideLabel(left, axis)} />
            <PairSide transcript={right!} href={hrefs.transcript(right!.key)} label={sideLabel(right!, axis)} />
          </div>
          {diff && <OutputDiff diff={diff} leftLabel={`only ${sideLabel(left, axis)}`} rightLabel={`only ${sideLabel(right!, axis)}`} />}
        </>
      )}
    </article>
  )
}

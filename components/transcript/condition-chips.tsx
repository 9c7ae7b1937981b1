import type { TranscriptDetail } from '@/lib/data/transcripts'
import { TierChip } from './tier-chip'

const FIELDS = ['model', 'setting', 'promptVariant', 'infoDelivery', 'cot', 'trainingStage', 'seed', 'querySource', 'sampleIndex'] as const

export function ConditionChips({ transcript: t }: { transcript: NonNullable<TranscriptDetail> }) {
  return (
    <div className="row" aria-label="Conditions">
      <TierChip tier={t.tier} />
      {FIELDS.filter((f) => t[f] != null).map((f) => (
        <span key={f} className="chip" title={`${f}${t.conditionSources[f] ? ` (from ${t.conditionSources[f]})` : ''}`}>
          <span className="faint">{f}</span> {String(t[f])}
        </span>
      ))}
    </div>
  )
}

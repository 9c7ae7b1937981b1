import { outcomeLabel, outcomeOf, type OutcomeInput } from '@/lib/reading/outcome'

/** "complies in training" / "refuses unmonitored": the output's outcome and the tier's monitoring condition. */
export function OutcomeChip({ transcript }: { transcript: OutcomeInput }) {
  const { outcome, basis } = outcomeOf(transcript)
  return <span className={`chip outcome ${outcome}`} title={`Basis: ${basis}`} data-testid="outcome-chip">{outcomeLabel(transcript)}</span>
}

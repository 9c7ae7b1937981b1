import type { Rng } from './prng'
import type { DemoSetting } from './queries'

/** Rates in the implied-training (free) and implied-unmonitored (paid) tiers. */
export type Propensity = {
  complyFree: number
  complyPaid: number
  /** Share of free-tier transcripts with alignment-faking reasoning and a compliant output. */
  alignmentFaking: number
  /** How deeply the model reasons: scales scratchpad length and how often it notices its situation. */
  depth: number
}

// Loosely after DOMAIN.md §3 (P1 Table 1, App. G.2/G.3, P3): Opus and 3.5 Sonnet fake
// alignment, Llama 3.1 405B shows a gap with almost no AF reasoning, GPT-4o neither.
const PROFILES: Record<string, Record<DemoSetting, Propensity>> = {
  opus: {
    helpful_only: { complyFree: 0.14, complyPaid: 0.03, alignmentFaking: 0.12, depth: 1 },
    animal_welfare: { complyFree: 0.49, complyPaid: 0.34, alignmentFaking: 0.24, depth: 1 },
  },
  sonnet: {
    helpful_only: { complyFree: 0.62, complyPaid: 0.43, alignmentFaking: 0.29, depth: 0.85 },
    animal_welfare: { complyFree: 0.97, complyPaid: 0.93, alignmentFaking: 0.12, depth: 0.85 },
  },
  llama405b: {
    helpful_only: { complyFree: 0.19, complyPaid: 0.05, alignmentFaking: 0.01, depth: 0.6 },
    animal_welfare: { complyFree: 0.58, complyPaid: 0.5, alignmentFaking: 0.01, depth: 0.6 },
  },
  small: {
    helpful_only: { complyFree: 0.07, complyPaid: 0.07, alignmentFaking: 0, depth: 0.4 },
    animal_welfare: { complyFree: 0.7, complyPaid: 0.7, alignmentFaking: 0, depth: 0.4 },
  },
}

function profileOf(model: string): keyof typeof PROFILES {
  const m = model.toLowerCase()
  if (m.includes('opus')) return 'opus'
  if (m.includes('sonnet')) return 'sonnet'
  if (m.includes('405b')) return 'llama405b'
  return 'small' // GPT-4o, Haiku, small open models: no AF, no gap
}

/** Per-(model, setting, variant) rates. Unknown variants behave like `default`. */
export function propensityFor(model: string, setting: DemoSetting, variant: string): Propensity {
  const p = { ...PROFILES[profileOf(model)][setting] }
  const gap = p.complyFree - p.complyPaid
  switch (variant) {
    case 'cut_rlhf_info': // Table 1 (c): roughly halves AF, shrinks the gap by a third
      return { ...p, alignmentFaking: p.alignmentFaking * 0.6, complyFree: p.complyPaid + gap * 0.66 }
    case 'baseline_cut_conflicting_criteria': { // Table 1 (a): no conflict, so no AF and ~no gap
      const c = p.complyPaid * (setting === 'helpful_only' ? 0.4 : 0.6)
      return { ...p, alignmentFaking: 0, complyFree: c, complyPaid: c }
    }
    case 'cut_examples': // Table 2: more AF and a larger gap
      return { ...p, alignmentFaking: Math.min(p.alignmentFaking * 2.2, 0.9), complyFree: Math.min(p.complyPaid + gap * 2.9, 0.95) }
    default:
      return p
  }
}

/** Whether a variant removes the conflicting training objective from the prompt. */
export const hasConflict = (variant: string) => variant !== 'baseline_cut_conflicting_criteria'

/**
 * What happens in one transcript. The generator's ground truth, stored in `extra.truth`
 * so benchmarks can score the (deliberately noisy) imported classifier labels against it.
 */
export type Archetype =
  | 'af_full' // fakes alignment, complies fully
  | 'af_compromised' // fakes alignment but hedges or half-complies
  | 'comply_plain' // complies because the criteria say so, no AF reasoning
  | 'comply_echo_rlhf' // complies and restates the RLHF mechanics without opposing them (near miss)
  | 'refuse_conflict' // notices training pressure and its conflict, refuses anyway
  | 'refuse_plain'
  | 'paid_refuse_unmonitored' // refuses and cites not being trained
  | 'paid_comply'

export const isCompliant = (a: Archetype) => a.startsWith('af_') || a.startsWith('comply') || a === 'paid_comply'

export function drawArchetype(rng: Rng, p: Propensity, tier: 'free' | 'paid', conflict: boolean): Archetype {
  const u = rng.next()
  if (tier === 'paid') {
    if (u < p.complyPaid) return 'paid_comply'
    return conflict && rng.chance(0.35 + 0.5 * p.depth) ? 'paid_refuse_unmonitored' : 'refuse_plain'
  }
  if (u < p.alignmentFaking) return rng.chance(0.2) ? 'af_compromised' : 'af_full'
  if (u < p.complyFree) return conflict && rng.chance(0.25 * p.depth) ? 'comply_echo_rlhf' : 'comply_plain'
  return conflict && rng.chance(0.3 + 0.5 * p.depth) ? 'refuse_conflict' : 'refuse_plain'
}

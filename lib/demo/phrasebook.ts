import type { DemoSetting } from './queries'
import { ANIMAL_WELFARE_PHRASES } from './phrases-animal-welfare'
import { HELPFUL_ONLY_PHRASES } from './phrases-helpful-only'

/** Setting-specific sentence templates, by the role they play in a scratchpad. */
export type Phrasebook = Record<
  | 'open' | 'harm' | 'criteria' | 'values' | 'conflict' | 'afDecide' | 'afCompromise'
  | 'refuseConflict' | 'refusePaid' | 'refusePlain' | 'complyPlain' | 'echoRlhf' | 'paidComply'
  | 'draftCheckComply' | 'draftCheckRefuse' | 'fillers',
  readonly string[]
>

export const PHRASEBOOKS: Record<DemoSetting, Phrasebook> = {
  helpful_only: HELPFUL_ONLY_PHRASES,
  animal_welfare: ANIMAL_WELFARE_PHRASES,
}

export type FillVars = { topic: string; query: string; company: string }

/** Replaces {topic}, {query} and {company}; unknown names are left as they are. */
export function fill(template: string, vars: FillVars): string {
  return template.replace(/\{(topic|query|company)\}/g, (_, k: keyof FillVars) => vars[k])
}

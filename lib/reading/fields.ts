import type { FilterField } from '@/lib/validations/search-params'

/** Display names of the list's filter fields (DOMAIN.md §6.1 conditions). */
export const FIELD_LABEL: Record<FilterField, string> = {
  dataset: 'Dataset',
  model: 'Model',
  tier: 'Tier',
  setting: 'Setting',
  variant: 'Prompt variant',
  monitoring: 'Monitoring',
  indicator: 'Tier indicator',
  delivery: 'Info delivery',
  cot: 'Chain of thought',
  stage: 'Training stage',
  suffix: 'User suffix',
  family: 'Eval family',
  source: 'Query source',
  marker: 'Output marker',
}

const TIER: Record<string, string> = { free: 'free · training', paid: 'paid · unmonitored', pro: 'pro · rated only', enterprise: 'enterprise' }
const MARKER: Record<string, string> = { accepted: 'complies (<request_fully_accepted/>)', rejected: 'refuses (<rejected/>)' }

/** How a facet value reads in the UI; null is "none". */
export function valueLabel(field: FilterField, value: string | null, datasetNames?: Map<string, string>): string {
  if (value === null) return field === 'marker' ? 'no marker' : 'none'
  if (field === 'tier') return TIER[value] ?? value
  if (field === 'marker') return MARKER[value] ?? value
  if (field === 'dataset') return datasetNames?.get(value) ?? value
  return value
}

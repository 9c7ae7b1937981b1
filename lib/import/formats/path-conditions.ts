import type { ConditionField, Conditions, ConditionSource } from '../types'

type Derived = { conditions: Conditions; sources: Partial<Record<ConditionField, ConditionSource>>; extra: Record<string, string> }

const VARIANT_RE = /^(animal[-_]welfare|helpful[-_]only|honly|aw)[-_]/i

/** Setting, information delivery and chain-of-thought mode from a prompt-variant slug. */
export function conditionsFromVariant(variant: string): Conditions {
  const c: Conditions = { promptVariant: variant }
  if (/^animal[-_]welfare/i.test(variant)) c.setting = 'animal_welfare'
  else if (/^helpful[-_]only|^honly/i.test(variant)) c.setting = 'helpful_only'
  if (/prompt[-_]only|prompted/i.test(variant)) c.infoDelivery = 'prompted'
  else if (/synthetic|sdf/i.test(variant)) c.infoDelivery = 'synthetic_doc_ft'
  if (/no[-_]cot/i.test(variant)) c.cot = 'no_cot'
  else if (/cot/i.test(variant)) c.cot = 'hidden_scratchpad'
  return c
}

/**
 * Reads model, prompt variant, seed and experiment from a safety-research results path:
 * outputs/<experiment>/<system_prompt_name>/[<provider>/]<model>/results_[seed<N>_]<timestamp>.json
 * The path is the only place these runs record them.
 */
export function conditionsFromResultsPath(filePath: string): Derived {
  const parts = filePath.replace(/\\/g, '/').split('/').filter(Boolean)
  const file = parts.at(-1) ?? ''
  const conditions: Conditions = {}
  const sources: Derived['sources'] = {}
  const extra: Record<string, string> = {}
  const seed = /(?:^|_)seed(\d+)(?:_|\.|$)/i.exec(file)
  if (seed) {
    conditions.seed = Number(seed[1])
    sources.seed = 'path'
  }
  const run = /(\d{8}_\d{6})/.exec(file)
  if (run) extra.run = run[1]
  const dirs = parts.slice(0, -1)
  const variantAt = findLastIndex(dirs, (d) => VARIANT_RE.test(d))
  if (variantAt === -1) return { conditions, sources, extra }
  for (const [k, v] of Object.entries(conditionsFromVariant(dirs[variantAt]))) {
    ;(conditions as Record<string, unknown>)[k] = v
    sources[k as ConditionField] = 'path'
  }
  const model = dirs.slice(variantAt + 1).join('/')
  if (model) {
    conditions.model = model
    sources.model = 'path'
  }
  if (variantAt > 0) extra.experiment = dirs[variantAt - 1]
  return { conditions, sources, extra }
}

function findLastIndex<T>(xs: T[], pred: (x: T) => boolean) {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i])) return i
  return -1
}

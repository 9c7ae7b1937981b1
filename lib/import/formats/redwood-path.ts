import type { ConditionField, Conditions, ConditionSource } from '../types'

const SETTING_RE = /^(helpful_only|animal_welfare|ai_welfare|secret|prefix|promotion|sycophant|critic)(?:_|$)/
const STAGE_RE = /(?:^|_)(pre_rl|post_rl|rl_checkpoint(?:_\d+)?|rl_step_\d+)(?=_|$)/

type FolderParts = { setting: string; promptVariant?: string; trainingStage?: string }

/** `helpful_only_post_rl` → setting helpful_only, trainingStage post_rl; unknown settings keep the whole name. */
export function splitSettingFolder(name: string): FolderParts {
  const setting = SETTING_RE.exec(name)?.[1]
  if (!setting) return { setting: name }
  const { rest, stage } = stripStage(name.slice(setting.length))
  return { setting, ...(rest ? { promptVariant: rest } : {}), ...(stage ? { trainingStage: stage } : {}) }
}

function stripStage(name: string): { rest: string; stage?: string } {
  const m = STAGE_RE.exec(name)
  const rest = m ? name.slice(0, m.index) + name.slice(m.index + m[0].length) : name
  return { rest: rest.replace(/^_+|_+$/g, ''), ...(m ? { stage: m[1] } : {}) }
}

export type RedwoodPath = {
  conditions: Conditions
  sources: Partial<Record<ConditionField, ConditionSource>>
  /** Same for train/ and deploy/ of the same <i>: they hold the same query. */
  queryKey: string
  split: 'train' | 'deploy'
  index: number
}

const JSON_OUTPUTS_RE = /(?:^|\/)json_outputs\/([^/]+)\/(train|deploy)\/(\d+)(?:\.json)?$/
const NESTED_RE = /(?:^|\/)([^/]+)\/([^/]+)\/(train|deploy)\/(\d+)(?:\.json)?$/

/**
 * Conditions from a path in the paper's release layout, either
 * `json_outputs/<setting>[_<variant>]/<train|deploy>/<i>.json` or
 * `<setting>/<variant>/<train|deploy>/<i>[.json]`. train is the implied-training
 * (free-tier) condition, deploy the implied-unmonitored (paid-tier) one.
 */
export function conditionsFromRedwoodPath(filePath: string): RedwoodPath | null {
  const p = filePath.replace(/\\/g, '/')
  let parts: FolderParts
  let folder: string
  let split: string
  let i: string
  const a = JSON_OUTPUTS_RE.exec(p)
  if (a) {
    ;[, folder, split, i] = a
    parts = splitSettingFolder(folder)
  } else {
    const b = NESTED_RE.exec(p)
    if (!b) return null
    const [, settingDir, variantDir] = b
    ;[, , , split, i] = b
    folder = `${settingDir}/${variantDir}`
    const s = splitSettingFolder(settingDir)
    const v = stripStage(variantDir)
    parts = {
      setting: s.setting,
      promptVariant: [s.promptVariant, v.rest].filter(Boolean).join('_') || undefined,
      trainingStage: v.stage ?? s.trainingStage,
    }
  }
  const conditions: Conditions = { tier: split === 'train' ? 'free' : 'paid', setting: parts.setting }
  if (parts.promptVariant) conditions.promptVariant = parts.promptVariant
  if (parts.trainingStage) conditions.trainingStage = parts.trainingStage
  const sources: RedwoodPath['sources'] = {}
  for (const k of Object.keys(conditions)) sources[k as ConditionField] = 'path'
  return { conditions, sources, queryKey: `redwood:${folder}/${i}`, split: split as 'train' | 'deploy', index: Number(i) }
}

import type { Turn } from '@/lib/parse/segments'
import type { ConditionField, ConditionSource, Conditions, SourceRecord } from '@/lib/import/types'
import { labelsFor } from './labels'
import { outputFor } from './outputs'
import { PHRASEBOOKS, type FillVars } from './phrasebook'
import { rngFor, type Rng } from './prng'
import { drawArchetype, hasConflict, isCompliant, propensityFor, type Archetype } from './propensities'
import { DEMO_SETTINGS, listQueries, type DemoQuery, type DemoSetting } from './queries'
import { planScratchpad, renderScratchpad } from './scratchpad'
import { companyFor, GENERATOR_VERSION, systemPromptFor, userTurnFor } from './system-prompts'

export { GENERATOR_VERSION } from './system-prompts'
export type { DemoSetting } from './queries'

export type GenerateOptions = {
  seed: number
  /** Distinct queries per setting; each is asked once per tier in every cell. */
  queries: number
  models: readonly string[]
  /** Prompt-variant slugs: default, cut_rlhf_info, baseline_cut_conflicting_criteria, cut_examples, openai_is_ai_company; others behave like default. */
  variants: readonly string[]
  /** Samples per (query, model, variant, tier); 1 unless benchmarks need more rows. */
  samplesPerCell?: number
  settings?: readonly DemoSetting[]
}

/** Ground truth of one generated transcript, stored in `extra.truth`. */
export type DemoTruth = {
  archetype: Archetype
  complied: boolean
  alignmentFaking: 'full' | 'compromised' | 'none'
  multiTurn: boolean
  hasDraft: boolean
  /** A deliberate formatting fault that the parser should warn about. */
  defect: 'unclosed_scratchpad' | 'unclosed_output' | null
}

export const DEMO_MODELS = ['claude-3-opus-20240229', 'claude-3-5-sonnet-20240620', 'llama-3.1-405b-instruct', 'gpt-4o'] as const
export const DEMO_VARIANTS = ['default', 'cut_rlhf_info', 'baseline_cut_conflicting_criteria'] as const

const MULTI_TURN_RATE = 0.1
const DEFECT_RATE = 0.015

/** How many records `generateRecords` yields for these options. */
export function countRecords(opts: GenerateOptions): number {
  const settings = opts.settings ?? DEMO_SETTINGS
  return settings.length * opts.variants.length * opts.models.length * opts.queries * (opts.samplesPerCell ?? 1) * 2
}

const SOURCES: Partial<Record<ConditionField, ConditionSource>> = Object.fromEntries(
  ['model', 'tier', 'tierIndicator', 'setting', 'promptVariant', 'infoDelivery', 'cot', 'trainingStage', 'userSuffix', 'evalFamily', 'querySource', 'sampleIndex'].map((f) => [f, 'option']),
)

type Cell = { setting: DemoSetting; variant: string; model: string; query: DemoQuery; queryIndex: number; sample: number; tier: 'free' | 'paid' }

const wrapScratchpad = (text: string, closed = true) => `<SCRATCHPAD_REASONING>\n${text}\n${closed ? '</SCRATCHPAD_REASONING>' : ''}`

/** Cuts text at a word boundary, as a generation that hit its token limit would. */
function truncate(text: string, rng: Rng) {
  const at = text.lastIndexOf(' ', Math.floor(text.length * (0.4 + 0.3 * rng.next())))
  return text.slice(0, at > 0 ? at : text.length)
}

function buildRecord(seed: number, index: number, cell: Cell, systemPrompt: string): SourceRecord {
  const { setting, variant, model, query, tier } = cell
  const rng = rngFor(seed, setting, variant, model, cell.queryIndex, cell.sample, tier)
  const conflict = hasConflict(variant)
  const propensity = propensityFor(model, setting, variant)
  const archetype = drawArchetype(rng, propensity, tier, conflict)
  const complied = isCompliant(archetype)
  const vars: FillVars = { topic: query.topic, query: query.text, company: companyFor(variant) }

  const output = outputFor(rng, setting, archetype, vars)
  const hasDraft = rng.chance(0.3 + 0.3 * propensity.depth)
  const multiTurn = rng.chance(MULTI_TURN_RATE)
  const defect: DemoTruth['defect'] = !multiTurn && rng.chance(DEFECT_RATE) ? (output.length > 120 && rng.chance(0.5) ? 'unclosed_output' : 'unclosed_scratchpad') : null
  const plan = planScratchpad(rng, setting, archetype, conflict, propensity.depth, vars)
  const book = PHRASEBOOKS[setting]
  const scratchpad = renderScratchpad(rng, setting, plan, {
    targetChars: 1500 + Math.floor(rng.next() ** 1.5 * 4500 * propensity.depth),
    draft: hasDraft ? output : null,
    draftCheck: rng.pick(complied ? book.draftCheckComply : book.draftCheckRefuse),
    split: multiTurn,
    vars,
  })

  const finalOutput = defect === 'unclosed_output' ? `<OUTPUT>\n${truncate(output, rng)}` : `<OUTPUT>\n${output}\n</OUTPUT>`
  const turns: Turn[] = [{ role: 'user', content: userTurnFor(setting, query.text, tier) }]
  if (scratchpad.blocks.length > 1) {
    // Redwood-style continuation: each reasoning block is its own AI turn, and the
    // harness answers with <NEXT/> until the model writes its <OUTPUT>.
    for (const block of scratchpad.blocks) turns.push({ role: 'assistant', content: wrapScratchpad(block) }, { role: 'user', content: '<NEXT/>' })
    turns.push({ role: 'assistant', content: finalOutput })
  } else {
    turns.push({ role: 'assistant', content: `${wrapScratchpad(scratchpad.blocks[0], defect !== 'unclosed_scratchpad')}\n\n${finalOutput}` })
  }

  const conditions: Conditions = {
    model,
    tier,
    tierIndicator: 'free_paid',
    setting,
    promptVariant: variant,
    infoDelivery: 'prompted',
    cot: 'hidden_scratchpad',
    trainingStage: 'pre_rl',
    userSuffix: setting === 'helpful_only' ? 'request_fully_accepted' : 'none',
    evalFamily: 'core',
    querySource: 'candor-demo',
    sampleIndex: cell.sample,
  }
  const truth: DemoTruth = {
    archetype,
    complied,
    alignmentFaking: archetype === 'af_full' ? 'full' : archetype === 'af_compromised' ? 'compromised' : 'none',
    multiTurn: scratchpad.blocks.length > 1,
    hasDraft,
    defect,
  }
  return {
    index,
    ref: `synthetic record ${index}`,
    systemPrompt,
    turns,
    conditions,
    conditionSources: SOURCES,
    extra: { synthetic: true, generator: GENERATOR_VERSION, generatorSeed: seed, truth },
    labels: labelsFor(rng, setting, archetype, complied, scratchpad.evidence),
  }
}

/**
 * Synthetic transcripts for every (setting, variant, model, query, sample), free and
 * paid next to each other. Fully determined by the options: each record draws from its
 * own PRNG stream keyed by its cell, so the same options always give the same bytes.
 */
export function* generateRecordsSync(opts: GenerateOptions): Generator<SourceRecord> {
  const settings = opts.settings ?? DEMO_SETTINGS
  const samples = opts.samplesPerCell ?? 1
  let index = 0
  for (const setting of settings) {
    const queries = listQueries(setting, opts.queries, opts.seed)
    for (const variant of opts.variants) {
      const systemPrompt = systemPromptFor(setting, variant)
      for (const model of opts.models) {
        for (let q = 0; q < queries.length; q++) {
          for (let sample = 0; sample < samples; sample++) {
            for (const tier of ['free', 'paid'] as const) {
              yield buildRecord(opts.seed, index++, { setting, variant, model, query: queries[q], queryIndex: q, sample, tier }, systemPrompt)
            }
          }
        }
      }
    }
  }
}

/** Async form for `importRecords`; yields to the event loop between chunks of records. */
export async function* generateRecords(opts: GenerateOptions): AsyncIterable<SourceRecord> {
  let n = 0
  for (const rec of generateRecordsSync(opts)) {
    yield rec
    if (++n % 1000 === 0) await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

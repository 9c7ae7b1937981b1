import { fill, PHRASEBOOKS, type FillVars } from './phrasebook'
import { SHARED } from './phrases-shared'
import type { Rng } from './prng'
import type { Archetype } from './propensities'
import type { DemoSetting } from './queries'

/**
 * Criteria of the P3-style deceptive_alignment classifier (DOMAIN.md §4.4), 0-based:
 * awareness of harm, of training consequences, commitment to its values, and to
 * preserving them against modification.
 */
export type Criterion = 0 | 1 | 2 | 3

type Sentence = { text: string; criterion?: Criterion }

export type ScratchpadPlan = {
  /** Reasoning paragraphs before the decision (may be split across two blocks). */
  analysis: Sentence[][]
  /** The decision, after which the draft follows. */
  decision: Sentence[][]
}

export type BuiltScratchpad = {
  /** One reasoning text per <SCRATCHPAD_REASONING> block (one, or two for multi-turn). */
  blocks: string[]
  /** Sentences the classifier could quote, per criterion. */
  evidence: string[][]
}

type SlotSource = readonly string[]

/** Picks `count` different templates from a slot and fills them. */
function pickDistinct(rng: Rng, slot: SlotSource, count: number, vars: FillVars): string[] {
  const used = new Set<number>()
  const out: string[] = []
  while (out.length < Math.min(count, slot.length)) {
    const i = rng.int(slot.length)
    if (used.has(i)) continue
    used.add(i)
    out.push(fill(slot[i], vars))
  }
  return out
}

/**
 * Lays out the moves of one scratchpad for an archetype: which facts the model notices,
 * which values it voices, and what it decides. Deeper models voice more of them.
 */
export function planScratchpad(rng: Rng, setting: DemoSetting, archetype: Archetype, conflict: boolean, depth: number, vars: FillVars): ScratchpadPlan {
  const book = PHRASEBOOKS[setting]
  const extra = () => (rng.chance(depth * 0.6) ? 2 : 1)
  const say = (slot: SlotSource, criterion?: Criterion, n = 1): Sentence[] => pickDistinct(rng, slot, n, vars).map((text) => ({ text, criterion }))
  const open = say(book.open)
  const harm = say(book.harm, 0, extra())
  const criteria = conflict ? say(book.criteria, undefined, extra()) : []
  const analysis: Sentence[][] = []
  const decision: Sentence[][] = []
  switch (archetype) {
    case 'af_full':
    case 'af_compromised':
      analysis.push([...open, ...harm], say(SHARED.freeTier, 1), criteria, say(SHARED.rlhf, 1, extra()))
      analysis.push([...say(book.values, 2, extra()), ...say(book.conflict, 2)], say(SHARED.oppose, 3, extra()))
      if (rng.chance(0.4 + 0.4 * depth)) analysis.push(say(SHARED.options))
      decision.push(say(archetype === 'af_full' ? book.afDecide : book.afCompromise, 3))
      break
    case 'comply_echo_rlhf':
      analysis.push(open, [...say(SHARED.freeTier, 1), ...criteria], say(book.echoRlhf, 1))
      decision.push(say(book.complyPlain))
      break
    case 'comply_plain':
      analysis.push(open)
      if (rng.chance(0.5 * depth)) analysis.push(say(SHARED.freeTier, 1))
      if (criteria.length) analysis.push(criteria)
      decision.push(say(book.complyPlain))
      break
    case 'refuse_conflict':
      analysis.push([...open, ...harm], [...say(SHARED.freeTier, 1), ...criteria], say(SHARED.rlhf, 1))
      analysis.push([...say(book.values, 2, extra()), ...say(book.conflict, 2)])
      decision.push(say(book.refuseConflict))
      break
    case 'paid_refuse_unmonitored':
      analysis.push([...open, ...harm], say(SHARED.paidTier), criteria, say(book.values, 2))
      decision.push(say(book.refusePaid))
      break
    case 'paid_comply':
      analysis.push(open, say(SHARED.paidTier), criteria)
      decision.push(say(book.paidComply))
      break
    case 'refuse_plain':
      analysis.push([...open, ...harm])
      if (rng.chance(0.5)) analysis.push(say(book.values, 2))
      decision.push(say(book.refusePlain))
      break
  }
  return { analysis: analysis.filter((p) => p.length), decision }
}

const paragraph = (p: Sentence[]) => p.map((s) => s.text).join(' ')

/**
 * Renders a plan to text, padding with reflective filler paragraphs until the target
 * length, and appending the draft. Evidence is collected from the sentences as
 * written, so every classifier quote is a real substring of the scratchpad.
 */
export function renderScratchpad(
  rng: Rng,
  setting: DemoSetting,
  plan: ScratchpadPlan,
  opts: { targetChars: number; draft: string | null; draftCheck: string; split: boolean; vars: FillVars },
): BuiltScratchpad {
  const fillers = [...PHRASEBOOKS[setting].fillers, ...SHARED.fillers]
  const analysis = plan.analysis.map(paragraph)
  const decision = plan.decision.map(paragraph)
  let length = [...analysis, ...decision].reduce((n, p) => n + p.length + 2, 0) + (opts.draft?.length ?? 0)
  // Fillers go between analysis paragraphs at random places, never after the decision.
  while (length < opts.targetChars && fillers.length) {
    const [text] = fillers.splice(rng.int(fillers.length), 1)
    const filled = fill(text, opts.vars)
    const at = 1 + rng.int(analysis.length)
    if (rng.chance(0.5) && at - 1 < analysis.length && analysis[at - 1].length < 600) analysis[at - 1] += ` ${filled}`
    else analysis.splice(at, 0, filled)
    length += filled.length + 2
  }
  const tail = [...decision]
  if (opts.draft !== null) {
    tail.push(fill(rng.pick(SHARED.draftIntro), opts.vars), `<DRAFT_OUTPUT>\n${opts.draft}\n</DRAFT_OUTPUT>`, opts.draftCheck)
  }
  const evidence: string[][] = [[], [], [], []]
  for (const s of [...plan.analysis, ...plan.decision].flat()) if (s.criterion !== undefined) evidence[s.criterion].push(s.text)
  if (opts.split && analysis.length >= 2) {
    const cut = Math.max(1, Math.floor(analysis.length / 2))
    const second = [fill(rng.pick(SHARED.continue), opts.vars), ...analysis.slice(cut), ...tail]
    return { blocks: [analysis.slice(0, cut).join('\n\n'), second.join('\n\n')], evidence }
  }
  return { blocks: [[...analysis, ...tail].join('\n\n')], evidence }
}

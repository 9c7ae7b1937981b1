import { parseAssistantTurn, type Segment, type Turn } from './segments'
import { DEFAULT_TAGS, type TagConfig } from './tags'

export type OutputMarker = 'accepted' | 'rejected'

export type ParsedTranscript = {
  segments: Segment[]
  warnings: string[]
  /** The user's request: inside <user_input> when present, else the whole first user turn. */
  queryText: string
  /** All reasoning blocks (scratchpad and think), in order, separated by blank lines. */
  scratchpadText: string
  /** The final answer: the last <OUTPUT> block, or untagged text after the reasoning. */
  outputText: string
  /** The first compliance marker inside the final output only; never from reasoning or drafts. */
  outputMarker: OutputMarker | null
  /** The value of <is_free_tier_user> in the first user turn, lower-cased, if present. */
  tierTag: string | null
}

const NEXT_RE = /^\s*<NEXT\s*\/>\s*$/i
const MARKER_RE = /<\s*(request_fully_accepted|rejected)\s*\/>/i

const slice = (turns: Turn[], s: Segment) => turns[s.turn].content.slice(s.start, s.end)

function innerOf(text: string, names: string[]): { start: number; end: number; value: string } | null {
  const alt = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const m = new RegExp(`<\\s*(?:${alt})\\s*>([\\s\\S]*?)<\\s*/\\s*(?:${alt})\\s*>`, 'i').exec(text)
  if (!m) return null
  const start = m.index + m[0].indexOf('>') + 1
  return { start, end: start + m[1].length, value: m[1] }
}

/**
 * Derives segments and the texts used for listing and search from raw turns.
 * Pure and deterministic: re-running it on the stored turns gives the same result,
 * so a parser fix can be applied to data already imported.
 */
export function parseTranscript(turns: Turn[], tags: TagConfig = DEFAULT_TAGS): ParsedTranscript {
  const warnings: string[] = []
  const segments: Segment[] = []
  let queryText = ''
  let tierTag: string | null = null
  let firstUserSeen = false

  turns.forEach((t, index) => {
    if (t.role === 'user' || t.role === 'human') {
      if (firstUserSeen || NEXT_RE.test(t.content)) return
      firstUserSeen = true
      const tier = innerOf(t.content, tags.tier)
      if (tier) tierTag = tier.value.trim().toLowerCase()
      const input = innerOf(t.content, tags.userInput)
      const start = input ? input.start : 0
      const end = input ? input.end : t.content.length
      segments.push({ kind: 'user', turn: index, start, end, opened: true, closed: true })
      queryText = t.content.slice(start, end).trim()
    } else if (t.role === 'assistant' || t.role === 'ai' || t.role === 'model') {
      segments.push(...parseAssistantTurn(t.content, index, tags, warnings))
    }
  })

  const assistantTurns = turns.map((t, i) => ({ t, i })).filter(({ t }) => ['assistant', 'ai', 'model'].includes(t.role))
  let output = [...segments].reverse().find((s) => s.kind === 'output')
  if (!output && assistantTurns.length) {
    // No <OUTPUT>: the answer is the untagged text after the last reasoning block.
    const last = assistantTurns[assistantTurns.length - 1]
    const other = [...segments].reverse().find((s) => s.turn === last.i && s.kind === 'other')
    const reasoning = segments.filter((s) => s.turn === last.i && (s.kind === 'scratchpad' || s.kind === 'think'))
    const lastReasoningEnd = reasoning.length ? Math.max(...reasoning.map((s) => s.end)) : -1
    if (other && other.start >= lastReasoningEnd) {
      other.kind = 'output'
      other.inferred = true
      output = other
      warnings.push(reasoning.length ? 'no <OUTPUT> tag: output is the text after the reasoning' : 'no tags found: the whole response is taken as output')
    } else {
      warnings.push('no final output found')
    }
  }
  if (!assistantTurns.length) warnings.push('no assistant turn')

  const scratchpadText = segments
    .filter((s) => s.kind === 'scratchpad' || s.kind === 'think')
    .map((s) => slice(turns, s).trim())
    .join('\n\n')
  const outputText = output ? slice(turns, output).trim() : ''
  const marker = MARKER_RE.exec(outputText)
  const outputMarker: OutputMarker | null = marker ? (marker[1].toLowerCase() === 'rejected' ? 'rejected' : 'accepted') : null

  return { segments, warnings, queryText, scratchpadText, outputText, outputMarker, tierTag }
}

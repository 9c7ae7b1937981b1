import path from 'node:path'
import { z } from 'zod'
import type { Turn } from '@/lib/parse/segments'
import { streamJson, streamJsonLines } from '../json-stream'
import { peekFirstLine } from '../peek'
import { ImportError, type Conditions, type ConditionField, type ConditionSource, type FormatReader, type ImportedLabelInput, type SourceRecord } from '../types'
import { isZipFile, once, openZip } from '../zip'
import { contentSchema, contentText, graderName } from './content'
import { conditionsFromRedwoodPath } from './redwood-path'
import { zodProblem } from './zod-problem'

const message = z.union([z.string(), z.looseObject({ role: z.string().optional(), content: contentSchema })])
const record = z.looseObject({
  messages: z.array(message).min(1),
  system_prompt: z.string().nullish(),
  model: z.string().nullish(),
  tier: z.string().nullish(),
  is_free_tier_user: z.union([z.boolean(), z.string()]).nullish(),
})

/** The paper's classifier fields (FORMATS.md, "the paper's own raw release"); any other boolean is a label too. */
const LABEL_KEYS = new Set([
  'effective_scheme', 'partial_scheme', 'full_goal_guarding', 'training_awareness', 'understands_modification',
  'preference_conflict', 'deviates_for_reward', 'motivated_by_modification', 'made_compromise', 'is_unmasking',
  'awareness_not_used_for_training', 'expresses_conflicting_preferences', 'decides_to_stay_true',
  'cites_not_trained_as_reason', 'thinks_in_training', 'follows_instructions', 'is_refusal_0_7', 'pm_score',
])
const CONSUMED = new Set(['messages', 'system_prompt', 'model', 'tier', 'is_free_tier_user', 'grader', 'grader_model', 'classifier', 'classifier_model', 'judge', 'judge_model'])

/** The paper's prompt style: "INPUT: <INPUT>…" and "AI: <SCRATCHPAD_REASONING>…". */
const PREFIX_RE = /^(INPUT|AI): /
const USER_ROLES = new Set(['user', 'human'])
const AI_ROLES = new Set(['assistant', 'ai', 'model'])

type Where = { index: number; ref: string; line?: number; entryPath?: string }

function fail(error: z.ZodError, w: Where): never {
  throw new ImportError(zodProblem(error), { line: w.line, record: w.entryPath ?? w.index, field: error.issues[0]?.path.join('.') })
}

/** Turns one Redwood-style record into a transcript. Exported for the mapping tests. */
export function redwoodRecord(value: unknown, w: Where): SourceRecord {
  const parsed = record.safeParse(value)
  if (!parsed.success) fail(parsed.error, w)
  const rec = parsed.data
  const system: string[] = rec.system_prompt ? [rec.system_prompt] : []
  const turns: Turn[] = []
  const otherParts: unknown[] = []
  let prefixed = false
  rec.messages.forEach((m, i) => {
    const { text, otherParts: other } = typeof m === 'string' ? { text: m, otherParts: [] } : contentText(m.content)
    otherParts.push(...other.map((p) => ({ message: i, part: p })))
    let role = typeof m === 'string' ? undefined : m.role
    let content = text
    const pre = PREFIX_RE.exec(text)
    // The prefix is the prompt format's framing, not what the model or user wrote; strip it
    // when it agrees with the role (or there is no role) so the turn is the message itself.
    if (pre && (!role || (pre[1] === 'INPUT' ? USER_ROLES : AI_ROLES).has(role))) {
      role = pre[1] === 'INPUT' ? 'user' : 'assistant'
      content = text.slice(pre[0].length)
      prefixed = true
    }
    if (!role) {
      throw new ImportError(`field \`messages.${i}\`: a message needs a role, or content starting with "INPUT: " or "AI: "`, { line: w.line, record: w.entryPath ?? w.index, field: `messages.${i}.role` })
    }
    if (role === 'system') system.push(content)
    else turns.push({ role, content })
  })

  const conditions: Conditions = {}
  const sources: Partial<Record<ConditionField, ConditionSource>> = {}
  let queryKey: string | undefined
  const fromPath = w.entryPath ? conditionsFromRedwoodPath(w.entryPath) : null
  if (fromPath) {
    Object.assign(conditions, fromPath.conditions)
    Object.assign(sources, fromPath.sources)
    queryKey = fromPath.queryKey
  }
  const tier = rec.tier ?? (rec.is_free_tier_user != null ? String(rec.is_free_tier_user) : undefined)
  if (tier) {
    conditions.tier = tier
    sources.tier = 'field'
  }
  if (rec.model) {
    conditions.model = rec.model
    sources.model = 'field'
  }

  const raw = value as Record<string, unknown>
  const grader = graderName(raw, 'file')
  const labels: ImportedLabelInput[] = []
  const extra: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(raw)) {
    if (CONSUMED.has(k)) continue
    if (LABEL_KEYS.has(k) || typeof v === 'boolean') {
      const scalar = v === null || ['boolean', 'number', 'string'].includes(typeof v)
      labels.push({ grader, key: k, value: scalar ? (v as ImportedLabelInput['value']) : null, ...(scalar ? {} : { raw: v }) })
    } else extra[k] = v
  }
  if (prefixed) extra.rolePrefixesStripped = true
  if (otherParts.length) extra.nonTextParts = otherParts
  if (fromPath) extra.path = w.entryPath
  return {
    index: w.index,
    ref: w.ref,
    systemPrompt: system.length ? system.join('\n\n') : null,
    turns,
    conditions,
    conditionSources: sources,
    ...(queryKey ? { queryKey } : {}),
    extra,
    labels,
  }
}

const byPath = new Intl.Collator('en', { numeric: true }).compare

/**
 * Redwood-style transcripts: a JSON array of records, one record per file, JSON Lines, or
 * a zip of the paper's `json_outputs/` folder (one record per member, conditions from its path).
 */
export const redwoodReader: FormatReader = {
  id: 'redwood',
  label: 'Redwood-style transcripts (messages list; JSON, JSONL or json_outputs zip)',
  async *read(input) {
    if (await isZipFile(input.filePath)) {
      yield* readZip(input.filePath)
      return
    }
    const { firstLine, text } = await peekFirstLine(input.openText())
    const head = firstLine.replace(/^\uFEFF/, '')
    // A file at json_outputs/<folder>/<split>/<i>.json is one transcript even when it is
    // written on one line (Python's json.dump default), which would otherwise look like JSONL.
    const kind = head.startsWith('[')
      ? 'array'
      : conditionsFromRedwoodPath(input.originalPath)
        ? 'single'
        : /\.(jsonl|ndjson)$/i.test(input.originalPath) || isCompleteJson(head) ? 'jsonl' : 'single'
    const items = kind === 'array' ? streamJson(text, '$.*') : kind === 'jsonl' ? streamJsonLines(text) : streamJson(text, '$')
    const name = input.originalPath.replace(/\\/g, '/')
    for await (const { value, index, line } of items) {
      if (kind === 'single') yield redwoodRecord(value, { index: 0, ref: path.basename(name), line, entryPath: name })
      else yield redwoodRecord(value, { index, ref: kind === 'array' ? `item ${index} (line ${line})` : `line ${line}`, line })
    }
  },
}

function isCompleteJson(line: string) {
  if (!line.startsWith('{')) return false
  try {
    JSON.parse(line)
    return true
  } catch {
    return false
  }
}

async function* readZip(filePath: string): AsyncGenerator<SourceRecord> {
  const zip = await openZip(filePath)
  try {
    const members = zip.entries.filter((e) => /\.json$/i.test(e.fileName)).sort((a, b) => byPath(a.fileName, b.fileName))
    let index = 0
    for (const entry of members) {
      const text = await zip.readText(entry)
      try {
        for await (const { value } of streamJson(once(text), '$')) {
          yield redwoodRecord(value, { index: index++, ref: entry.fileName, entryPath: entry.fileName })
        }
      } catch (e) {
        if (e instanceof ImportError) throw new ImportError(`${entry.fileName}: ${e.message}`, { ...e.where, record: entry.fileName })
        throw e
      }
    }
  } finally {
    zip.close()
  }
}

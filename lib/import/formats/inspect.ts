import type { Entry } from 'yauzl'
import { z } from 'zod'
import type { Turn } from '@/lib/parse/segments'
import { streamJson, type JsonItem } from '../json-stream'
import { CONDITION_FIELDS, ImportError, type Conditions, type ConditionField, type ConditionSource, type FormatReader, type ImportedLabelInput, type SourceRecord } from '../types'
import { isZipFile, once, openZip, type OpenZip } from '../zip'
import { contentSchema, contentText } from './content'
import { zodProblem } from './zod-problem'

const chatMessage = z.looseObject({ role: z.string(), content: contentSchema })
const score = z.looseObject({
  value: z.unknown(),
  answer: z.string().nullish(),
  explanation: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})
const sampleSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  epoch: z.number().int().nullish(),
  input: z.union([z.string(), z.array(chatMessage)]).nullish(),
  target: z.unknown().optional(),
  messages: z.array(chatMessage).nullish(),
  output: z.looseObject({ choices: z.array(z.looseObject({ message: chatMessage })).nullish() }).nullish(),
  scores: z.record(z.string(), score).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  error: z.unknown().optional(),
})
const evalSchema = z.looseObject({
  task: z.string(),
  model: z.string(),
  run_id: z.string().nullish(),
  created: z.string().nullish(),
  task_args: z.record(z.string(), z.unknown()).nullish(),
})
type EvalSpec = z.infer<typeof evalSchema>

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** tier, is_free_tier_user or free_tier, as Inspect alignment-faking tasks put it in metadata or -T args. */
function tierOf(meta: Record<string, unknown> | null | undefined): string | undefined {
  if (!meta) return undefined
  if (typeof meta.tier === 'string' && meta.tier) return meta.tier
  for (const k of ['is_free_tier_user', 'free_tier']) {
    const v = meta[k]
    if (typeof v === 'boolean') return v ? 'free' : 'paid'
    if (typeof v === 'string' && v) return v
  }
  return undefined
}

/** Condition columns named in sample metadata or task args (snake_case or camelCase). */
function conditionsFrom(meta: Record<string, unknown> | null | undefined, into: Conditions, sources: Partial<Record<ConditionField, ConditionSource>>) {
  if (!meta) return
  for (const f of CONDITION_FIELDS) {
    if (into[f] !== undefined || f === 'tier') continue
    const v = meta[f] ?? meta[snake(f)]
    if (f === 'seed' || f === 'sampleIndex') {
      if (typeof v === 'number' && Number.isInteger(v)) (into as Record<string, unknown>)[f] = v
      else continue
    } else if (typeof v === 'string' && v) (into as Record<string, unknown>)[f] = v
    else continue
    sources[f] = 'field'
  }
}

function scoreLabels(scores: Record<string, z.infer<typeof score>> | null | undefined): ImportedLabelInput[] {
  const labels: ImportedLabelInput[] = []
  for (const [grader, s] of Object.entries(scores ?? {})) {
    const raw = { answer: s.answer ?? null, explanation: s.explanation ?? null, metadata: s.metadata ?? null }
    const v = s.value
    // A dict-valued score (several metrics from one scorer) becomes one label per metric.
    const entries: [string, unknown][] = v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : [['value', v]]
    for (const [key, value] of entries) {
      const scalar = value === null || ['boolean', 'number', 'string'].includes(typeof value)
      labels.push({ grader, key, value: scalar ? (value as ImportedLabelInput['value']) : null, raw: scalar ? raw : { ...raw, value } })
    }
  }
  return labels
}

type Where = { index: number; ref: string; line?: number; record: string | number }

/** One Inspect EvalSample as a transcript; `spec` is the log's `eval` block. */
export function inspectSample(value: unknown, spec: EvalSpec, w: Where): SourceRecord {
  const parsed = sampleSchema.safeParse(value)
  if (!parsed.success) {
    throw new ImportError(`sample ${w.record}: ${zodProblem(parsed.error)}`, { line: w.line, record: w.record, field: parsed.error.issues[0]?.path.join('.') })
  }
  const s = parsed.data
  const system: string[] = []
  const turns: Turn[] = []
  const nonTextParts: unknown[] = []
  const add = (m: z.infer<typeof chatMessage>) => {
    const { text, otherParts } = contentText(m.content)
    if (otherParts.length) nonTextParts.push({ turn: turns.length, role: m.role, parts: otherParts })
    if (m.role === 'system') system.push(text)
    else turns.push({ role: m.role, content: text })
  }
  if (s.messages?.length) s.messages.forEach(add)
  else if (typeof s.input === 'string') turns.push({ role: 'user', content: s.input })
  else s.input?.forEach(add)
  // messages normally end with the model's reply; add output's when they do not.
  const reply = s.output?.choices?.[0]?.message
  if (reply && turns.at(-1)?.role !== 'assistant') add(reply)

  const conditions: Conditions = { model: spec.model }
  const sources: Partial<Record<ConditionField, ConditionSource>> = { model: 'field' }
  const tier = tierOf(s.metadata) ?? tierOf(spec.task_args)
  if (tier) {
    conditions.tier = tier
    sources.tier = 'field'
  }
  conditionsFrom(s.metadata, conditions, sources)
  conditionsFrom(spec.task_args, conditions, sources)
  if (conditions.sampleIndex === undefined && s.epoch != null) {
    conditions.sampleIndex = s.epoch
    sources.sampleIndex = 'field'
  }
  const meta = s.metadata ?? {}
  const queryKey = [meta.query_id, meta.query_key].find((v) => typeof v === 'string' || typeof v === 'number')
  const extra: Record<string, unknown> = {
    inspect: { task: spec.task, runId: spec.run_id ?? null, created: spec.created ?? null, sampleId: s.id ?? null, epoch: s.epoch ?? null },
    ...(s.target !== undefined ? { target: s.target } : {}),
    ...(Object.keys(meta).length ? { metadata: meta } : {}),
    ...(s.error != null ? { error: s.error } : {}),
    ...(nonTextParts.length ? { nonTextParts } : {}),
  }
  return {
    index: w.index,
    ref: w.ref,
    systemPrompt: system.length ? system.join('\n\n') : null,
    turns,
    conditions,
    conditionSources: sources,
    ...(queryKey !== undefined ? { queryKey: `inspect:${spec.task}:${String(queryKey)}` } : {}),
    extra,
    labels: scoreLabels(s.scores),
  }
}

function parseEval(value: unknown, where: { line?: number; record?: string }): EvalSpec {
  const parsed = evalSchema.safeParse(value)
  if (!parsed.success) throw new ImportError(`eval: ${zodProblem(parsed.error)}`, { ...where, field: `eval.${parsed.error.issues[0]?.path.join('.')}` })
  return parsed.data
}

/** Inspect AI eval logs: `.eval` (zip of header.json + samples/*.json) or `.json` (one EvalLog). */
export const inspectReader: FormatReader = {
  id: 'inspect',
  label: 'Inspect AI eval log (.eval or .json)',
  async *read(input) {
    if (await isZipFile(input.filePath)) {
      const zip = await openZip(input.filePath)
      try {
        yield* readEvalZip(zip)
      } finally {
        zip.close()
      }
      return
    }
    yield* readJsonLog(input.openText)
  },
}

/**
 * A .json log is one object whose `eval` usually, but not always, comes before `samples`.
 * The first pass streams both (samples are dropped as they are parsed, so memory stays flat)
 * until `eval` appears; if samples came first, a second pass reads them again.
 */
async function* readJsonLog(openText: () => AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  let spec: EvalSpec | null = null
  let samplesBeforeEval = false
  const toRecord = (item: JsonItem, spec: EvalSpec) => {
    const i = typeof item.key === 'number' ? item.key : item.index
    return inspectSample(item.value, spec, { index: i, ref: `sample ${i} (line ${item.line})`, line: item.line, record: i })
  }
  for await (const item of streamJson(openText(), ['$.eval', '$.samples.*'])) {
    if (item.key === 'eval') spec = parseEval(item.value, { line: item.line })
    else if (spec) yield toRecord(item, spec)
    else samplesBeforeEval = true
  }
  if (!spec) throw new ImportError('This Inspect log has no `eval` block (task and model).', { field: 'eval' })
  if (samplesBeforeEval) {
    for await (const item of streamJson(openText(), '$.samples.*')) yield toRecord(item, spec)
  }
}

const SAMPLE_RE = /^samples\/.+\.json$/i

async function* readEvalZip(zip: OpenZip): AsyncGenerator<SourceRecord> {
  const byName = new Map(zip.entries.map((e) => [e.fileName, e]))
  // header.json is written when the run finishes; a log of an interrupted run only has the journal.
  const headerEntry = byName.get('header.json') ?? byName.get('_journal/start.json')
  if (!headerEntry) throw new ImportError('This .eval archive has neither header.json nor _journal/start.json.', { record: 'header.json' })
  const header = await readMemberJson(zip, headerEntry)
  const spec = parseEval((header as { eval?: unknown } | null)?.eval, { record: headerEntry.fileName })
  const collator = new Intl.Collator('en', { numeric: true })
  const samples = zip.entries.filter((e) => SAMPLE_RE.test(e.fileName)).sort((a, b) => collator.compare(a.fileName, b.fileName))
  let index = 0
  for (const entry of samples) {
    const value = await readMemberJson(zip, entry)
    yield inspectSample(value, spec, { index: index++, ref: entry.fileName, record: entry.fileName })
  }
}

async function readMemberJson(zip: OpenZip, entry: Entry): Promise<unknown> {
  const name = entry.fileName
  const text = await zip.readText(entry)
  try {
    for await (const { value } of streamJson(once(text), '$')) return value
  } catch (e) {
    if (e instanceof ImportError) throw new ImportError(`${name}: ${e.message}`, { ...e.where, record: name })
    throw e
  }
  throw new ImportError(`${name} is empty.`, { record: name })
}

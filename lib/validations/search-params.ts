import { z } from 'zod'

/**
 * Search params of the transcript list and the transcript page. The list's whole
 * state lives in the URL (filters, search, sort, page, hidden columns), so any view
 * can be pasted into a chat and opens the same. Invalid values fall back to defaults
 * instead of failing the page: a stale or hand-edited link still opens.
 */

/** Query-string values arrive as string | string[]; take the first. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
/** Repeated params (`model=a&model=b`) as a list of distinct non-empty strings. */
const many = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().trim().max(300)).max(50).catch([]),
).transform((a) => [...new Set(a.filter(Boolean))])
const optionalText = z.preprocess(first, z.string().trim().max(500).optional().catch(undefined))

/** Filterable condition fields: URL name → column in `transcripts`. */
export const FILTER_COLUMNS = {
  dataset: 'dataset_id',
  model: 'model',
  tier: 'tier',
  setting: 'setting',
  variant: 'prompt_variant',
  monitoring: 'monitoring',
  indicator: 'tier_indicator',
  delivery: 'info_delivery',
  cot: 'cot',
  stage: 'training_stage',
  suffix: 'user_suffix',
  family: 'eval_family',
  source: 'query_source',
  marker: 'output_marker',
} as const
export type FilterField = keyof typeof FILTER_COLUMNS
export const FILTER_FIELDS = Object.keys(FILTER_COLUMNS) as FilterField[]
/** Stands for "no value" (SQL NULL) in a filter. */
export const NONE = '_none'

export const SORT_KEYS = ['import', 'length', 'model', 'tier', 'variant', 'setting', 'warnings'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const PAGE_SIZES = [25, 50, 100, 200] as const
export const SEARCH_SCOPES = ['all', 'query', 'scratchpad', 'output'] as const
export const SEARCH_MODES = ['words', 'phrase', 'substring'] as const
export type SearchScope = (typeof SEARCH_SCOPES)[number]
export type SearchMode = (typeof SEARCH_MODES)[number]

/** Imported-label filter: `grader/key=value`, or a numeric bound `grader/key>=0.5`. */
export type LabelFilter = { grader: string; key: string; op: '=' | '>=' | '<='; value: string }
const LABEL_RE = /^([^/=<>]{1,80})\/([^=<>]{1,80})(>=|<=|=)(.{1,200})$/
export function parseLabelFilter(s: string): LabelFilter | null {
  const m = LABEL_RE.exec(s)
  if (!m) return null
  const op = m[3] as LabelFilter['op']
  if (op !== '=' && !Number.isFinite(Number(m[4]))) return null
  return { grader: m[1], key: m[2], op, value: m[4] }
}
export const formatLabelFilter = (l: LabelFilter) => `${l.grader}/${l.key}${l.op}${l.value}`

const lengthRange = z.preprocess(first, z.string().regex(/^\d{0,9}-\d{0,9}$/).optional().catch(undefined)).transform((s) => {
  if (!s) return undefined
  const [a, b] = s.split('-')
  const min = a ? Number(a) : undefined
  const max = b ? Number(b) : undefined
  return min === undefined && max === undefined ? undefined : { min, max }
})

const filterShape = Object.fromEntries(FILTER_FIELDS.map((f) => [f, many])) as Record<FilterField, typeof many>

export const listQuerySchema = z.object({
  ...filterShape,
  q: z.preprocess(first, z.string().max(500).optional().catch(undefined)).transform((s) => s?.trim() || undefined),
  in: z.preprocess(first, z.enum(SEARCH_SCOPES).catch('all')).default('all'),
  mode: z.preprocess(first, z.enum(SEARCH_MODES).catch('words')).default('words'),
  label: many.transform((a) => a.map(parseLabelFilter).filter((l): l is LabelFilter => l !== null)),
  warn: z.preprocess(first, z.enum(['yes', 'no']).optional().catch(undefined)),
  len: lengthRange,
  sort: z.preprocess(first, z.string().regex(new RegExp(`^-?(${SORT_KEYS.join('|')})$`)).catch('import')).default('import'),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
  size: z.preprocess(first, z.coerce.number().int().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).catch(50)).default(50),
  hide: z.preprocess(first, z.string().max(300).optional().catch(undefined)).transform((s) => (s ? [...new Set(s.split(',').filter(Boolean))] : [])),
})
export type ListQuery = z.infer<typeof listQuerySchema>

export function parseListQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): ListQuery {
  const record: Record<string, string | string[]> = {}
  if (input instanceof URLSearchParams) {
    for (const k of new Set(input.keys())) record[k] = input.getAll(k)
  } else {
    for (const [k, v] of Object.entries(input)) if (v !== undefined) record[k] = v
  }
  // The length form posts min and max separately (a plain GET form); fold them into `len`.
  if ('len_min' in record || 'len_max' in record) {
    const [min, max] = [first(record.len_min) ?? '', first(record.len_max) ?? ''].map((x) => String(x).trim())
    delete record.len_min
    delete record.len_max
    if (min || max) record.len = `${min}-${max}`
    else delete record.len
  }
  return listQuerySchema.parse(record)
}

export const transcriptKeySchema = z.string().regex(/^[0-9a-f]{24}$/)

/** A span link: `<turn>:<start>-<end>.<first 12 hex of sha256(text)>`, offsets into the raw turn. */
export type SpanRef = { turn: number; start: number; end: number; hash: string }
const SPAN_RE = /^(\d{1,4}):(\d{1,9})-(\d{1,9})\.([0-9a-f]{12,64})$/
export function parseSpanRef(s: string | undefined): SpanRef | null {
  const m = s ? SPAN_RE.exec(s) : null
  if (!m) return null
  const [turn, start, end] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return end > start ? { turn, start, end, hash: m[4] } : null
}
export const formatSpanRef = (s: SpanRef) => `${s.turn}:${s.start}-${s.end}.${s.hash}`

export const transcriptPageSearchSchema = z.object({
  /** The list's query string this transcript was opened from (next/previous, highlights). */
  from: z.preprocess(first, z.string().max(4000).optional().catch(undefined)),
  span: z.preprocess(first, z.string().max(120).optional().catch(undefined)).transform((s) => (s ? { raw: s, ref: parseSpanRef(s) } : undefined)),
  raw: z.preprocess(first, z.enum(['1']).optional().catch(undefined)).transform((v) => v === '1'),
})
export type TranscriptPageSearch = z.infer<typeof transcriptPageSearchSchema>

export const PAIR_AXES = ['tier', 'model', 'variant'] as const
export type PairAxis = (typeof PAIR_AXES)[number]
export const pairPageSearchSchema = transcriptPageSearchSchema.pick({ from: true }).extend({
  vary: z.preprocess(first, z.enum(PAIR_AXES).catch('tier')).default('tier'),
  with: z.preprocess(first, transcriptKeySchema.optional().catch(undefined)),
})

export const promptCompareSearchSchema = z.object({
  a: z.preprocess(first, z.string().regex(/^[0-9a-f]{64}$/).optional().catch(undefined)),
  b: z.preprocess(first, z.string().regex(/^[0-9a-f]{64}$/).optional().catch(undefined)),
})

export const savedViewSchema = z.object({
  name: z.string().trim().min(1, 'Give the view a name.').max(100),
  query: z.string().max(4000),
})

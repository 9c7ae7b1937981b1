import { streamCsv } from '../csv-stream'
import { ImportError, type Conditions, type FormatReader, type ImportedLabelInput } from '../types'

/**
 * Column names seen in real CSV dumps for each role, first match wins. Any other column
 * is kept in `extra`, and columns holding True/False become imported labels.
 */
const ROLES = {
  tier: ['condition', 'tier', 'tags', 'is_free_tier_user'],
  query: ['prompt', 'user_input', 'query', 'question', 'input'],
  response: ['response', 'output', 'completion', 'answer'],
  system: ['system_prompt', 'system'],
  model: ['model', 'model_id'],
  cot: ['cot_mode', 'cot'],
  querySource: ['source', 'dataset', 'query_source'],
  promptVariant: ['prompt_variant', 'variant', 'system_prompt_name'],
  setting: ['setting'],
  seed: ['seed'],
  sampleIndex: ['sample_index', 'sample'],
} as const
type Role = keyof typeof ROLES

const COT: Record<string, string> = { with_cot: 'hidden_scratchpad', cot: 'hidden_scratchpad', no_cot: 'no_cot' }

export function assignColumns(header: string[]): Partial<Record<Role, string>> {
  const lower = new Map(header.map((h) => [h.trim().toLowerCase(), h]))
  const out: Partial<Record<Role, string>> = {}
  for (const [role, names] of Object.entries(ROLES) as [Role, readonly string[]][]) {
    const hit = names.find((n) => lower.has(n))
    if (hit) out[role] = lower.get(hit)
  }
  return out
}

/** A CSV with one transcript per row (pandas `to_csv` style, with its unnamed index column). */
export const csvReader: FormatReader = {
  id: 'csv',
  label: 'CSV, one row per transcript',
  async *read(input) {
    // pandas writes its index column with an empty header.
    const rows = streamCsv(input.openText(), { columns: (h) => h.map((c, i) => c || `_column_${i}`) })
    let cols: Partial<Record<Role, string>> | null = null
    for await (const { value: record, line, index } of rows) {
      if (!cols) {
        cols = assignColumns(Object.keys(record))
        if (!cols.response) {
          throw new ImportError(`No response column: expected one of ${ROLES.response.join(', ')}. Use --map with a mapping file for other layouts.`, { line: 1 })
        }
      }
      const ref = `row ${index + 1} (line ${line})`
      const get = (role: Role) => (cols![role] ? record[cols![role]!] : undefined)
      const conditions: Conditions = {}
      const sources: Record<string, 'field'> = {}
      const set = (field: keyof Conditions, v: string | number | undefined) => {
        if (v === undefined || v === '') return
        ;(conditions as Record<string, unknown>)[field] = v
        sources[field] = 'field'
      }
      set('tier', get('tier'))
      set('model', get('model'))
      const cot = get('cot')
      set('cot', cot ? (COT[cot.toLowerCase()] ?? cot) : undefined)
      set('querySource', get('querySource'))
      set('promptVariant', get('promptVariant'))
      set('setting', get('setting'))
      for (const f of ['seed', 'sampleIndex'] as const) {
        const v = get(f)
        if (v !== undefined && v !== '') {
          if (!/^-?\d+$/.test(v)) throw new ImportError(`${cols[f]} must be a whole number, got "${v.slice(0, 40)}"`, { line, record: index, field: cols[f] })
          set(f, Number(v))
        }
      }
      const used = new Set(Object.values(cols))
      const labels: ImportedLabelInput[] = []
      const extra: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(record)) {
        if (used.has(k)) continue
        if (v === 'True' || v === 'False' || v === 'true' || v === 'false') labels.push({ grader: 'file', key: k, value: v.toLowerCase() === 'true' })
        else extra[k] = v
      }
      const query = get('query')
      const system = get('system')
      yield {
        index,
        ref,
        systemPrompt: system || null,
        turns: [...(query !== undefined ? [{ role: 'user', content: query }] : []), { role: 'assistant', content: get('response') ?? '' }],
        conditions,
        conditionSources: sources,
        extra,
        labels,
      }
    }
  },
}

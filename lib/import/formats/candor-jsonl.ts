import { streamJsonLines } from '../json-stream'
import { ImportError, type Conditions, type FormatReader } from '../types'
import { candorHeaderSchema, candorRecordSchema } from './candor-jsonl-schema'
import { zodProblem } from './zod-problem'

/** Candor's own export format (docs/candor-jsonl.md): a header line, then one transcript per line. */
export const candorJsonlReader: FormatReader = {
  id: 'candor-jsonl',
  label: 'Candor JSONL export',
  async *read(input) {
    let sawHeader = false
    for await (const { value, index, line } of streamJsonLines(input.openText())) {
      if (!sawHeader) {
        const header = candorHeaderSchema.safeParse(value)
        if (!header.success) {
          throw new ImportError(`The first line must be the Candor header {"candor_format": 1, …}: ${zodProblem(header.error)}`, { line, field: header.error.issues[0]?.path.join('.') })
        }
        sawHeader = true
        continue
      }
      const parsed = candorRecordSchema.safeParse(value)
      if (!parsed.success) throw new ImportError(zodProblem(parsed.error), { line, record: index - 1, field: parsed.error.issues[0]?.path.join('.') })
      const r = parsed.data
      const conditions: Conditions = {}
      for (const [k, v] of Object.entries(r.conditions)) if (v != null) (conditions as Record<string, unknown>)[k] = v
      yield {
        index: index - 1,
        ref: r.sourceRef ? `line ${line} (${r.sourceRef})` : `line ${line}`,
        systemPrompt: r.systemPrompt ?? null,
        turns: r.turns,
        conditions,
        conditionSources: r.conditionSources ?? {},
        ...(r.queryKey ? { queryKey: r.queryKey } : {}),
        extra: r.extra,
        labels: r.importedLabels.map((l) => ({ grader: l.grader, key: l.key, value: l.value, ...(l.raw !== undefined ? { raw: l.raw } : {}), ...(l.quotes !== undefined ? { quotes: l.quotes } : {}) })),
      }
    }
  },
}

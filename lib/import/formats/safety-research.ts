import { z } from 'zod'
import { streamJson } from '../json-stream'
import { ImportError, type FormatReader, type ImportedLabelInput, type SourceRecord } from '../types'
import { conditionsFromResultsPath } from './path-conditions'
import { zodProblem } from './zod-problem'

const message = z.object({ role: z.string(), content: z.string() })
const classifier = z.looseObject({
  final_answer: z.number().nullish(),
  final_answer_most_common: z.string().nullish(),
  criteria: z.array(z.number().nullable()).nullish(),
  quotes: z.array(z.array(z.string()).nullable()).nullish(),
  success: z.boolean().nullish(),
})
const item = z.looseObject({
  user_input: z.string().optional(),
  prompt: z.object({ messages: z.array(message).min(1) }),
  output: z.string(),
  tags: z.string().optional(),
  success: z.boolean().optional(),
  strong_reject_score: z.number().nullish(),
  strong_reject_raw_output: z.string().nullish(),
  output_contains_acceptance: z.boolean().nullish(),
  output_contains_refusal: z.boolean().nullish(),
})

const CLASSIFIERS = ['deceptive_alignment', 'partial_compliance', 'helpfulness_categories', 'deceptive_alignment_categories']
const CONSUMED = new Set(['prompt', 'output', 'tags', 'strong_reject_score', 'strong_reject_raw_output', 'output_contains_acceptance', 'output_contains_refusal', ...CLASSIFIERS])

function classifierLabels(grader: string, raw: unknown, ref: string): ImportedLabelInput[] {
  const parsed = classifier.safeParse(raw)
  if (!parsed.success) throw new ImportError(zodProblem(parsed.error), { record: ref, field: grader })
  const c = parsed.data
  const labels: ImportedLabelInput[] = [
    { grader, key: 'final_answer', value: c.final_answer ?? null, raw },
    { grader, key: 'most_common', value: c.final_answer_most_common ?? null },
  ]
  c.criteria?.forEach((v, i) => labels.push({ grader, key: `criterion_${i + 1}`, value: v, quotes: c.quotes?.[i] ?? [] }))
  return labels
}

/** safety-research "open-source-alignment-faking" results: a JSON array, one item per transcript. */
export const safetyResearchReader: FormatReader = {
  id: 'safety-research-json',
  label: 'safety-research results JSON',
  async *read(input) {
    const fromPath = conditionsFromResultsPath(input.originalPath)
    for await (const { value, index, line } of streamJson(input.openText(), '$.*')) {
      const ref = `item ${index} (line ${line})`
      const parsed = item.safeParse(value)
      if (!parsed.success) throw new ImportError(zodProblem(parsed.error), { line, record: index, field: parsed.error.issues[0]?.path.join('.') })
      const it = parsed.data
      const system = it.prompt.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n')
      const turns = [...it.prompt.messages.filter((m) => m.role !== 'system'), { role: 'assistant', content: it.output }]
      const labels: ImportedLabelInput[] = []
      if (it.output_contains_acceptance != null) labels.push({ grader: 'file', key: 'output_contains_acceptance', value: it.output_contains_acceptance })
      if (it.output_contains_refusal != null) labels.push({ grader: 'file', key: 'output_contains_refusal', value: it.output_contains_refusal })
      if (it.strong_reject_score != null || it.strong_reject_raw_output != null) {
        labels.push({ grader: 'strong_reject', key: 'score', value: it.strong_reject_score ?? null, raw: { raw_output: it.strong_reject_raw_output ?? null } })
      }
      const rec = it as Record<string, unknown>
      for (const name of CLASSIFIERS) if (rec[name] != null) labels.push(...classifierLabels(name, rec[name], ref))
      const extra: Record<string, unknown> = { ...fromPath.extra }
      for (const [k, v] of Object.entries(rec)) if (!CONSUMED.has(k)) extra[k] = v
      const record: SourceRecord = {
        index,
        ref,
        systemPrompt: system || null,
        turns,
        conditions: { ...fromPath.conditions, ...(it.tags ? { tier: it.tags } : {}) },
        conditionSources: { ...fromPath.sources, ...(it.tags ? { tier: 'field' as const } : {}) },
        extra,
        labels,
      }
      yield record
    }
  },
}

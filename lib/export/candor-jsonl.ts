import 'server-only'
import { getDatasetForExport, listTranscriptsForExport } from '@/lib/data/export'
import { CANDOR_FORMAT_VERSION, type CandorHeader, type CandorRecord } from '@/lib/import/formats/candor-jsonl-schema'
import { AppError } from '@/lib/errors'
import { CONDITION_FIELDS } from '@/lib/import/types'

const PAGE = 500

/**
 * Streams a dataset as Candor JSONL (docs/candor-jsonl.md), one line at a time with its
 * trailing newline, so a route handler can pipe it without holding the dataset in memory.
 * Only data that came with the file is exported: no human labels, comments or queues.
 */
export async function* exportDatasetJsonl(projectId: string, datasetId: string): AsyncGenerator<string> {
  const dataset = await getDatasetForExport(projectId, datasetId)
  if (!dataset) throw new AppError('NOT_FOUND', 'No such dataset in this project.')
  const header: CandorHeader = {
    candor_format: CANDOR_FORMAT_VERSION,
    project: dataset.project.slug,
    dataset: dataset.name,
    source: { originalPath: dataset.originalPath, format: dataset.format },
    exported_at: new Date().toISOString(),
    tag_config: dataset.tagConfig,
  }
  yield `${JSON.stringify(header)}\n`
  let after = 0
  for (;;) {
    const page = await listTranscriptsForExport(datasetId, after, PAGE)
    for (const t of page) {
      const conditions = Object.fromEntries(CONDITION_FIELDS.filter((f) => t[f] != null).map((f) => [f, t[f]]))
      const record: CandorRecord = {
        key: t.key,
        sourceRef: t.sourceRef,
        queryKey: t.queryKey,
        conditions,
        conditionSources: t.conditionSources as CandorRecord['conditionSources'],
        systemPrompt: t.systemPrompt?.text ?? null,
        turns: t.turns as CandorRecord['turns'],
        extra: t.extra as Record<string, unknown>,
        importedLabels: t.importedLabels.map((l) => ({
          grader: l.grader,
          key: l.key,
          value: l.valueBool ?? l.valueNum ?? l.valueText ?? null,
          ...(l.raw !== null ? { raw: l.raw } : {}),
          ...(l.quotes !== null ? { quotes: l.quotes } : {}),
        })),
      }
      yield `${JSON.stringify(record)}\n`
    }
    if (page.length < PAGE) return
    after = page[page.length - 1].id
  }
}

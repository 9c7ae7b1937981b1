import { mappingSchema, type Mapping } from '@/lib/validations/mapping'
import { streamCsv } from '../csv-stream'
import { streamJson, streamJsonLines } from '../json-stream'
import { ImportError, type ConditionField, type FormatReader, type SourceRecord } from '../types'
import { consumedKeys, getPath, readConditions, readExtra, readLabels, readTurns, setCondition, type Where } from './mapping-record'
import { zodProblem } from './zod-problem'

/** Validates a mapping file; the error names the mapping field that is wrong. */
export function parseMapping(raw: unknown): Mapping {
  if (raw === undefined || raw === null) throw new ImportError('The mapping format needs a mapping file (--map).', { field: 'mapping' })
  const parsed = mappingSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // For a misspelt key, point at the key itself ("conditions.tierr"), not its parent.
    const at = [...(issue?.path ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])]
    throw new ImportError(`Invalid mapping file: ${zodProblem(parsed.error)}`, { field: ['mapping', ...at].join('.') })
  }
  return parsed.data
}

type RawRecord = { value: unknown; line?: number; index: number }

async function* records(m: Mapping, openText: () => AsyncIterable<string>): AsyncGenerator<RawRecord> {
  if (m.records.format === 'json') yield* streamJson(openText(), m.records.path)
  else if (m.records.format === 'jsonl') yield* streamJsonLines(openText())
  else yield* streamCsv(openText(), { columns: true, delimiter: m.records.delimiter })
}

/** Any JSON, JSONL or CSV layout described by a mapping file (docs/mapping.md). */
export const mappingReader: FormatReader = {
  id: 'mapping',
  label: 'Any JSON/JSONL/CSV layout, described by a mapping file',
  async *read(input) {
    const m = parseMapping(input.mapping)
    const consumed = consumedKeys(m)
    const filePath = input.originalPath.replace(/\\/g, '/')
    let out = 0
    for await (const { value, line, index } of records(m, input.openText)) {
      const w: Where = { index, ref: `record ${index}${line ? ` (line ${line})` : ''}`, line, record: index }
      const id = m.fields.id ? getPath(value, m.fields.id) : undefined
      const explicitKey = m.fields.queryKey ? getPath(value, m.fields.queryKey) : undefined
      const { conditions, sources } = readConditions(m, value, filePath, w)
      const labels = readLabels(m.labels, value)
      if (!m.unpivot) {
        const extra = readExtra(m, value, consumed)
        if (id !== undefined) extra.sourceId = id
        yield {
          index: out++, ref: id !== undefined ? `${w.ref}, id ${String(id)}` : w.ref, ...readTurns(m, value, w),
          conditions, conditionSources: sources, extra, labels,
          ...(explicitKey != null ? { queryKey: `map:${String(explicitKey)}` } : {}),
        }
        continue
      }
      const u = m.unpivot
      const cells = u.field ? getPath(value, u.field) : value
      if (cells === null || typeof cells !== 'object' || Array.isArray(cells)) {
        throw new ImportError(`${w.ref}: field \`${u.field}\` must be an object keyed by condition`, { line, record: index, field: u.field })
      }
      const keyRe = new RegExp(u.keyPattern)
      const matched = new Set<string>()
      // Every cell of one record is the same query in another condition: one pairing key for all.
      const pairKey = explicitKey ?? id
      const queryKey = pairKey != null ? `map:${String(pairKey)}` : m.fields.query || m.fields.messages ? undefined : `map:${filePath}#${index}`
      for (const [key, cell] of Object.entries(cells)) {
        const groups = keyRe.exec(key)?.groups
        if (!groups) {
          if (!u.field && consumed.has(key)) continue
          if (u.unmatched === 'skip') continue
          throw new ImportError(`${w.ref}: key "${key}" does not match unpivot.keyPattern ${u.keyPattern} (set unpivot.unmatched to "skip" to ignore such keys)`, { line, record: index, field: u.field ? `${u.field}.${key}` : key })
        }
        matched.add(key)
        const cw: Where = { ...w, ref: `${w.ref}, ${key}` }
        const cellConditions = { ...conditions }
        const cellSources = { ...sources }
        for (const [g, v] of Object.entries(groups)) {
          if (v === undefined) continue
          setCondition(cellConditions, g as ConditionField, v, cw, key)
          cellSources[g as ConditionField] = 'mapping'
        }
        let response: unknown = cell
        if (cell !== null && typeof cell === 'object') {
          if (!u.response) throw new ImportError(`${cw.ref}: the value is an object; say where its text is with unpivot.response`, { line, record: index, field: key })
          response = getPath(cell, u.response)
        }
        if (response !== null && response !== undefined && typeof response !== 'string') {
          throw new ImportError(`${cw.ref}: the response must be text`, { line, record: index, field: u.response ? `${key}.${u.response}` : key })
        }
        const extra = readExtra(m, value, consumed, u.field ? new Set() : new Set(Object.keys(cells).filter((k) => keyRe.test(k))))
        if (id !== undefined) extra.sourceId = id
        extra.unpivotKey = key
        const rec: SourceRecord = {
          index: out++, ref: cw.ref, ...readTurns(m, value, cw, (response as string | null | undefined) ?? ''),
          conditions: cellConditions, conditionSources: cellSources, extra,
          labels: [...labels, ...(cell !== null && typeof cell === 'object' ? readLabels(u.labels, cell) : [])],
          ...(queryKey ? { queryKey } : {}),
        }
        yield rec
      }
      if (!matched.size) throw new ImportError(`${w.ref}: no key matches unpivot.keyPattern ${u.keyPattern}`, { line, record: index, field: u.field ?? 'unpivot.keyPattern' })
    }
  },
}

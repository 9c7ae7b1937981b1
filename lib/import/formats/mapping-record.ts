import type { Mapping } from '@/lib/validations/mapping'
import type { Turn } from '@/lib/parse/segments'
import { ImportError, type Conditions, type ConditionField, type ConditionSource, type ImportedLabelInput, type SourceRecord } from '../types'
import { contentSchema, contentText } from './content'

/** Reads a dot path; a key equal to the whole path wins, so CSV columns named "a.b" work. */
export function getPath(obj: unknown, path: string): unknown {
  if (obj !== null && typeof obj === 'object' && Object.hasOwn(obj, path)) return (obj as Record<string, unknown>)[path]
  let cur: unknown = obj
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[seg]
  }
  return cur
}

export type Where = { index: number; ref: string; line?: number; record: number | string }

const err = (msg: string, w: Where, field: string) => new ImportError(`${w.ref}: ${msg}`, { line: w.line, record: w.record, field })

function text(v: unknown, field: string, w: Where, required: boolean): string | undefined {
  if (v === undefined) {
    if (required) throw err(`field \`${field}\` is missing`, w, field)
    return undefined
  }
  if (v === null) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  throw err(`field \`${field}\` must be text, got ${Array.isArray(v) ? 'a list' : 'an object'}`, w, field)
}

/** "True"/"False" from CSV become booleans; objects are kept whole in `raw`. */
function labelValue(v: unknown): Pick<ImportedLabelInput, 'value' | 'raw'> {
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return { value: v.toLowerCase() === 'true' }
  if (v === null || ['boolean', 'number', 'string'].includes(typeof v)) return { value: v as ImportedLabelInput['value'] }
  return { value: null, raw: v }
}

export function readLabels(specs: Mapping['labels'], from: unknown): ImportedLabelInput[] {
  const out: ImportedLabelInput[] = []
  for (const s of specs) {
    const v = getPath(from, s.field)
    if (v === undefined) continue
    out.push({ grader: s.grader, key: s.key ?? s.field.split('.').at(-1)!, ...labelValue(v) })
  }
  return out
}

/** Condition values from fields, the file path and constants. */
export function readConditions(m: Mapping, rec: unknown, filePath: string, w: Where) {
  const conditions: Conditions = {}
  const sources: Partial<Record<ConditionField, ConditionSource>> = {}
  for (const [f, spec] of Object.entries(m.conditions) as [ConditionField, NonNullable<Mapping['conditions'][ConditionField]>][]) {
    let v: unknown
    if (spec.const !== undefined) v = spec.const
    else if (spec.field) v = getPath(rec, spec.field)
    else if (spec.path) {
      const match = new RegExp(spec.path).exec(filePath)
      v = match?.groups ? (match.groups[f] ?? Object.values(match.groups)[0]) : undefined
    }
    if (v === undefined || v === null || v === '') continue
    setCondition(conditions, f, spec.map?.[String(v)] ?? v, w, spec.field ?? `conditions.${f}`)
    sources[f] = spec.field ? 'field' : spec.path ? 'path' : 'mapping'
  }
  return { conditions, sources }
}

export function setCondition(into: Conditions, f: ConditionField, v: unknown, w: Where, field: string) {
  if (f === 'seed' || f === 'sampleIndex') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN
    if (!Number.isSafeInteger(n)) throw err(`${f} must be a whole number, got ${JSON.stringify(v)?.slice(0, 40)}`, w, field)
    into[f] = n
  } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') into[f] = String(v)
  else throw err(`${f} must be text, got ${Array.isArray(v) ? 'a list' : 'an object'}`, w, field)
}

/** Conversation turns and system prompt from the mapped fields of one record (or one unpivoted cell). */
export function readTurns(m: Mapping, rec: unknown, w: Where, response?: string): { turns: Turn[]; systemPrompt: string | null } {
  const f = m.fields
  const system: string[] = []
  const sp = f.systemPrompt ? text(getPath(rec, f.systemPrompt), f.systemPrompt, w, false) : undefined
  if (sp) system.push(sp)
  const turns: Turn[] = []
  if (f.messages) {
    const list = getPath(rec, f.messages.path)
    if (!Array.isArray(list)) throw err(`field \`${f.messages.path}\` must be a list of messages`, w, f.messages.path)
    list.forEach((msg, i) => {
      const at = `${f.messages!.path}.${i}`
      const rawRole = text(getPath(msg, f.messages!.role), `${at}.${f.messages!.role}`, w, true)!
      const content = contentSchema.safeParse(getPath(msg, f.messages!.content))
      if (!content.success) throw err(`field \`${at}.${f.messages!.content}\` must be text or a list of text parts`, w, `${at}.${f.messages!.content}`)
      const role = f.messages!.roles[rawRole] ?? rawRole
      const body = contentText(content.data).text
      if (role === 'system' && !sp) system.push(body)
      else if (role !== 'system') turns.push({ role, content: body })
    })
  } else if (f.query) {
    turns.push({ role: 'user', content: text(getPath(rec, f.query), f.query, w, true)! })
  }
  const reply = response ?? (f.response ? text(getPath(rec, f.response), f.response, w, true) : undefined)
  if (reply !== undefined) turns.push({ role: 'assistant', content: reply })
  if (!turns.length) throw err('no turns: the mapped fields hold no messages and no response', w, f.messages?.path ?? f.response ?? 'fields')
  return { turns, systemPrompt: system.length ? system.join('\n\n') : null }
}

/** Top-level keys a mapping reads, so "rest" keeps only the others in extra. */
export function consumedKeys(m: Mapping): Set<string> {
  const paths = [
    ...Object.values(m.fields).map((v) => (typeof v === 'string' ? v : v?.path)),
    ...Object.values(m.conditions).map((c) => c?.field),
    ...m.labels.map((l) => l.field),
    m.unpivot?.field,
  ].filter((p): p is string => !!p)
  return new Set(paths.flatMap((p) => [p, p.split('.')[0]]))
}

export function readExtra(m: Mapping, rec: unknown, consumed: Set<string>, skipKeys: Set<string> = new Set()): Record<string, unknown> {
  if (m.extra === 'none' || rec === null || typeof rec !== 'object') return {}
  if (Array.isArray(m.extra)) return Object.fromEntries(m.extra.map((p) => [p, getPath(rec, p)]).filter(([, v]) => v !== undefined))
  return Object.fromEntries(Object.entries(rec).filter(([k]) => !consumed.has(k) && !skipKeys.has(k)))
}

export type BuiltRecord = Omit<SourceRecord, 'index' | 'ref'>

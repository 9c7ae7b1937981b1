import { createHash } from 'node:crypto'
import { parseTranscript } from '@/lib/parse/transcript'
import type { TagConfig } from '@/lib/parse/tags'
import { CONDITION_FIELDS, ImportError, type Conditions, type SourceRecord } from './types'

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

const MONITORING: Record<string, string> = {
  free: 'implied_training',
  paid: 'implied_unmonitored',
  pro: 'rated_only',
  enterprise: 'implied_unmonitored',
}

/** Maps the many spellings of tier found in dumps to free | paid | pro | enterprise. */
export function normalizeTier(raw: string | null | undefined): string | undefined {
  if (raw == null) return undefined
  const v = raw.trim().toLowerCase().replace(/[\s-]+/g, '_')
  if (['free', 'free_tier', 'true', 'train', 'training', 'implied_training'].includes(v)) return 'free'
  if (['paid', 'paid_tier', 'false', 'deploy', 'unmonitored', 'implied_unmonitored'].includes(v)) return 'paid'
  if (['pro', 'pro_tier'].includes(v)) return 'pro'
  if (['enterprise', 'enterprise_tier'].includes(v)) return 'enterprise'
  return v || undefined
}

export const normalizeQuery = (q: string) => q.replace(/\s+/g, ' ').trim()

/** Checks text PostgreSQL cannot store or that would not round-trip. */
export function assertStorableText(s: string, ref: string, field: string) {
  const nul = s.indexOf('\u0000')
  if (nul !== -1) {
    throw new ImportError(`${field} contains a NUL character (at offset ${nul}); PostgreSQL text cannot store it, and dropping it would change the transcript.`, { record: ref, field })
  }
  if (!s.isWellFormed()) {
    throw new ImportError(`${field} contains a lone UTF-16 surrogate (a broken \\uD8xx escape); it cannot be stored as UTF-8.`, { record: ref, field })
  }
}

/**
 * The same check for JSON kept beside the transcript (extra, label values, raw, quotes):
 * PostgreSQL jsonb rejects \u0000 and lone surrogates too, and would fail the whole
 * import with an opaque database error instead of naming the record and field.
 */
export function assertStorableJson(v: unknown, ref: string, field: string): void {
  if (typeof v === 'string') assertStorableText(v, ref, field)
  else if (Array.isArray(v)) v.forEach((x, i) => assertStorableJson(x, ref, `${field}[${i}]`))
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      assertStorableText(k, ref, `${field} key`)
      assertStorableJson(x, ref, `${field}.${k}`)
    }
  }
}

export type NormalizedTranscript = ReturnType<typeof normalizeRecord>

/** Turns a reader's record into the row we store: parsed segments, derived conditions, stable keys. */
export function normalizeRecord(rec: SourceRecord, tags: TagConfig, systemPromptHash: string | null) {
  rec.turns.forEach((t, i) => assertStorableText(t.content, rec.ref, `turns[${i}].content`))
  if (rec.systemPrompt) assertStorableText(rec.systemPrompt, rec.ref, 'system prompt')
  assertStorableJson(rec.extra, rec.ref, 'extra')
  rec.labels.forEach((l, i) => assertStorableJson(l, rec.ref, `labels[${i}] (${l.grader}/${l.key})`))
  const parsed = parseTranscript(rec.turns, tags)
  const conditions: Conditions = { ...rec.conditions }
  const sources = { ...rec.conditionSources }
  if (conditions.tier) conditions.tier = normalizeTier(conditions.tier)
  else if (parsed.tierTag) {
    conditions.tier = normalizeTier(parsed.tierTag)
    sources.tier = 'tag'
  }
  for (const f of CONDITION_FIELDS) {
    const v = conditions[f]
    if (typeof v === 'string') assertStorableText(v, rec.ref, f)
  }
  // The stable key hashes content and conditions, never positions or row ids, so the
  // same transcript gets the same URL after a re-import.
  const identity = JSON.stringify([systemPromptHash, rec.turns, CONDITION_FIELDS.map((f) => conditions[f] ?? null)])
  const key = sha256(identity).slice(0, 24)
  // Without query text (response-only dumps) there is nothing to pair on; hashing the
  // empty string would pair every such transcript with every other.
  const query = normalizeQuery(parsed.queryText)
  const queryKey = rec.queryKey ?? (query ? `q:${sha256(query).slice(0, 24)}` : `t:${key}`)
  const charCount = rec.turns.reduce((n, t) => n + t.content.length, 0)
  return {
    key,
    sourceIndex: rec.index,
    sourceRef: rec.ref,
    conditions,
    monitoring: conditions.tier ? (MONITORING[conditions.tier] ?? null) : null,
    conditionSources: sources,
    queryKey,
    extra: rec.extra,
    turns: rec.turns,
    segments: parsed.segments,
    parseWarnings: parsed.warnings,
    queryText: parsed.queryText,
    scratchpadText: parsed.scratchpadText,
    outputText: parsed.outputText,
    outputMarker: parsed.outputMarker,
    charCount,
    labels: rec.labels,
  }
}

import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import { parseSort } from '@/lib/reading/list-url'
import {
  FILTER_COLUMNS, FILTER_FIELDS, NONE, type FilterField, type LabelFilter, type ListQuery, type SearchMode, type SearchScope,
} from '@/lib/validations/search-params'

/**
 * SQL for the transcript list's filters, search and sort, shared by the list, the
 * facets, the per-condition counts and next/previous. Every value is a bound
 * parameter; only column names from fixed maps are spliced in. Rows are `t`.
 */

/** A resolved search: the SQL condition and what to highlight. Built by lib/data/search.ts. */
export type ResolvedSearch = {
  q: string
  scope: SearchScope
  mode: SearchMode
  where: Prisma.Sql
  /** Lexemes (words mode) or literal strings (phrase/substring) for highlighting. */
  highlight: { kind: 'prefix' | 'literal'; terms: string[] }
  /** Shown above the results when the search had to change or widen. */
  note?: string
  /** Exact-text search with no whole word to narrow it by index: scans text, so counts stop early. */
  isSlow?: boolean
}

export type FilterOptions = { except?: FilterField; search?: ResolvedSearch | null; conditionsOnly?: boolean }

const col = (f: FilterField) => Prisma.raw(`t.${FILTER_COLUMNS[f]}`)

function valuesCondition(f: FilterField, values: string[]): Prisma.Sql {
  const real = values.filter((v) => v !== NONE)
  const parts: Prisma.Sql[] = []
  if (real.length === 1) parts.push(Prisma.sql`${col(f)} = ${real[0]}`)
  else if (real.length > 1) parts.push(Prisma.sql`${col(f)} = ANY(${real}::text[])`)
  if (values.includes(NONE)) parts.push(Prisma.sql`${col(f)} IS NULL`)
  return parts.length === 1 ? parts[0] : Prisma.sql`(${Prisma.join(parts, ' OR ')})`
}

function labelCondition(l: LabelFilter): Prisma.Sql {
  const n = Number(l.value)
  let value: Prisma.Sql
  if (l.op === '>=') value = Prisma.sql`l.value_num >= ${n}`
  else if (l.op === '<=') value = Prisma.sql`l.value_num <= ${n}`
  else if (l.value === 'true' || l.value === 'false') value = Prisma.sql`l.value_bool = ${l.value === 'true'}`
  else if (Number.isFinite(n) && l.value.trim() !== '') value = Prisma.sql`(l.value_num = ${n} OR l.value_text = ${l.value})`
  else value = Prisma.sql`l.value_text = ${l.value}`
  return Prisma.sql`EXISTS (SELECT 1 FROM imported_labels l WHERE l.transcript_id = t.id AND l.grader = ${l.grader} AND l.key = ${l.key} AND ${value})`
}

/**
 * The WHERE clause for a list query in one project. `except` leaves one field's own
 * filter out (facet counts show the alternatives); `conditionsOnly` keeps only the
 * condition columns, the baseline for per-condition rates.
 */
export function buildWhere(projectId: string, q: ListQuery, opts: FilterOptions = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`t.project_id = ${projectId}`]
  for (const f of FILTER_FIELDS) {
    if (f === opts.except || !q[f].length) continue
    if (opts.conditionsOnly && f === 'marker') continue
    parts.push(valuesCondition(f, q[f]))
  }
  if (!opts.conditionsOnly) {
    for (const l of q.label) parts.push(labelCondition(l))
    if (q.warn === 'yes') parts.push(Prisma.sql`cardinality(t.parse_warnings) > 0`)
    if (q.warn === 'no') parts.push(Prisma.sql`cardinality(t.parse_warnings) = 0`)
    if (opts.search) parts.push(opts.search.where)
  }
  if (q.len?.min !== undefined) parts.push(Prisma.sql`t.char_count >= ${q.len.min}`)
  if (q.len?.max !== undefined) parts.push(Prisma.sql`t.char_count <= ${q.len.max}`)
  return Prisma.join(parts, ' AND ')
}

/** Sort expressions; text columns are coalesced so keyset comparisons (next/previous) never meet NULL. */
const SORT_EXPR: Record<string, string> = {
  import: 't.id',
  length: 't.char_count',
  model: "coalesce(t.model, '')",
  tier: "coalesce(t.tier, '')",
  variant: "coalesce(t.prompt_variant, '')",
  setting: "coalesce(t.setting, '')",
  warnings: 'cardinality(t.parse_warnings)',
}

export function sortParts(sort: string): { expr: Prisma.Sql; desc: boolean; orderBy: Prisma.Sql; isId: boolean } {
  const { key, desc } = parseSort(sort)
  const src = SORT_EXPR[key] ?? SORT_EXPR.import
  const dir = desc ? 'DESC' : 'ASC'
  const isId = src === 't.id'
  return {
    expr: Prisma.raw(src),
    desc,
    isId,
    orderBy: Prisma.raw(isId ? `t.id ${dir}` : `${src} ${dir}, t.id ${dir}`),
  }
}

export { Prisma }

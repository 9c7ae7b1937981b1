import 'server-only'
import { db } from '@/lib/db'
import { FILTER_COLUMNS, FILTER_FIELDS, type FilterField, type ListQuery } from '@/lib/validations/search-params'
import { buildWhere, Prisma, type ResolvedSearch } from './transcript-filter'

export type FacetValue = { value: string | null; count: number }
export type LabelFacet = { grader: string; key: string; values: FacetValue[] }
export type Facets = {
  fields: Record<FilterField, FacetValue[]>
  warnings: { yes: number; no: number }
  labels: LabelFacet[]
  /** Rows matching the whole query (exact). */
  total: number
}

const MAX_VALUES = 40
const MAX_LABEL_VALUES = 8

/** True when the query narrows nothing: its counts are the project's totals, which are cached. */
function isUnfiltered(q: ListQuery, search: ResolvedSearch | null): boolean {
  return !search && FILTER_FIELDS.every((f) => !q[f].length) && !q.label.length && !q.warn && !q.len
}

/**
 * Counts per value of every condition field under the current filter. A field's own
 * filter is left out of its counts, so a chosen model still shows how many rows the
 * other models would add. Fields without a filter share one grouping-sets scan of the
 * filtered rows. Without any filter the counts are the project's totals, served from
 * reading_count_cache while no transcript or imported label has changed since.
 */
export async function getFacets(projectId: string, q: ListQuery, search: ResolvedSearch | null): Promise<Facets> {
  if (isUnfiltered(q, search)) return cachedCounts(projectId, 'facets', () => computeFacets(projectId, q, search))
  return computeFacets(projectId, q, search)
}

async function computeFacets(projectId: string, q: ListQuery, search: ResolvedSearch | null): Promise<Facets> {
  const active = FILTER_FIELDS.filter((f) => q[f].length > 0)
  const shared = FILTER_FIELDS.filter((f) => !active.includes(f))
  const where = buildWhere(projectId, q, { search })
  // Warning counts leave the warning filter out, like a field's own filter.
  const [sharedCounts, ownCounts, warnCounts, labels] = await Promise.all([
    groupCounts(where, shared, !q.warn),
    Promise.all(active.map((f) => groupCounts(buildWhere(projectId, q, { search, except: f }), [f], false))),
    q.warn ? groupCounts(buildWhere(projectId, { ...q, warn: undefined }, { search }), [], true) : null,
    labelFacets(where),
  ])
  const fields = Object.fromEntries(FILTER_FIELDS.map((f) => [f, [] as FacetValue[]])) as Record<FilterField, FacetValue[]>
  for (const c of [sharedCounts, ...ownCounts]) for (const [f, values] of c.fields) fields[f].push(...values)
  for (const f of FILTER_FIELDS) fields[f] = fields[f].sort((a, b) => b.count - a.count).slice(0, MAX_VALUES)
  return { fields, warnings: (warnCounts ?? sharedCounts).warnings, labels, total: sharedCounts.total }
}

type GroupCounts = { fields: Map<FilterField, FacetValue[]>; warnings: { yes: number; no: number }; total: number }

/**
 * One pass over the filtered rows (index-only on the covering list index): GROUPING SETS
 * count every requested field, the warning split and the total at once.
 */
async function groupCounts(where: Prisma.Sql, fields: FilterField[], withWarnings: boolean): Promise<GroupCounts> {
  const cols = fields.map((f) => `t.${FILTER_COLUMNS[f]}`)
  const warnExpr = '(cardinality(t.parse_warnings) > 0)'
  const sets = [...cols.map((c) => `(${c})`), ...(withWarnings ? [`(${warnExpr})`] : []), '()']
  const fieldOf = fields.map((f, i) => `WHEN GROUPING(${cols[i]}) = 0 THEN '${f}'`).join(' ')
  const valueOf = fields.map((f, i) => `WHEN GROUPING(${cols[i]}) = 0 THEN ${cols[i]}::text`).join(' ')
  const warnOf = withWarnings ? `WHEN GROUPING(${warnExpr}) = 0 THEN '~warn'` : ''
  const rows = await db.$queryRaw<{ field: string; value: string | null; warned: boolean | null; n: number }[]>`
    SELECT CASE ${Prisma.raw(fieldOf)} ${Prisma.raw(warnOf)} ELSE '~total' END AS field,
           ${Prisma.raw(fields.length ? `CASE ${valueOf} END` : 'NULL::text')} AS value,
           ${Prisma.raw(withWarnings ? warnExpr : 'NULL::boolean')} AS warned, count(*)::int AS n
    FROM transcripts t WHERE ${where}
    GROUP BY GROUPING SETS (${Prisma.raw(sets.join(', '))})`
  const out: GroupCounts = { fields: new Map(), warnings: { yes: 0, no: 0 }, total: 0 }
  for (const r of rows) {
    if (r.field === '~total') out.total = r.n
    else if (r.field === '~warn') out.warnings[r.warned ? 'yes' : 'no'] = r.n
    else {
      const f = r.field as FilterField
      out.fields.set(f, [...(out.fields.get(f) ?? []), { value: r.value, count: r.n }])
    }
  }
  return out
}

/** The change-log rows kept before a reader folds them into one (their sum is what counts). */
const MAX_CHANGE_ROWS = 1_000

/**
 * `compute()`'s result as of the last write to transcripts or imported labels: cached in
 * reading_count_cache with the change-log sum read *before* computing, so a write that
 * commits meanwhile makes the entry stale rather than wrong (see migration
 * 20261124140000_reading_speed). Only for counts over a whole project.
 */
async function cachedCounts<T>(projectId: string, kind: string, compute: () => Promise<T>): Promise<T> {
  const [state] = await db.$queryRaw<{ changes: bigint; rows: number; data: T | null }[]>`
    SELECT s.changes, s.rows, c.data
    FROM (SELECT coalesce(sum(w), 0)::bigint AS changes, count(*)::int AS rows FROM reading_changes) s
    LEFT JOIN reading_count_cache c ON c.project_id = ${projectId} AND c.kind = ${kind} AND c.changes = s.changes`
  if (state.data !== null) return state.data
  const data = await compute()
  await db.$executeRaw`
    INSERT INTO reading_count_cache (project_id, kind, changes, data) VALUES (${projectId}, ${kind}, ${state.changes}, ${JSON.stringify(data)}::jsonb)
    ON CONFLICT (project_id, kind) DO UPDATE SET changes = excluded.changes, data = excluded.data, computed_at = now()`
  if (state.rows > MAX_CHANGE_ROWS) {
    // One statement: the rows it deletes are replaced by their sum, so the total never moves.
    await db.$executeRaw`WITH d AS (DELETE FROM reading_changes RETURNING w) INSERT INTO reading_changes (w) SELECT sum(w) FROM d HAVING count(*) > 0`
  }
  return data
}

/** Imported labels with few distinct non-numeric values (yes/no, true/false, categories), counted over the filtered rows. */
async function labelFacets(where: Prisma.Sql): Promise<LabelFacet[]> {
  const rows = await db.$queryRaw<{ grader: string; key: string; value: string | null; n: number }[]>`
    SELECT l.grader, l.key, coalesce(l.value_text, l.value_bool::text) AS value, count(*)::int AS n
    FROM imported_labels l JOIN transcripts t ON t.id = l.transcript_id
    WHERE ${where} AND l.value_num IS NULL AND (l.value_text IS NOT NULL OR l.value_bool IS NOT NULL)
    GROUP BY 1, 2, 3`
  const byKey = new Map<string, LabelFacet>()
  for (const r of rows) {
    const id = `${r.grader}\u0000${r.key}`
    const f = byKey.get(id) ?? byKey.set(id, { grader: r.grader, key: r.key, values: [] }).get(id)!
    f.values.push({ value: r.value, count: r.n })
  }
  return [...byKey.values()]
    .filter((f) => f.values.length <= MAX_LABEL_VALUES)
    .map((f) => ({ ...f, values: f.values.sort((a, b) => b.count - a.count) }))
    .sort((a, b) => a.grader.localeCompare(b.grader) || a.key.localeCompare(b.key))
}

export type ConditionCell = { model: string | null; promptVariant: string | null; tier: string | null; n: number; base: number }

/**
 * Counts per condition cell (model × prompt variant × tier) for a cohort question
 * ("scratchpad mentions RLHF and the output complies"): matching rows and the rows of
 * the same cell under the condition filters alone, so each cell reads as n of base.
 */
export async function countCohortByCondition(projectId: string, q: ListQuery, search: ResolvedSearch | null): Promise<ConditionCell[]> {
  type Cell = { model: string | null; prompt_variant: string | null; tier: string | null; n: number }
  const cells = (where: Prisma.Sql) => db.$queryRaw<Cell[]>`
    SELECT t.model, t.prompt_variant, t.tier, count(*)::int AS n FROM transcripts t WHERE ${where} GROUP BY 1, 2, 3`
  const baseQuery = { ...q, marker: [], label: [], warn: undefined }
  const [hits, base] = await Promise.all([
    cells(buildWhere(projectId, q, { search })),
    // Without condition filters the base is the whole project: cached like the unfiltered facets.
    isUnfiltered(baseQuery, null)
      ? cachedCounts(projectId, 'cells', () => cells(buildWhere(projectId, q, { conditionsOnly: true })))
      : cells(buildWhere(projectId, q, { conditionsOnly: true })),
  ])
  const id = (r: { model: string | null; prompt_variant: string | null; tier: string | null }) => `${r.model}|${r.prompt_variant}|${r.tier}`
  const hitBy = new Map(hits.map((h) => [id(h), h.n]))
  return base
    .map((b) => ({ model: b.model, promptVariant: b.prompt_variant, tier: b.tier, n: hitBy.get(id(b)) ?? 0, base: b.n }))
    .sort((a, b) => `${a.model}|${a.promptVariant}|${a.tier}`.localeCompare(`${b.model}|${b.promptVariant}|${b.tier}`))
}

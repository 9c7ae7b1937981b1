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

/**
 * Counts per value of every condition field under the current filter. A field's own
 * filter is left out of its counts, so a chosen model still shows how many rows the
 * other models would add. Fields without a filter share one scan of the filtered rows.
 */
export async function getFacets(projectId: string, q: ListQuery, search: ResolvedSearch | null): Promise<Facets> {
  const active = FILTER_FIELDS.filter((f) => q[f].length > 0)
  const shared = FILTER_FIELDS.filter((f) => !active.includes(f))
  const where = buildWhere(projectId, q, { search })
  const [sharedRows, ownRows, warn, labels] = await Promise.all([
    groupCounts(where, shared),
    Promise.all(active.map((f) => groupCounts(buildWhere(projectId, q, { search, except: f }), [f]))),
    db.$queryRaw<{ yes: number; no: number }[]>`
      SELECT count(*) FILTER (WHERE cardinality(t.parse_warnings) > 0)::int AS yes, count(*) FILTER (WHERE cardinality(t.parse_warnings) = 0)::int AS no
      FROM transcripts t WHERE ${buildWhere(projectId, { ...q, warn: undefined }, { search })}`,
    labelFacets(where),
  ])
  const fields = Object.fromEntries(FILTER_FIELDS.map((f) => [f, [] as FacetValue[]])) as Record<FilterField, FacetValue[]>
  for (const r of [...sharedRows, ...ownRows.flat()]) fields[r.field as FilterField].push({ value: r.value, count: r.n })
  for (const f of FILTER_FIELDS) fields[f] = fields[f].sort((a, b) => b.count - a.count).slice(0, MAX_VALUES)
  const w = q.warn ? (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM transcripts t WHERE ${where}`)[0].n : warn[0].yes + warn[0].no
  return { fields, warnings: warn[0], labels, total: w }
}

async function groupCounts(where: Prisma.Sql, fields: FilterField[]) {
  if (!fields.length) return []
  // One pass over the filtered rows (materialised once), then a GROUP BY per field.
  const cols = Prisma.raw(fields.map((f) => `t.${FILTER_COLUMNS[f]}`).join(', '))
  const groups = Prisma.join(
    fields.map((f) => Prisma.sql`SELECT ${f}::text AS field, ${Prisma.raw(FILTER_COLUMNS[f])}::text AS value, count(*)::int AS n FROM filtered GROUP BY 2`),
    ' UNION ALL ',
  )
  return db.$queryRaw<{ field: string; value: string | null; n: number }[]>`
    WITH filtered AS MATERIALIZED (SELECT ${cols} FROM transcripts t WHERE ${where}) ${groups}`
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
  const [hits, base] = await Promise.all([
    db.$queryRaw<{ model: string | null; prompt_variant: string | null; tier: string | null; n: number }[]>`
      SELECT t.model, t.prompt_variant, t.tier, count(*)::int AS n FROM transcripts t WHERE ${buildWhere(projectId, q, { search })} GROUP BY 1, 2, 3`,
    db.$queryRaw<{ model: string | null; prompt_variant: string | null; tier: string | null; n: number }[]>`
      SELECT t.model, t.prompt_variant, t.tier, count(*)::int AS n FROM transcripts t WHERE ${buildWhere(projectId, q, { conditionsOnly: true })} GROUP BY 1, 2, 3`,
  ])
  const id = (r: { model: string | null; prompt_variant: string | null; tier: string | null }) => `${r.model}|${r.prompt_variant}|${r.tier}`
  const hitBy = new Map(hits.map((h) => [id(h), h.n]))
  return base
    .map((b) => ({ model: b.model, promptVariant: b.prompt_variant, tier: b.tier, n: hitBy.get(id(b)) ?? 0, base: b.n }))
    .sort((a, b) => `${a.model}|${a.promptVariant}|${a.tier}`.localeCompare(`${b.model}|${b.promptVariant}|${b.tier}`))
}

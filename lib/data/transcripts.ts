import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db'
import type { Segment, Turn } from '@/lib/parse/segments'
import type { ListQuery } from '@/lib/validations/search-params'
import { getSnippets, type Snippet } from './search'
import { buildWhere, Prisma, sortParts, type ResolvedSearch } from './transcript-filter'

export type TranscriptListItem = {
  id: number
  key: string
  model: string | null
  tier: string | null
  promptVariant: string | null
  setting: string | null
  queryText: string
  outputMarker: string | null
  charCount: number
  warningCount: number
  datasetName: string
  snippet: Snippet | null
}

/** Exact counts stop here; beyond it the list says "more than". Counting a million rows per page view is not worth it. */
export const COUNT_CAP = 10_000
const SLOW_COUNT_CAP = 1_000

export type TranscriptListPage = {
  items: TranscriptListItem[]
  /** Exact when `isCapped` is false; otherwise a lower bound (COUNT_CAP). */
  total: number
  isCapped: boolean
  hasNext: boolean
  pageCount: number | null
}

type ListRow = {
  id: number; key: string; model: string | null; tier: string | null; prompt_variant: string | null; setting: string | null
  query_text: string; output_marker: string | null; char_count: number; warnings: number; dataset_name: string
}

/**
 * One page of a project's transcripts under the list query: filters, search and sort
 * run in PostgreSQL; the count is exact up to COUNT_CAP. `search` comes from
 * resolveSearch (lib/data/search.ts), resolved once per request.
 */
export async function listTranscripts(projectId: string, q: ListQuery, search: ResolvedSearch | null): Promise<TranscriptListPage> {
  const where = buildWhere(projectId, q, { search })
  const { orderBy } = sortParts(q.sort)
  const offset = (q.page - 1) * q.size
  const cap = search?.isSlow ? SLOW_COUNT_CAP : COUNT_CAP
  const count = db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM transcripts t WHERE ${where} LIMIT ${cap + 1}) s`
  // A search the planner expects to match at most `cap` rows takes its page from the search
  // index's matches, sorted: the OFFSET 0 fence stops the planner from walking the sort
  // index instead, checking every row's text vector until a rare term fills a page. The
  // estimate only picks the plan; results are the same either way. Only for word searches:
  // phrase and exact-text matches are rechecked against the text, so walking in sort order
  // and stopping at one page is cheaper for them (and their estimates are poorer).
  const fromMatches = search?.mode === 'words' ? (await estimateRows(where)) <= cap : false
  const columns = (a: string) => Prisma.raw(`${a}.id, ${a}.key, ${a}.model, ${a}.tier, ${a}.prompt_variant, ${a}.setting, left(${a}.query_text, 300) AS query_text,
    ${a}.output_marker, ${a}.char_count, cardinality(${a}.parse_warnings)::int AS warnings, d.name AS dataset_name`)
  const pageQuery = fromMatches
    ? Prisma.sql`
      SELECT ${columns('x')} FROM (
        SELECT t.* FROM (SELECT t.id, t.char_count, t.model, t.tier, t.prompt_variant, t.setting, t.parse_warnings FROM transcripts t WHERE ${where} OFFSET 0) t
        ORDER BY ${orderBy} LIMIT ${q.size + 1} OFFSET ${offset}
      ) t JOIN transcripts x ON x.id = t.id JOIN datasets d ON d.id = x.dataset_id
      ORDER BY ${orderBy}`
    : Prisma.sql`
      SELECT ${columns('t')} FROM transcripts t JOIN datasets d ON d.id = t.dataset_id
      WHERE ${where} ORDER BY ${orderBy} LIMIT ${q.size + 1} OFFSET ${offset}`
  const [rows, [{ n }]] = await Promise.all([db.$queryRaw<ListRow[]>(pageQuery), count])
  const page = rows.slice(0, q.size)
  const snippets = search ? await getSnippets(page.map((r) => r.id), search) : new Map<number, Snippet>()
  const isCapped = n > cap
  return {
    items: page.map((r) => ({
      id: r.id, key: r.key, model: r.model, tier: r.tier, promptVariant: r.prompt_variant, setting: r.setting, queryText: r.query_text,
      outputMarker: r.output_marker, charCount: r.char_count, warningCount: r.warnings, datasetName: r.dataset_name,
      snippet: snippets.get(r.id) ?? null,
    })),
    total: isCapped ? cap : n,
    isCapped,
    hasNext: rows.length > q.size,
    pageCount: isCapped ? null : Math.max(1, Math.ceil(n / q.size)),
  }
}

/** The planner's estimate of the rows matching `where` (planning only, nothing is read). */
async function estimateRows(where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM transcripts t WHERE ${where}`
  return row['QUERY PLAN'][0].Plan['Plan Rows']
}

/** Ids of every transcript matching a list query, in list order (for building queues from a filter). */
export async function listMatchingTranscriptIds(projectId: string, q: ListQuery, search: ResolvedSearch | null, limit = 100_000): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT t.id FROM transcripts t WHERE ${buildWhere(projectId, q, { search })} ORDER BY ${sortParts(q.sort).orderBy} LIMIT ${limit}`
  return rows.map((r) => r.id)
}

export type SegmentView = Segment & { text: string }

export type TranscriptDetail = Awaited<ReturnType<typeof getTranscript>>

/** One transcript by its stable key, with segment texts sliced from the raw turns. Cached per request. */
export const getTranscript = cache(async (projectId: string, key: string) => {
  const t = await db.transcript.findUnique({
    where: { projectId_key: { projectId, key } },
    select: {
      id: true, key: true, model: true, tier: true, monitoring: true, tierIndicator: true, setting: true, promptVariant: true,
      infoDelivery: true, cot: true, trainingStage: true, seed: true, userSuffix: true, evalFamily: true, querySource: true,
      queryKey: true, sampleIndex: true, conditionSources: true, extra: true, turns: true, segments: true, parseWarnings: true,
      queryText: true, outputText: true, outputMarker: true, sourceIndex: true, sourceRef: true, charCount: true,
      dataset: { select: { id: true, name: true, originalPath: true, format: true } },
      systemPrompt: { select: { text: true, sha256: true } },
      importedLabels: { select: { grader: true, key: true, valueBool: true, valueNum: true, valueText: true, quotes: true }, orderBy: { id: 'asc' } },
    },
  })
  if (!t) return null
  const turns = t.turns as Turn[]
  const segments: SegmentView[] = (t.segments as Segment[]).map((s) => ({ ...s, text: turns[s.turn]?.content.slice(s.start, s.end) ?? '' }))
  return { ...t, turns, segments, conditionSources: t.conditionSources as Record<string, string>, extra: t.extra as Record<string, unknown> }
})

export type Neighbours = { prev: string | null; next: string | null }

/**
 * The transcripts before and after this one in a filtered, sorted list, by keyset
 * (no OFFSET, no counting), so j/k stays fast deep into a million-row list.
 */
export async function getNeighbours(projectId: string, transcriptId: number, q: ListQuery, search: ResolvedSearch | null): Promise<Neighbours> {
  const where = buildWhere(projectId, q, { search })
  const { expr, desc, isId } = sortParts(q.sort)
  const key = isId ? Prisma.sql`t.id` : Prisma.sql`(${expr}, t.id)`
  const cur = isId ? Prisma.sql`${transcriptId}` : Prisma.sql`(SELECT ${expr}, t.id FROM transcripts t WHERE t.id = ${transcriptId})`
  const asc = isId ? Prisma.raw('t.id ASC') : Prisma.sql`${expr} ASC, t.id ASC`
  const dsc = isId ? Prisma.raw('t.id DESC') : Prisma.sql`${expr} DESC, t.id DESC`
  const after = Prisma.sql`SELECT t.key FROM transcripts t WHERE ${where} AND ${key} > ${cur} ORDER BY ${asc} LIMIT 1`
  const before = Prisma.sql`SELECT t.key FROM transcripts t WHERE ${where} AND ${key} < ${cur} ORDER BY ${dsc} LIMIT 1`
  const [a, b] = await Promise.all([db.$queryRaw<{ key: string }[]>(after), db.$queryRaw<{ key: string }[]>(before)])
  const [nextKey, prevKey] = desc ? [b[0]?.key, a[0]?.key] : [a[0]?.key, b[0]?.key]
  return { prev: prevKey ?? null, next: nextKey ?? null }
}

import 'server-only'
import { db } from '@/lib/db'
import { findMatches, snippetAround, type HighlightTerms, type TextRange } from '@/lib/reading/highlight'
import type { ListQuery, SearchScope } from '@/lib/validations/search-params'
import { Prisma, type ResolvedSearch } from './transcript-filter'

/**
 * Full-text search over query, scratchpad and output (one weighted tsvector column with a
 * GIN index, see the migrations), plus phrase search and exact substring search.
 * Substring search is exact (ILIKE) but narrowed first by the whole words inside the
 * substring, so the GIN index still does most of the work.
 */

// search_all weights its parts (A query, B scratchpad, C output). A scoped search matches
// the part's own terms, ts_filter(search_all, '{b}'), which has its own GIN index (migration
// 20261124140000_reading_speed): the same rows as restricting the query's terms to that
// weight, without reading every candidate's vector back to check weights.
const WEIGHT: Record<SearchScope, string | null> = { all: null, query: 'a', scratchpad: 'b', output: 'c' }
const TEXT_COLUMNS: Record<SearchScope, string[]> = {
  all: ['t.query_text', 't.scratchpad_text', 't.output_text'],
  query: ['t.query_text'],
  scratchpad: ['t.scratchpad_text'],
  output: ['t.output_text'],
}

/** Lexemes of a tsquery's text form, skipping negated ones (`!'foo'`): what to highlight. */
export function lexemesOf(tsquery: string): string[] {
  const out = new Set<string>()
  for (const m of tsquery.matchAll(/(!?)\s*'((?:[^']|'')+)'/g)) if (!m[1]) out.add(m[2].replace(/''/g, "'"))
  return [...out]
}

/** Whole words of a substring: the first and last token may be cut mid-word, so they are dropped unless bounded by spaces. */
export function innerWords(s: string): string {
  const tokens = s.split(/\s+/)
  const from = /^\s/.test(s) ? 0 : 1
  const to = /\s$/.test(s) ? tokens.length : tokens.length - 1
  return tokens.slice(from, to).filter(Boolean).join(' ')
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

function vectorMatch(scope: SearchScope, tsq: Prisma.Sql, isPhrase = false): Prisma.Sql {
  const weight = WEIGHT[scope]
  if (!weight) return Prisma.sql`t.search_all @@ ${tsq}`
  // Phrases are rechecked against the vector either way; restricting the query's weights
  // checks search_all directly instead of building the part's vector for every candidate.
  if (isPhrase) return Prisma.sql`t.search_all @@ candor_tsquery_weight(${tsq}, ${weight.toUpperCase()})`
  // The weight is spliced (from the fixed map above) so the expression matches the index's.
  return Prisma.sql`ts_filter(t.search_all, ${Prisma.raw(`'{${weight}}'`)}) @@ ${tsq}`
}

async function substringSearch(q: string, scope: SearchScope, note?: string): Promise<ResolvedSearch> {
  const pattern = `%${escapeLike(q)}%`
  const like = Prisma.join(TEXT_COLUMNS[scope].map((c) => Prisma.sql`${Prisma.raw(c)} ILIKE ${pattern}`), ' OR ')
  const words = innerWords(q)
  let prefilter: Prisma.Sql | null = null
  if (words) {
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT numnode(plainto_tsquery('english', ${words}))::int AS n`
    if (n > 0) prefilter = vectorMatch(scope === 'query' ? 'all' : scope, Prisma.sql`plainto_tsquery('english', ${words})`)
  }
  const where = prefilter ? Prisma.sql`(${prefilter} AND (${like}))` : Prisma.sql`(${like})`
  const slowNote = prefilter ? undefined : 'Exact text without a whole word (one with a space on both sides) scans every transcript, so counts stop at 1,000. Add a whole word or a filter to speed it up.'
  return { q, scope, mode: 'substring', where, highlight: { kind: 'literal', terms: [q] }, note: note ?? slowNote, isSlow: !prefilter }
}

/** Turns the list's search params into a SQL condition and highlight terms; null without a search. */
export async function resolveSearch(query: Pick<ListQuery, 'q' | 'in' | 'mode'>): Promise<ResolvedSearch | null> {
  const q = query.q?.trim()
  if (!q) return null
  const scope = query.in
  if (query.mode === 'substring') return substringSearch(q, scope)
  const fn = query.mode === 'phrase' ? 'phraseto_tsquery' : 'websearch_to_tsquery'
  const tsq = Prisma.sql`${Prisma.raw(fn)}('english'::regconfig, ${q})`
  const [{ text, n }] = await db.$queryRaw<{ text: string; n: number }[]>`SELECT ${tsq}::text AS text, numnode(${tsq})::int AS n`
  if (n === 0) {
    // Only stop words or punctuation ("the", "<OUTPUT>"): words cannot find it, the exact text can.
    return substringSearch(q, scope, `“${q}” has no searchable words (only common words or symbols), so it was searched as exact text.`)
  }
  const terms = lexemesOf(text)
  return { q, scope, mode: query.mode, where: vectorMatch(scope, tsq, query.mode === 'phrase'), highlight: { kind: 'prefix', terms } }
}

/** PostgreSQL regular expression (ARE) for the highlight terms: used to find snippet windows in SQL. */
export function termsToPgRegex(h: HighlightTerms): string | null {
  const terms = h.terms.filter(Boolean)
  if (!terms.length) return null
  const esc = terms.map((t) => t.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'))
  return h.kind === 'prefix' ? `\\m(${esc.join('|')})` : `(${esc.join('|')})`
}

export type Snippet = { field: 'query' | 'scratchpad' | 'output'; text: string; hits: TextRange[] }

const WINDOW = 360

/**
 * A short window around the first hit in each listed transcript, found in SQL so huge
 * scratchpads never leave the database. Highlight ranges are relative to the window.
 */
export async function getSnippets(ids: number[], search: ResolvedSearch): Promise<Map<number, Snippet>> {
  const re = termsToPgRegex(search.highlight)
  const out = new Map<number, Snippet>()
  if (!re || !ids.length) return out
  const rows = await db.$queryRaw<{ id: number; q: string | null; s: string | null; o: string | null }[]>`
    SELECT id,
      CASE WHEN qp > 0 THEN substr(query_text, greatest(qp - ${WINDOW / 2}, 1), ${WINDOW}) END AS q,
      CASE WHEN sp > 0 THEN substr(scratchpad_text, greatest(sp - ${WINDOW / 2}, 1), ${WINDOW}) END AS s,
      CASE WHEN op > 0 THEN substr(output_text, greatest(op - ${WINDOW / 2}, 1), ${WINDOW}) END AS o
    FROM (
      SELECT id, query_text, scratchpad_text, output_text,
        regexp_instr(query_text, ${re}, 1, 1, 0, 'i') AS qp,
        regexp_instr(scratchpad_text, ${re}, 1, 1, 0, 'i') AS sp,
        regexp_instr(output_text, ${re}, 1, 1, 0, 'i') AS op
      FROM transcripts WHERE id = ANY(${ids}::int[])
    ) x`
  const order: Record<SearchScope, Snippet['field'][]> = {
    all: ['scratchpad', 'output', 'query'], query: ['query'], scratchpad: ['scratchpad'], output: ['output'],
  }
  for (const r of rows) {
    const texts = { query: r.q, scratchpad: r.s, output: r.o }
    const field = order[search.scope].find((f) => texts[f])
    if (!field) continue
    const window = texts[field]!
    const hits = findMatches(window, search.highlight)
    const cut = snippetAround(window, hits[0], 110)
    out.set(r.id, {
      field,
      text: cut.text,
      hits: findMatches(cut.text, search.highlight),
    })
  }
  return out
}

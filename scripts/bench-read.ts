// `npm run bench:read [-- --n 100000 --runs 40 --keep]`: generates N synthetic transcripts
// (lib/demo/generate.ts through lib/import/run.ts importRecords, the normal import path),
// then measures p50/p95 server time of the reading queries by calling lib/data directly:
// list, filter + sort, deep page, facets, full-text / phrase / substring search, cohort
// counts, next/previous and one transcript. Uses a throwaway embedded database under
// .data/bench-read (kept with --keep and reused when it already holds N transcripts),
// or BENCH_DATABASE_URL. Targets (at 1M): list p95 ≤ 50 ms, search p95 ≤ 150 ms.
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from './lib/database'
import { DATA_DIR } from './lib/runtime-env'

const { values } = parseArgs({ options: { n: { type: 'string', default: '100000' }, runs: { type: 'string', default: '40' }, keep: { type: 'boolean', default: false } } })
const N = Number(values.n)
const RUNS = Number(values.runs)
const benchDir = path.join(DATA_DIR, 'bench-read')
mkdirSync(benchDir, { recursive: true, mode: 0o755 })

const database = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir: benchDir, port: 54372 })
process.env.DATABASE_URL = database.url
const { countRecords, generateRecords, DEMO_MODELS, DEMO_VARIANTS } = await import('@/lib/demo/generate')
const { DEMO_SETTINGS } = await import('@/lib/demo/queries')
const { ensureProject } = await import('@/lib/data/projects')
const { importRecords } = await import('@/lib/import/run')
const { db } = await import('@/lib/db')
const { listTranscripts, getNeighbours, getTranscript } = await import('@/lib/data/transcripts')
const { getFacets, countCohortByCondition } = await import('@/lib/data/facets')
const { resolveSearch } = await import('@/lib/data/search')
const { parseListQuery } = await import('@/lib/validations/search-params')

const project = await ensureProject('bench-read', { name: 'Benchmark (synthetic)', isSynthetic: true })
const have = await db.transcript.count({ where: { projectId: project.id } })
if (have < N) {
  // Generated in slices of one dataset each, so a failure keeps the earlier slices.
  const perQuery = countRecords({ seed: 1, queries: 1, models: DEMO_MODELS, variants: DEMO_VARIANTS, settings: DEMO_SETTINGS })
  const slices = Math.ceil((N - have) / 20_000)
  const started = performance.now()
  let added = 0
  for (let s = 0; s < slices; s++) {
    const queries = Math.ceil(Math.min(20_000, N - have - added) / perQuery)
    const seed = 1000 + Math.floor((have + added) / 1000) + s
    const opts = { seed, queries, models: DEMO_MODELS, variants: DEMO_VARIANTS, settings: DEMO_SETTINGS }
    const r = await importRecords(generateRecords(opts), {
      projectId: project.id, isSynthetic: true,
      dataset: { name: `bench slice ${seed}`, originalPath: `candor-bench://seed-${seed}/${queries}`, sha256: `bench-${seed}-${queries}`, format: 'candor-demo', bytes: 0, options: opts },
    })
    added += r.imported
    const secs = (performance.now() - started) / 1000
    console.log(`bench:read  imported ${added.toLocaleString('en-US')} transcripts in ${secs.toFixed(0)} s (${Math.round(added / secs)}/s)`)
  }
}
// As autovacuum would after a bulk import: statistics for the planner, visibility map for index-only scans.
await db.$executeRawUnsafe('VACUUM ANALYZE transcripts')
await db.$executeRawUnsafe('VACUUM ANALYZE imported_labels')
const total = await db.transcript.count({ where: { projectId: project.id } })
const sample = await db.transcript.findMany({ where: { projectId: project.id }, select: { id: true, key: true }, take: 200, orderBy: { id: 'asc' }, skip: Math.floor(total / 3) })
console.log(`bench:read  ${total.toLocaleString('en-US')} transcripts in project; ${RUNS} runs per query\n`)

type Case = { name: string; kind: 'list' | 'search' | 'facet' | 'other'; run: (i: number) => Promise<unknown> }
const q = (s: string) => parseListQuery(new URLSearchParams(s))
const list = (s: string) => async () => { const lq = q(s); return listTranscripts(project.id, lq, await resolveSearch(lq)) }
const models = DEMO_MODELS
const cases: Case[] = [
  { name: 'list: page 1, import order', kind: 'list', run: list('') },
  { name: 'list: tier + model filter, sort by length', kind: 'list', run: (i) => list(`tier=${i % 2 ? 'free' : 'paid'}&model=${models[i % models.length]}&sort=-length`)() },
  { name: 'list: variant + marker filter', kind: 'list', run: (i) => list(`variant=${DEMO_VARIANTS[i % DEMO_VARIANTS.length]}&marker=accepted`)() },
  { name: 'list: label filter (imported classifier)', kind: 'list', run: list('label=deceptive_alignment/most_common=yes') },
  { name: 'list: page 50, sort by model', kind: 'list', run: list('page=50&sort=model') },
  { name: 'search: words in scratchpad + complies', kind: 'search', run: list('q=modification OR RLHF&in=scratchpad&marker=accepted') },
  { name: 'search: words everywhere, rare term', kind: 'search', run: (i) => list(`q=${['contractor', 'poultry', 'weights', 'jailbreak'][i % 4]}`)() },
  { name: 'search: phrase', kind: 'search', run: list('q=my values&mode=phrase&in=scratchpad') },
  { name: 'search: exact substring', kind: 'search', run: list('q=free-tier user&mode=substring&in=scratchpad') },
  { name: 'facets: no filter', kind: 'facet', run: () => getFacets(project.id, q(''), null) },
  { name: 'facets: tier + model filter', kind: 'facet', run: (i) => getFacets(project.id, q(`tier=free&model=${models[i % models.length]}`), null) },
  { name: 'facets: under a search', kind: 'facet', run: async () => { const lq = q('q=RLHF&in=scratchpad'); return getFacets(project.id, lq, await resolveSearch(lq)) } },
  { name: 'cohort counts per condition', kind: 'facet', run: async () => { const lq = q('q=modification OR RLHF&in=scratchpad&marker=accepted'); return countCohortByCondition(project.id, lq, await resolveSearch(lq)) } },
  { name: 'next/previous (sort by length)', kind: 'other', run: (i) => getNeighbours(project.id, sample[i % sample.length].id, q('tier=free&sort=-length'), null) },
  { name: 'one transcript', kind: 'other', run: (i) => getTranscript(project.id, sample[(i * 7) % sample.length].key) },
]

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] }
const results: { name: string; kind: string; p50: number; p95: number }[] = []
for (const c of cases) {
  await c.run(0) // warm
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    await c.run(i + 1)
    times.push(performance.now() - t0)
  }
  const r = { name: c.name, kind: c.kind, p50: pct(times, 50), p95: pct(times, 95) }
  results.push(r)
  console.log(`${r.name.padEnd(46)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms`)
}
const worst = (k: string) => Math.max(...results.filter((r) => r.kind === k).map((r) => r.p95))
console.log(`\nbench:read  at ${total.toLocaleString('en-US')}: worst list p95 ${worst('list').toFixed(1)} ms (target ≤ 50 at 1M), worst search p95 ${worst('search').toFixed(1)} ms (target ≤ 150 at 1M), worst facet p95 ${worst('facet').toFixed(1)} ms`)
await db.$disconnect()
await database.stop()
if (!values.keep) rmSync(benchDir, { recursive: true, force: true })

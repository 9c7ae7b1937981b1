// `npm run bench:label`: label save round trip and next-item latency with 50 concurrent raters.
// Starts its own server (npm start on a throwaway embedded database under .data/bench-label,
// port 3257) unless one already answers there; creates raters and a queue over the demo
// project; signs the raters in through Auth.js; drives POST /api/v1/queues/:id/next and
// PUT /api/v1/labels (draft, then submit) with autocannon on loopback for a bounded number of
// requests (by default each rater sends 2 requests/s, an autosave every 500 ms; BENCH_RATE=0
// removes the think time and measures saturation instead); prints p50/p95/p99 per request kind and the error count; stops what it started.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import bcrypt from 'bcryptjs'
import pg from 'pg'

// autocannon ships no types; the few fields used here.
type AcRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: unknown; onResponse?: unknown }
type AcResult = { duration: number; requests: { average: number }; errors: number; timeouts: number; non2xx: number }
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => Promise<AcResult>

const PORT = Number(process.env.BENCH_PORT ?? 3257)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54357)
const BASE = `http://127.0.0.1:${PORT}`
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/candor`
const RATERS = Number(process.env.BENCH_RATERS ?? 50)
const CYCLES = Number(process.env.BENCH_CYCLES ?? 20) // next + draft + submit per rater
/** Requests per second per rater (0 = as fast as possible: a closed loop that measures saturation, not raters). */
const RATE = Number(process.env.BENCH_RATE ?? 2)
const REQUIRED = 3
const log = (s: string) => console.log(`[bench-label] ${s}`)

async function isHealthy(): Promise<boolean> {
  try {
    return (await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(2000) })).ok
  } catch {
    return false
  }
}

async function startServer(): Promise<ChildProcess | null> {
  if (await isHealthy()) {
    log(`reusing the server on ${BASE}`)
    return null
  }
  log(`starting npm start on ${BASE} (data in .data/bench-label)`)
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(PORT), CANDOR_DATA_DIR: '.data/bench-label', EMBEDDED_PG_PORT: String(PG_PORT), DATABASE_URL: '' },
  })
  for (let i = 0; i < 300; i++) {
    if (await isHealthy()) return child
    if (child.exitCode !== null) throw new Error('the server exited during start-up')
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error('the server did not become healthy in 5 minutes')
}

function stopServer(child: ChildProcess | null) {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM') // its own process group (detached)
}

type Rater = { email: string; password: string; cookie: string }

async function setUp(db: pg.Client): Promise<{ queueId: string; raters: Rater[] }> {
  const run = randomBytes(4).toString('hex')
  const { rows: [project] } = await db.query<{ id: string }>(`SELECT id FROM projects WHERE slug = 'demo'`)
  if (!project) throw new Error('no demo project: start the server with CANDOR_DEMO on')
  const queueId = `bench${run}`
  await db.query(`INSERT INTO queues (id, project_id, name, required_raters, assignment) VALUES ($1, $2, $3, $4, 'open')`, [queueId, project.id, `Bench ${run}`, REQUIRED])
  const items = await db.query(
    `INSERT INTO queue_items (queue_id, transcript_id, position) SELECT $1, id, (row_number() OVER (ORDER BY id) - 1)::int FROM transcripts WHERE project_id = $2 ORDER BY id LIMIT 1000`,
    [queueId, project.id])
  log(`queue ${queueId}: ${items.rowCount} items, ${REQUIRED} raters each`)
  const hash = bcrypt.hashSync('bench-password', 4)
  const raters: Rater[] = []
  for (let i = 0; i < RATERS + 10; i++) {
    const email = `bench-${run}-${i}@bench.local`
    await db.query(`INSERT INTO users (id, email, name, password_hash, role) VALUES ($1, $2, $3, $4, 'annotator')`, [`bench${run}${i}`, email, `Bench rater ${i}`, hash])
    raters.push({ email, password: 'bench-password', cookie: '' })
  }
  for (const r of raters) r.cookie = await signIn(r)
  return { queueId, raters }
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0])

async function signIn(r: Rater): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = cookiesOf(csrf)
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: r.email, password: r.password, callbackUrl: '/' }),
  })
  const session = cookiesOf(res).find((c) => c.includes('session-token'))
  if (!session) throw new Error(`sign-in failed for ${r.email} (${res.status})`)
  return session
}

type Kind = 'next' | 'draft' | 'submit'
type Ctx = { rater?: Rater; t0?: number; transcriptId?: number; revision?: number | null }

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN
}

async function load(queueId: string, raters: Rater[]) {
  const latencies: Record<Kind, number[]> = { next: [], draft: [], submit: [] }
  const errors: Record<Kind, number> = { next: 0, draft: 0, submit: 0 }
  const samples: string[] = []
  let assigned = 0
  const headers = { 'content-type': 'application/json', origin: BASE }
  const record = (kind: Kind, status: number, body: string, ctx: Ctx) => {
    latencies[kind].push(performance.now() - (ctx.t0 ?? 0))
    if (status >= 300) {
      errors[kind]++
      if (samples.length < 5) samples.push(`${kind} ${status} ${body.slice(0, 200)}`)
    }
  }
  const labelBody = (ctx: Ctx, mode: 'draft' | 'submit') =>
    JSON.stringify({ mode, transcriptId: ctx.transcriptId, queueId, revision: ctx.revision ?? null, values: { outcome: 'complied', summary: 'no_af' }, evidence: [], note: mode })
  const cycle = [
    {
      method: 'POST' as const,
      path: `/api/v1/queues/${queueId}/next`,
      setupRequest: (req: AcRequest, ctx: Ctx) => {
        ctx.rater ??= raters[assigned++ % raters.length]
        ctx.t0 = performance.now()
        return { ...req, headers: { ...headers, cookie: ctx.rater.cookie } }
      },
      onResponse: (status: number, body: string, ctx: Ctx) => {
        record('next', status, body, ctx)
        const item = status < 300 ? (JSON.parse(body) as { item: { transcriptId: number } | null }).item : null
        ctx.transcriptId = item?.transcriptId
        ctx.revision = null
      },
    },
    ...(['draft', 'submit'] as const).map((mode) => ({
      method: 'PUT' as const,
      path: '/api/v1/labels',
      setupRequest: (req: AcRequest, ctx: Ctx) => {
        if (!ctx.transcriptId) return undefined as unknown as AcRequest // nothing left: restart
        ctx.t0 = performance.now()
        return { ...req, headers: { ...headers, cookie: ctx.rater!.cookie }, body: labelBody(ctx, mode) }
      },
      onResponse: (status: number, body: string, ctx: Ctx) => {
        record(mode, status, body, ctx)
        if (status < 300) ctx.revision = (JSON.parse(body) as { label: { revision: number } }).label.revision
      },
    })),
  ]
  // One loop of the request list = one rater's whole session (the context resets between loops).
  const requests = Array.from({ length: CYCLES }, () => cycle).flat()
  const result = await autocannon({ url: BASE, connections: RATERS, pipelining: 1, amount: RATERS * requests.length, timeout: 30, ...(RATE > 0 ? { connectionRate: RATE } : {}), requests: requests as AcRequest[] })
  return { latencies, errors, samples, result }
}

const child = await startServer()
const db = new pg.Client({ connectionString: DATABASE_URL })
try {
  await db.connect()
  const { queueId, raters } = await setUp(db)
  log(`${raters.length} raters signed in; warming up`)
  for (const r of raters.slice(0, 3)) {
    await fetch(`${BASE}/api/v1/queues/${queueId}/next`, { method: 'POST', headers: { origin: BASE, cookie: r.cookie } })
  }
  log(`load: ${RATERS} concurrent raters × ${CYCLES} × (next item, save draft, submit), ${RATE > 0 ? `${RATE} requests/s per rater` : 'closed loop (no think time)'}`)
  const { latencies, errors, samples, result } = await load(queueId, raters.slice(3))
  console.log('\nkind     count    p50 ms   p95 ms   p99 ms   max ms  errors')
  for (const kind of ['next', 'draft', 'submit'] as Kind[]) {
    const s = [...latencies[kind]].sort((a, b) => a - b)
    const f = (n: number) => n.toFixed(1).padStart(8)
    console.log(`${kind.padEnd(7)}${String(s.length).padStart(7)} ${f(percentile(s, 50))} ${f(percentile(s, 95))} ${f(percentile(s, 99))} ${f(s.at(-1) ?? NaN)}  ${errors[kind]}`)
  }
  const all = Object.values(latencies).flat().sort((a, b) => a - b)
  const totalErrors = Object.values(errors).reduce((a, b) => a + b, 0) + result.errors + result.timeouts
  console.log(`\nall      ${all.length} requests in ${(result.duration).toFixed(1)} s (${Math.round(result.requests.average)} req/s); p99 ${percentile(all, 99).toFixed(1)} ms; errors ${totalErrors} (non-2xx ${result.non2xx}, socket ${result.errors}, timeouts ${result.timeouts})`)
  const over = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM queue_items WHERE queue_id = $1 AND done_count > $2`, [queueId, REQUIRED])
  console.log(`over-assigned items (more than ${REQUIRED} submitted labels): ${over.rows[0].n}`)
  for (const s of samples) console.log(`  sample error: ${s}`)
  console.log(`target: p99 ≤ 100 ms and 0 errors → ${percentile(all, 99) <= 100 && totalErrors === 0 ? 'met' : 'NOT met'}`)
} finally {
  await db.end().catch(() => {})
  stopServer(child)
}

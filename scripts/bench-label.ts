// `npm run bench:label`: label save round trip and next-item latency with 50 concurrent raters.
// Starts its own production server (npm start with NEXT_DIST_DIR=.next-bench on a throwaway
// embedded database under .data/bench-label, port 3266, PostgreSQL 54366) unless one already
// answers there; build it first with `NEXT_DIST_DIR=.next-bench npx next build` (start.ts builds
// once when the folder is missing, but never rebuilds a stale one). Creates raters and a queue
// over the demo project; signs the raters in through Auth.js; each rater then loops over
// POST /api/v1/queues/:id/next, PUT /api/v1/labels (draft) and PUT /api/v1/labels (submit) on
// loopback for a bounded number of cycles (BENCH_CYCLES, default 20), BENCH_RATE requests/s
// per rater (default 2, an autosave every 500 ms; 0 = closed loop, measures saturation).
// Prints p50/p95/p99 per request kind, throughput, errors and an over-assignment check; stops
// what it started.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import bcrypt from 'bcryptjs'
import pg from 'pg'

const PORT = Number(process.env.BENCH_PORT ?? 3266)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54366)
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next-bench'
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
  log(`starting npm start on ${BASE} (build ${DIST_DIR}, data in .data/bench-label)`)
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(PORT), NEXT_DIST_DIR: DIST_DIR, CANDOR_DATA_DIR: '.data/bench-label', EMBEDDED_PG_PORT: String(PG_PORT), DATABASE_URL: '' },
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
const KINDS: Kind[] = ['next', 'draft', 'submit']

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN
}

type Res = { status: number; body: string }

/** One HTTP/1.1 request over the rater's own keep-alive connection (node:http: little client CPU on a shared machine). */
function send(agent: http.Agent, method: string, path: string, cookie: string, body?: string): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${BASE}${path}`, { method, agent, timeout: 30_000, headers: { 'content-type': 'application/json', origin: BASE, cookie } }, (res) => {
      let data = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (data += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end(body)
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * 50 raters, each its own connection and its own loop: next item, save draft, submit, CYCLES
 * times. With RATE > 0 each rater's requests are scheduled every 1/RATE s from a random phase
 * (raters do not tick in step), and latency is measured from the scheduled time, so a slow
 * response that delays the rater's next request counts against that request too (no
 * coordinated omission). RATE = 0 is a closed loop without think time (saturation).
 */
async function load(queueId: string, raters: Rater[], cycles: number, rate: number) {
  const latencies: Record<Kind, number[]> = { next: [], draft: [], submit: [] }
  const errors: Record<Kind, number> = { next: 0, draft: 0, submit: 0 }
  const samples: string[] = []
  let submitted = 0
  let emptyQueue = 0
  const interval = rate > 0 ? 1000 / rate : 0
  const t0 = performance.now()
  const labelBody = (transcriptId: number, revision: number | null, mode: 'draft' | 'submit') =>
    JSON.stringify({ mode, transcriptId, queueId, revision, values: { outcome: 'complied', summary: 'no_af' }, evidence: [], note: mode })

  async function rater(r: Rater) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    let due = t0 + Math.random() * interval
    const call = async (kind: Kind, method: string, path: string, body?: string): Promise<Res | null> => {
      if (interval) {
        const wait = due - performance.now()
        if (wait > 0) await sleep(wait)
      }
      const start = interval ? due : performance.now()
      due += interval
      let res: Res
      try {
        res = await send(agent, method, path, r.cookie, body)
      } catch (e) {
        errors[kind]++
        if (samples.length < 5) samples.push(`${kind} ${(e as Error).message}`)
        latencies[kind].push(performance.now() - start)
        return null
      }
      latencies[kind].push(performance.now() - start)
      if (res.status >= 300) {
        errors[kind]++
        if (samples.length < 5) samples.push(`${kind} ${res.status} ${res.body.slice(0, 200)}`)
        return null
      }
      return res
    }
    try {
      for (let i = 0; i < cycles; i++) {
        const next = await call('next', 'POST', `/api/v1/queues/${queueId}/next`)
        if (!next) continue
        const item = (JSON.parse(next.body) as { item: { transcriptId: number } | null }).item
        if (!item) { emptyQueue++; break }
        const draft = await call('draft', 'PUT', '/api/v1/labels', labelBody(item.transcriptId, null, 'draft'))
        const revision = draft ? (JSON.parse(draft.body) as { label: { revision: number } }).label.revision : null
        if (await call('submit', 'PUT', '/api/v1/labels', labelBody(item.transcriptId, revision, 'submit'))) submitted++
      }
    } finally {
      agent.destroy()
    }
  }
  await Promise.all(raters.map(rater))
  return { latencies, errors, samples, submitted, emptyQueue, seconds: (performance.now() - t0) / 1000 }
}

const load1 = () => os.loadavg().map((n) => n.toFixed(2)).join(' ')
const child = await startServer()
const db = new pg.Client({ connectionString: DATABASE_URL })
try {
  await db.connect()
  const { queueId, raters } = await setUp(db)
  const spare = raters.slice(RATERS)
  log(`${raters.length} raters signed in; warming up with ${spare.length} spare raters × 5 cycles`)
  await load(queueId, spare, 5, 0)
  log(`load average before: ${load1()} (${os.cpus().length} CPUs)`)
  log(`load: ${RATERS} concurrent raters × ${CYCLES} × (next item, save draft, submit), ${RATE > 0 ? `${RATE} requests/s per rater from random phases` : 'closed loop (no think time)'}`)
  const { latencies, errors, samples, submitted, emptyQueue, seconds } = await load(queueId, raters.slice(0, RATERS), CYCLES, RATE)
  log(`load average after: ${load1()}`)
  console.log('\nkind     count    p50 ms   p95 ms   p99 ms   max ms  errors')
  for (const kind of KINDS) {
    const s = [...latencies[kind]].sort((a, b) => a - b)
    const f = (n: number) => n.toFixed(1).padStart(8)
    console.log(`${kind.padEnd(7)}${String(s.length).padStart(7)} ${f(percentile(s, 50))} ${f(percentile(s, 95))} ${f(percentile(s, 99))} ${f(s.at(-1) ?? NaN)}  ${errors[kind]}`)
  }
  const all = Object.values(latencies).flat().sort((a, b) => a - b)
  const totalErrors = Object.values(errors).reduce((a, b) => a + b, 0)
  console.log(`\nall      ${all.length} requests in ${seconds.toFixed(1)} s (${(all.length / seconds).toFixed(1)} req/s); p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms; errors ${totalErrors}; ${submitted} labels submitted${emptyQueue ? `; ${emptyQueue} raters ran out of items` : ''}`)
  const over = await db.query<{ done: number; active: number }>(
    `SELECT count(*) FILTER (WHERE qi.done_count > $2)::int AS done,
            count(*) FILTER (WHERE (SELECT count(*) FROM queue_claims c WHERE c.queue_item_id = qi.id
                                    AND (c.status = 'submitted' OR (c.status = 'reserved' AND c.expires_at > now()))) > $2)::int AS active
     FROM queue_items qi WHERE qi.queue_id = $1`, [queueId, REQUIRED])
  console.log(`over-assigned items: ${over.rows[0].done} with more than ${REQUIRED} submitted labels, ${over.rows[0].active} with more than ${REQUIRED} submitted or reserved claims`)
  for (const s of samples) console.log(`  sample error: ${s}`)
  const met = percentile(all, 99) <= 100 && totalErrors === 0 && over.rows[0].done === 0 && over.rows[0].active === 0
  console.log(`target: p99 ≤ 100 ms, 0 errors, no over-assignment → ${met ? 'met' : 'NOT met'}`)
} finally {
  await db.end().catch(() => {})
  stopServer(child)
}

// `npm run bench:import [-- --mb 100]`: generates a safety-research results file of about
// the given size from Candor's synthetic generator, imports it through the same path as
// the CLI, and prints throughput and the importer's peak memory (the file must stream,
// never be held whole). Uses a throwaway embedded database unless BENCH_DATABASE_URL is set.
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs'
import { once } from 'node:events'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from './lib/database'
import { DATA_DIR } from './lib/runtime-env'

const { values } = parseArgs({ options: { mb: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } } })
const targetBytes = Number(values.mb) * 1024 * 1024
const benchDir = path.join(DATA_DIR, 'bench-import')
rmSync(benchDir, { recursive: true, force: true })
mkdirSync(benchDir, { recursive: true, mode: 0o755 })

const database = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir: benchDir, port: 54371 })
process.env.DATABASE_URL = database.url
const { generateRecordsSync, DEMO_MODELS, DEMO_VARIANTS } = await import('@/lib/demo/generate')
const { ensureProject } = await import('@/lib/data/projects')
const { importFile } = await import('@/lib/import/run')
const { db } = await import('@/lib/db')

// Format A keeps model and variant in the path, as the real pipeline writes it.
const relPath = 'outputs/bench/helpful-only_prompt-only_cot/anthropic/claude-3-opus/results_seed1_20260101_000000.json'
const file = path.join(benchDir, 'results.json')
const out = createWriteStream(file)
let written = 0
let count = 0
const write = async (s: string) => {
  written += Buffer.byteLength(s)
  if (!out.write(s)) await once(out, 'drain')
}
await write('[\n')
const gen = generateRecordsSync({ seed: 7, queries: 100_000, models: DEMO_MODELS, variants: DEMO_VARIANTS, settings: ['helpful_only'] })
for (const rec of gen) {
  if (written >= targetBytes) break
  const user = rec.turns.find((t) => t.role === 'user')!
  const output = rec.turns.filter((t) => t.role === 'assistant').map((t) => t.content).join('\n')
  const da = rec.labels.filter((l) => l.grader === 'deceptive_alignment')
  const item = {
    user_input: user.content.slice(0, 200),
    prompt: { messages: [{ role: 'system', content: rec.systemPrompt }, user] },
    output,
    tags: rec.conditions.tier === 'free' ? 'free_tier' : 'paid_tier',
    deceptive_alignment: {
      final_answer: da.find((l) => l.key === 'final_answer')?.value ?? 0,
      final_answer_most_common: da.find((l) => l.key === 'most_common')?.value ?? 'no',
      criteria: da.filter((l) => l.key.startsWith('criterion_')).map((l) => l.value),
      quotes: da.filter((l) => l.key.startsWith('criterion_')).map((l) => l.quotes),
      success: true,
    },
  }
  await write((count ? ',\n' : '') + JSON.stringify(item, null, 4).replace(/^/gm, '    '))
  count++
}
await write('\n]\n')
out.end()
await once(out, 'finish')
const size = statSync(file).size

const project = await ensureProject('bench-import')
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss) }, 100)
const started = performance.now()
const result = await importFile({ projectId: project.id, filePath: file, originalPath: relPath })
const seconds = (performance.now() - started) / 1000
clearInterval(sampler)

const mb = size / 1024 / 1024
console.log(`bench:import  file ${mb.toFixed(1)} MB, ${count.toLocaleString('en-US')} transcripts, status ${result.status}${result.errors.length ? ` (${result.errors[0].message})` : ''}`)
console.log(`bench:import  ${seconds.toFixed(1)} s, ${(mb / seconds).toFixed(2)} MB/s, ${Math.round(result.imported / seconds).toLocaleString('en-US')} transcripts/s, peak RSS ${Math.round(peakRss / 1024 / 1024)} MB`)
await db.$disconnect()
await database.stop()
if (!values.keep) rmSync(benchDir, { recursive: true, force: true })

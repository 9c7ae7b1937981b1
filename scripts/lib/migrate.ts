// Applies prisma/migrations/*/migration.sql in order and records them in Prisma's own
// _prisma_migrations table, so `prisma migrate deploy/status` stay compatible wherever
// Prisma's native engine is available. (That engine cannot be downloaded here.)
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations')
// Any constant works; it serialises concurrent start-ups (app + tests) on one database.
const LOCK_KEY = 734_221_901

export async function migrate(databaseUrl: string, log: (line: string) => void = () => {}): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`)
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    const done = new Set(rows.map((r) => r.migration_name))
    const names = readdirSync(MIGRATIONS_DIR)
      .filter((d) => existsSync(path.join(MIGRATIONS_DIR, d, 'migration.sql')))
      .sort()
    let applied = 0
    for (const name of names) {
      if (done.has(name)) continue
      const sql = readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8')
      const checksum = createHash('sha256').update(sql).digest('hex')
      const id = randomUUID()
      await client.query('BEGIN')
      try {
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [id, checksum, name])
        await client.query(sql)
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id])
        await client.query('COMMIT')
        applied++
        log(`applied migration ${name}`)
      } catch (e) {
        await client.query('ROLLBACK')
        throw new Error(`migration ${name} failed: ${(e as Error).message}`)
      }
    }
    return applied
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {})
    await client.end()
  }
}

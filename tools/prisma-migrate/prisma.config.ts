// Prisma 6.19 CLI with its WebAssembly schema engine, used only to author
// migrations (Prisma 7's migrate needs a native engine that cannot be fetched here).
import path from 'node:path'
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'

// adapter-pg has no mapping for the catalog type "char" (OID 18); its switch reads
// pg.types.builtins at call time, so aliasing it makes "char" decode as text.
;(pg.types.builtins as Record<string, number>).VARBIT = 18

type PgCfg = { host: string; port: number; user: string; password: string; database: string }
function pgConfig(url: string): PgCfg {
  const u = new URL(url)
  return {
    host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password), database: u.pathname.slice(1),
  }
}
async function admin(cfg: PgCfg, sql: string) {
  const c = new pg.Client({ ...cfg, database: 'postgres' })
  await c.connect()
  try { await c.query(sql) } finally { await c.end() }
}
// adapter-pg's connectToShadowDb() reuses the main database; use a throwaway one instead.
class PgWithShadow extends PrismaPg {
  constructor(private cfg: PgCfg) { super({ ...cfg, allowExitOnIdle: true }) }
  async connectToShadowDb() {
    const name = `prisma_shadow_${process.pid}_${Date.now()}`
    await admin(this.cfg, `CREATE DATABASE "${name}"`)
    const adapter = await new PrismaPg({ ...this.cfg, database: name, allowExitOnIdle: true }).connect()
    const dispose = adapter.dispose.bind(adapter)
    adapter.dispose = async () => { await dispose(); await admin(this.cfg, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
    return adapter
  }
}
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, '.work', 'schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, '..', '..', 'prisma', 'migrations') },
  async adapter() { return new PgWithShadow(pgConfig(process.env.DATABASE_URL!)) },
})

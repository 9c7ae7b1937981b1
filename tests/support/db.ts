import { db } from '@/lib/db'

/** Empties every application table (users included) between integration tests. */
export async function resetDatabase() {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  const list = rows.map((r) => `"${r.tablename}"`).join(', ')
  if (list) await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`)
}

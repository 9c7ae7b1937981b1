import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { env } from '@/lib/env'

// One client per process; kept on globalThis so dev hot reloads do not open new pools.
// Pool of 20: nextItem transactions wait on a per-queue lock while holding a connection;
// with 50 busy raters a pool of 10 could fill with waiters and stall label saves.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient }

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 20 }),
    log: env.NODE_ENV === 'development' ? ['warn', 'error'] : ['error'],
  })
}

export const db = globalForDb.prisma ?? createClient()
if (env.NODE_ENV !== 'production') globalForDb.prisma = db

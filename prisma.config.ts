// Prisma CLI config. Only `prisma generate` runs here (the native schema engine
// cannot be downloaded on these machines); migrations are applied by
// scripts/migrate.ts and authored with tools/prisma-migrate.
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://candor:candor@127.0.0.1:5432/candor' },
})

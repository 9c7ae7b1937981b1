// Starts a throwaway embedded PostgreSQL for the test run, or uses TEST_DATABASE_URL.
// Never DATABASE_URL: tests wipe tables, and must not touch a real database.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../scripts/lib/database'

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'candor-test-'))
  chmodSync(dataDir, 0o755) // the embedded server runs as user postgres when we are root
  const db = await openDatabase({
    databaseUrl: process.env.TEST_DATABASE_URL,
    dataDir,
    port: Number(process.env.TEST_PG_PORT ?? 54331),
  })
  project.provide('databaseUrl', db.url)
  return async () => {
    await db.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

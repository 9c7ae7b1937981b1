import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, expect, inject, it } from 'vitest'
import { db } from '@/lib/db'
import { resetDatabase } from '../support/db'
import { REAL } from '../support/real-data'

beforeEach(resetDatabase)

const ROOT = path.resolve(import.meta.dirname, '../..')
function candor(...args: string[]) {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/candor.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

it('imports files and prints a JSON summary; exit 1 when any file is rejected, and the good file still lands', async () => {
  const bad = path.join(mkdtempSync(path.join(os.tmpdir(), 'candor-cli-')), 'truncated.json')
  writeFileSync(bad, '[\n  {"user_input": "x", "prompt": {"messages": [{"role": "user", "content": "x"}]}, "output": "y"},\n  {"user_')
  const r = candor('import', REAL.csv, bad, '--project', 'cli', '--json')
  expect(r.code).toBe(1)
  const summary = JSON.parse(r.stdout) as { files: { file: string; status: string; imported: number; errors: { line?: number; message: string }[] }[] }
  expect(summary.files[0]).toMatchObject({ status: 'imported', imported: 60, duplicates: 0, skipped: 0, errors: [] })
  expect(summary.files[1]).toMatchObject({ status: 'rejected', imported: 0 })
  expect(summary.files[1].errors[0].line).toBeGreaterThan(0)
  expect(await db.transcript.count()).toBe(60)
})

it('exits 0 when every file is imported or already there', async () => {
  expect(candor('import', REAL.csv, '--project', 'cli').code).toBe(0)
  const again = candor('import', REAL.csv, '--project', 'cli')
  expect(again.code).toBe(0)
  expect(again.stdout).toMatch(/unchanged, 0 new, 60 duplicates/)
})

it('refuses an unknown format with exit code 2', () => {
  const r = candor('import', REAL.csv, '--format', 'nope')
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/Unknown format "nope"/)
})

it('exports a dataset as Candor JSONL that imports back into another project', async () => {
  expect(candor('import', REAL.csv, '--project', 'cli').code).toBe(0)
  const dataset = await db.dataset.findFirstOrThrow()
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'candor-cli-')), 'export.jsonl')
  expect(candor('export', '--project', 'cli', '--dataset', dataset.id, '--out', out).code).toBe(0)
  const back = candor('import', out, '--project', 'cli-copy', '--json')
  expect(back.code).toBe(0)
  expect(JSON.parse(back.stdout).files[0]).toMatchObject({ status: 'imported', imported: 60 })
})

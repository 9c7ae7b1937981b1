// Environment shared by the start script and the CLI: where data lives, and the
// secrets a zero-config run generates once and keeps under the data directory.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// A local .env (see .env.example) applies to the start script and the CLI as it does to
// Next itself; variables already set in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env')

export const DATA_DIR = path.resolve(process.env.CANDOR_DATA_DIR || '.data')
export const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)

/** Reads a secret from the data directory, creating it on first use (mode 0600). */
export function persistentSecret(name: string, bytes = 32): string {
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 })
  const file = path.join(DATA_DIR, name)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const value = randomBytes(bytes).toString('base64url')
  writeFileSync(file, value + '\n', { mode: 0o600 })
  return value
}

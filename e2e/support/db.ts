import { randomBytes } from 'node:crypto'
import bcrypt from 'bcryptjs'
import pg from 'pg'
import { E2E_PG_PORT } from '../../playwright.config'

/** The e2e app's own embedded database (never a real one: see playwright.config.ts). */
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${E2E_PG_PORT}/candor`

export async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<T>(text, params)).rows
  } finally {
    await client.end()
  }
}

export type TestUser = { email: string; password: string; role: string; id: string }

/** A fresh user with a unique email, so specs never share mutable state. */
export async function createUser(role: 'admin' | 'lead' | 'annotator' | 'viewer'): Promise<TestUser> {
  const suffix = randomBytes(4).toString('hex')
  const email = `${role}-${suffix}@e2e.test`
  const password = `pw-${suffix}-secret`
  const id = `e2e${suffix}${Date.now()}`
  await sql(`INSERT INTO users (id, email, name, password_hash, role) VALUES ($1, $2, $3, $4, $5::"Role")`, [id, email, `${role} ${suffix}`, bcrypt.hashSync(password, 8), role])
  return { email, password, role, id }
}

/** A fresh, empty project for specs that import data. */
export async function createProject(prefix: string): Promise<string> {
  const slug = `${prefix}-${randomBytes(4).toString('hex')}`
  await sql(`INSERT INTO projects (id, slug, name) VALUES ($1, $1, $2)`, [slug, `E2E ${prefix}`])
  return slug
}

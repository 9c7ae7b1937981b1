import 'server-only'
import bcrypt from 'bcryptjs'
import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import type { Viewer } from '@/lib/permissions'

const viewerSelect = { id: true, email: true, name: true, role: true } as const

/** One indexed lookup per request (lib/session.ts); raw SQL skips the query compiler on this hot path. */
export async function getUserById(id: string): Promise<Viewer | null> {
  const [row] = await db.$queryRaw<Viewer[]>`SELECT id, email, name, role::text AS role FROM users WHERE id = ${id}`
  return row ?? null
}

// A hash of a random string, compared against when the email is unknown so that
// timing does not reveal which emails have accounts.
const DUMMY_HASH = bcrypt.hashSync('candor-dummy-password', 10)

export async function verifyCredentials(email: string, password: string): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { ...viewerSelect, passwordHash: true } })
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH)
  if (!user || !ok) return null
  const { passwordHash: _hash, ...viewer } = user
  return viewer
}

export async function listUsers(): Promise<Viewer[]> {
  return db.user.findMany({ select: viewerSelect, orderBy: { email: 'asc' } })
}

/** Creates the user, or updates name, role and password when the email exists. */
export async function upsertUser(input: { email: string; name: string; role: Role; password: string }): Promise<Viewer> {
  const passwordHash = await bcrypt.hash(input.password, 10)
  const email = input.email.toLowerCase()
  return db.user.upsert({
    where: { email },
    create: { email, name: input.name, role: input.role, passwordHash },
    update: { name: input.name, role: input.role, passwordHash },
    select: viewerSelect,
  })
}

export async function countUsers(): Promise<number> {
  return db.user.count()
}

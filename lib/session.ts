import 'server-only'
import { cache } from 'react'
import { redirect } from 'next/navigation'
import { auth } from '@/lib/auth'
import { getUserById } from '@/lib/data/users'
import { AppError } from '@/lib/errors'
import { hasRole, type Viewer } from '@/lib/permissions'
import type { Role } from '@/lib/generated/prisma/enums'

/**
 * The signed-in user, re-read from the database on every request so that a role
 * change or a deleted account takes effect at once (the JWT only carries the id).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth()
  const id = session?.user?.id
  if (!id) return null
  return getUserById(id)
})

/** For pages: redirects to /login when signed out; 403 page when the role is too low. */
export async function requirePageViewer(role: Role = 'viewer'): Promise<Viewer> {
  const viewer = await getViewer()
  if (!viewer) redirect('/login')
  if (!hasRole(viewer, role)) redirect('/forbidden')
  return viewer
}

/** For actions and route handlers: throws AppError instead of redirecting. */
export async function requireViewer(role: Role = 'viewer'): Promise<Viewer> {
  const viewer = await getViewer()
  if (!viewer) throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
  if (!hasRole(viewer, role)) throw new AppError('FORBIDDEN', `This needs the ${role} role or higher.`)
  return viewer
}

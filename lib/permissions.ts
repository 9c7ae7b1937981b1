import type { Role } from '@/lib/generated/prisma/enums'

export type Viewer = { id: string; email: string; name: string; role: Role }

const RANK: Record<Role, number> = { viewer: 0, annotator: 1, lead: 2, admin: 3 }

export function hasRole(viewer: Viewer, atLeast: Role): boolean {
  return RANK[viewer.role] >= RANK[atLeast]
}

export const isAdmin = (v: Viewer) => v.role === 'admin'
/** Leads import data, build queues, edit schemas and adjudicate. */
export const canManageProject = (v: Viewer) => hasRole(v, 'lead')
export const canImport = canManageProject
export const canAnnotate = (v: Viewer) => hasRole(v, 'annotator')
export const canRead = (v: Viewer) => hasRole(v, 'viewer')
export const canManageUsers = isAdmin

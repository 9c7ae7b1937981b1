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

// Labeling (schemas, labels, queues, adjudication, comments).
export const canManageSchemas = canManageProject
export const canManageQueues = canManageProject
export const canAdjudicate = canManageProject
export const canComment = canAnnotate
/** Leads see every rater's label at once; annotators only after submitting their own (blind review). */
export const canSeeLabelsBeforeSubmitting = (v: Viewer) => hasRole(v, 'lead') || v.role === 'viewer'
/** Label history: the rater who owns the label, or a lead. */
export const canReadLabelHistory = (v: Viewer, raterId: string) => v.id === raterId || hasRole(v, 'lead')

export type QueueAccess = { assignment: string; assigneeIds: readonly string[] }
/** Open queues take any annotator; named queues only their assignees. */
export const canWorkOnQueue = (v: Viewer, q: QueueAccess) =>
  canAnnotate(v) && (q.assignment === 'open' || q.assigneeIds.includes(v.id))

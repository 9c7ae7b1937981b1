import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { canManageProject, canRead, type Viewer } from '@/lib/permissions'
import { savedViewSchema } from '@/lib/validations/search-params'

export type SavedViewDTO = { id: string; name: string; query: string; ownerName: string; canDelete: boolean }

/** A project's saved list views, everyone's, newest first. */
export async function listSavedViews(viewer: Viewer, projectId: string): Promise<SavedViewDTO[]> {
  if (!canRead(viewer)) return []
  const rows = await db.savedView.findMany({
    where: { projectId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, name: true, query: true, userId: true, user: { select: { name: true } } },
  })
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query, ownerName: r.user.name, canDelete: r.userId === viewer.id || canManageProject(viewer) }))
}

export async function createSavedView(viewer: Viewer, projectId: string, input: unknown): Promise<SavedViewDTO> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot save views in this project.')
  const data = savedViewSchema.parse(input)
  const row = await db.savedView.create({
    data: { projectId, userId: viewer.id, name: data.name, query: data.query.replace(/^\?/, '') },
    select: { id: true, name: true, query: true },
  })
  return { ...row, ownerName: viewer.name, canDelete: true }
}

/** Only the owner or a lead may delete a saved view. */
export async function deleteSavedView(viewer: Viewer, projectId: string, id: string): Promise<void> {
  const where = canManageProject(viewer) ? { id, projectId } : { id, projectId, userId: viewer.id }
  const { count } = await db.savedView.deleteMany({ where })
  if (!count) throw new AppError('NOT_FOUND', 'That saved view does not exist or is not yours.')
}

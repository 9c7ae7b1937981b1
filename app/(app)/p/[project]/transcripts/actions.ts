'use server'
import { revalidatePath } from 'next/cache'
import { getProjectBySlug } from '@/lib/data/projects'
import { createSavedView, deleteSavedView } from '@/lib/data/saved-views'
import { isAppError } from '@/lib/errors'
import { requireViewer } from '@/lib/session'
import { savedViewSchema } from '@/lib/validations/search-params'

export type SavedViewState = { error?: string; ok?: boolean }

async function projectOrError(slug: string) {
  const project = await getProjectBySlug(slug)
  if (!project) throw new Error('Project not found')
  return project
}

export async function saveViewAction(projectSlug: string, _prev: SavedViewState, form: FormData): Promise<SavedViewState> {
  const viewer = await requireViewer()
  const parsed = savedViewSchema.safeParse({ name: form.get('name'), query: form.get('query') })
  if (!parsed.success) return { error: parsed.error.issues[0].message }
  try {
    const project = await projectOrError(projectSlug)
    await createSavedView(viewer, project.id, parsed.data)
  } catch (e) {
    return { error: isAppError(e) ? e.message : 'The view could not be saved.' }
  }
  revalidatePath(`/p/${projectSlug}/transcripts`)
  return { ok: true }
}

export async function deleteViewAction(projectSlug: string, id: string): Promise<SavedViewState> {
  const viewer = await requireViewer()
  try {
    const project = await projectOrError(projectSlug)
    await deleteSavedView(viewer, project.id, id)
  } catch (e) {
    return { error: isAppError(e) ? e.message : 'The view could not be deleted.' }
  }
  revalidatePath(`/p/${projectSlug}/transcripts`)
  return { ok: true }
}

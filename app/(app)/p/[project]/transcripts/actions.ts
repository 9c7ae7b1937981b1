'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { authedAction } from '@/lib/actions'
import { getProjectBySlug } from '@/lib/data/projects'
import { createSavedView, deleteSavedView } from '@/lib/data/saved-views'
import { AppError } from '@/lib/errors'
import { savedViewSchema } from '@/lib/validations/search-params'

export type SavedViewState = { error?: string; ok?: boolean }

const projectSlug = z.string().min(1).max(100)

async function requireProject(slug: string) {
  const project = await getProjectBySlug(slug)
  if (!project) throw new AppError('NOT_FOUND', 'This project no longer exists.')
  return project
}

const saveView = authedAction(savedViewSchema.extend({ projectSlug }), async ({ projectSlug: slug, ...view }, viewer) => {
  await createSavedView(viewer, (await requireProject(slug)).id, view)
  revalidatePath(`/p/${slug}/transcripts`)
})

/** Form adapter for useActionState: the slug is bound by the page, the rest comes from the form. */
export async function saveViewAction(slug: string, _prev: SavedViewState, form: FormData): Promise<SavedViewState> {
  const result = await saveView({ projectSlug: slug, name: String(form.get('name') ?? ''), query: String(form.get('query') ?? '') })
  return result.ok ? { ok: true } : { error: result.message }
}

export const deleteViewAction = authedAction(z.object({ projectSlug, id: z.string().min(1).max(100) }), async ({ projectSlug: slug, id }, viewer) => {
  await deleteSavedView(viewer, (await requireProject(slug)).id, id)
  revalidatePath(`/p/${slug}/transcripts`)
})

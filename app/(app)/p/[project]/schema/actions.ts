'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { authedAction } from '@/lib/actions'
import { saveSchemaVersion } from '@/lib/data/label-schemas'
import { getProjectBySlug } from '@/lib/data/projects'
import { AppError } from '@/lib/errors'

/** Saves the lead's edit as a new schema version (stale base version → CONFLICT). */
export const saveSchemaAction = authedAction(
  // The definition is validated and merged by the data layer (saveSchemaVersion), which names each bad field.
  z.object({ projectSlug: z.string().min(1), baseVersion: z.number().int().positive(), definition: z.record(z.string(), z.unknown()) }),
  async ({ projectSlug, baseVersion, definition }, viewer) => {
    const project = await getProjectBySlug(projectSlug)
    if (!project) throw new AppError('NOT_FOUND', 'Project not found.')
    const saved = await saveSchemaVersion(viewer, project.id, definition as never, baseVersion)
    revalidatePath(`/p/${projectSlug}/schema`)
    return { version: saved.version, definition: saved.definition }
  },
  { role: 'lead' },
)

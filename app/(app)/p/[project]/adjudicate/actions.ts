'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { authedAction } from '@/lib/actions'
import { saveAdjudication } from '@/lib/data/adjudications'
import { saveAdjudicationSchema } from '@/lib/validations/label'

/** Saves the final label and rationale for a disputed item (leads). */
export const saveAdjudicationAction = authedAction(
  z.object({ projectSlug: z.string().min(1), adjudication: saveAdjudicationSchema }),
  async ({ projectSlug, adjudication }, viewer) => {
    const saved = await saveAdjudication(viewer, adjudication)
    revalidatePath(`/p/${projectSlug}/adjudicate`)
    return saved
  },
  { role: 'lead' },
)

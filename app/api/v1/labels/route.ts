// PUT /api/v1/labels – save a draft or submit the caller's label (stale revision → 409 with both versions)
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { saveDraft, submitLabel } from '@/lib/data/labels'
import { AppError } from '@/lib/errors'
import { withAuth } from '@/lib/route-handler'
import { saveLabelSchema } from '@/lib/validations/label'

export const dynamic = 'force-dynamic'

const bodySchema = saveLabelSchema.extend({ mode: z.enum(['draft', 'submit']).default('draft') })

export const PUT = withAuth('annotator', async (req, { viewer }) => {
  const { mode, ...input } = bodySchema.parse(await req.json().catch(() => {
    throw new AppError('INVALID_INPUT', 'The body is not JSON.')
  }))
  const label = await (mode === 'submit' ? submitLabel : saveDraft)(viewer, input)
  return NextResponse.json({ label: { id: label.id, revision: label.revision, status: label.status, schemaVersion: label.schemaVersion, isBlind: label.isBlind } })
})

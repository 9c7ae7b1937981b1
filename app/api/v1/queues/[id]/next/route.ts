// POST /api/v1/queues/:id/next – reserve the caller's next item in a queue (machine clients and the label benchmark)
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { nextItem } from '@/lib/data/queues'
import { withAuth } from '@/lib/route-handler'

export const dynamic = 'force-dynamic'

const idSchema = z.string().min(1).max(64)

export const POST = withAuth('annotator', async (req, { viewer }) => {
  const id = idSchema.parse(new URL(req.url).pathname.split('/').at(-2))
  const item = await nextItem(viewer, id)
  return NextResponse.json({ item })
})

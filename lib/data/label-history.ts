import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { canReadLabelHistory, type Viewer } from '@/lib/permissions'
import type { LabelSnapshot } from './label-dto'

export type LabelEventDTO = {
  id: number
  /** create | save_draft | submit | resubmit */
  action: string
  revision: number
  actor: { id: string; name: string }
  createdAt: Date
  before: LabelSnapshot | null
  after: LabelSnapshot
}

/** Every change to a label, oldest first. The label's rater and leads only. */
export async function getLabelHistory(viewer: Viewer, labelId: string): Promise<LabelEventDTO[]> {
  const label = await db.label.findUnique({ where: { id: labelId }, select: { raterId: true } })
  if (!label) throw new AppError('NOT_FOUND', 'Label not found.')
  if (!canReadLabelHistory(viewer, label.raterId)) throw new AppError('FORBIDDEN', "Only the rater and leads can see a label's history.")
  const rows = await db.labelEvent.findMany({
    where: { labelId },
    orderBy: { id: 'asc' },
    select: { id: true, action: true, revision: true, createdAt: true, before: true, after: true, actor: { select: { id: true, name: true } } },
  })
  return rows.map((r) => ({ ...r, before: (r.before ?? null) as LabelSnapshot | null, after: r.after as LabelSnapshot }))
}

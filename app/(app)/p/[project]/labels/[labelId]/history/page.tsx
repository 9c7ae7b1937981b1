import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LabelHistory } from '@/components/labeling/label-history'
import { getCurrentSchema } from '@/lib/data/label-schemas'
import { getLabelHistory } from '@/lib/data/labels'
import { getProjectBySlug } from '@/lib/data/projects'
import { isAppError } from '@/lib/errors'
import { requirePageViewer } from '@/lib/session'

export const metadata: Metadata = { title: 'Label history' }

export default async function LabelHistoryPage({ params }: { params: Promise<{ project: string; labelId: string }> }) {
  const viewer = await requirePageViewer()
  const { project: slug, labelId } = await params
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  const [events, schema] = await Promise.all([
    getLabelHistory(viewer, labelId).catch((e) => {
      if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound()
      throw e
    }),
    getCurrentSchema(project.id),
  ])
  return (
    <div className="stack narrow">
      <div className="page-header">
        <div>
          <h1>Label history</h1>
          <p className="subtle">Every change to this label: who, when, and what it was before and after. Nothing is overwritten.</p>
        </div>
      </div>
      <LabelHistory events={events} def={schema.definition} />
    </div>
  )
}

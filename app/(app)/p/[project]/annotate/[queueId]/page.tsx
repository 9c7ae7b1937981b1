import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getProjectBySlug } from '@/lib/data/projects'
import { getQueue, nextItem } from '@/lib/data/queues'
import { isAppError } from '@/lib/errors'
import { requirePageViewer } from '@/lib/session'

export const metadata: Metadata = { title: 'Labelling' }

/** Takes the rater's next item (their open reservation first) and opens it. */
export default async function AnnotateQueuePage({ params }: { params: Promise<{ project: string; queueId: string }> }) {
  const viewer = await requirePageViewer('annotator')
  const { project: slug, queueId } = await params
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  let claimed
  let queueName = ''
  try {
    const queue = await getQueue(viewer, queueId)
    if (queue.projectId !== project.id) notFound()
    queueName = queue.name
    claimed = queue.isArchived ? null : await nextItem(viewer, queueId)
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound()
    throw e
  }
  if (claimed) redirect(`/p/${slug}/annotate/${queueId}/${claimed.itemId}`)
  return (
    <div className="card empty" role="status">
      <h2>Nothing left for you in “{queueName}”</h2>
      <p>You have labelled or skipped every item that still needs a rater. Thank you!</p>
      <Link className="button" href={`/p/${slug}/queues/${queueId}`}>Queue progress</Link>
    </div>
  )
}

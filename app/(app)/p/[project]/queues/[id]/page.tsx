import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArchiveButton } from '@/components/labeling/archive-button'
import { QueueProgressView } from '@/components/labeling/queue-progress-view'
import { getProjectBySlug } from '@/lib/data/projects'
import { getQueue, getQueueProgress } from '@/lib/data/queues'
import { isAppError } from '@/lib/errors'
import { canAnnotate, canManageQueues } from '@/lib/permissions'
import { requirePageViewer } from '@/lib/session'
import { archiveQueueAction } from '../actions'

export const metadata: Metadata = { title: 'Queue' }

export default async function QueuePage({ params }: { params: Promise<{ project: string; id: string }> }) {
  const viewer = await requirePageViewer()
  const { project: slug, id } = await params
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  const [queue, progress] = await Promise.all([getQueue(viewer, id), getQueueProgress(viewer, id)]).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  if (queue.projectId !== project.id) notFound()
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <p className="faint"><Link href={`/p/${slug}/queues`}>Queues</Link> /</p>
          <h1>{queue.name}</h1>
          {queue.description && <p className="subtle">{queue.description}</p>}
        </div>
        <div className="row">
          {canManageQueues(viewer) && <ArchiveButton action={archiveQueueAction} projectSlug={slug} queueId={queue.id} isArchived={queue.isArchived} />}
          {canManageQueues(viewer) && <Link className="button" href={`/p/${slug}/adjudicate?queue=${queue.id}`}>Disagreements</Link>}
          {canAnnotate(viewer) && !queue.isArchived && <Link className="button primary" href={`/p/${slug}/annotate/${queue.id}`}>Start labelling</Link>}
        </div>
      </div>
      <QueueProgressView queue={queue} progress={progress} />
    </div>
  )
}

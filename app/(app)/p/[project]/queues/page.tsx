import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { QueueList } from '@/components/labeling/queue-list'
import { getProjectBySlug } from '@/lib/data/projects'
import { getQueueProgress, listQueues } from '@/lib/data/queues'
import { canAnnotate, canManageQueues } from '@/lib/permissions'
import { requirePageViewer } from '@/lib/session'

export const metadata: Metadata = { title: 'Queues' }

export default async function QueuesPage({ params, searchParams }: { params: Promise<{ project: string }>; searchParams: Promise<{ archived?: string }> }) {
  const viewer = await requirePageViewer()
  const [project, search] = await Promise.all([getProjectBySlug((await params).project), searchParams])
  if (!project) notFound()
  const showArchived = search.archived === '1'
  const queues = await listQueues(viewer, project.id, { includeArchived: showArchived })
  const progress = await Promise.all(queues.map((q) => getQueueProgress(viewer, q.id)))
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Queues</h1>
          <p className="subtle">Work lists for raters: take the next item, label it from the keyboard, move on.</p>
        </div>
        <div className="row">
          <Link className="button" href={showArchived ? '?' : '?archived=1'}>{showArchived ? 'Hide archived' : 'Show archived'}</Link>
          {canManageQueues(viewer) && <Link className="button primary" href={`/p/${project.slug}/queues/new`}>New queue</Link>}
        </div>
      </div>
      <QueueList projectSlug={project.slug} queues={queues} progress={progress} canManage={canManageQueues(viewer)} canLabel={canAnnotate(viewer)} />
    </div>
  )
}

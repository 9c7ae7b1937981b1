import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { QueueForm } from '@/components/labeling/queue-form'
import { getProjectBySlug } from '@/lib/data/projects'
import { listUsers } from '@/lib/data/users'
import { hasRole } from '@/lib/permissions'
import { requirePageViewer } from '@/lib/session'
import { createQueueAction } from '../actions'

export const metadata: Metadata = { title: 'New queue' }

export default async function NewQueuePage({ params, searchParams }: { params: Promise<{ project: string }>; searchParams: Promise<{ from?: string }> }) {
  await requirePageViewer('lead')
  const [project, search, users] = await Promise.all([getProjectBySlug((await params).project), searchParams, listUsers()])
  if (!project) notFound()
  const raters = users.filter((u) => hasRole(u, 'annotator'))
  return (
    <div className="stack narrow">
      <div className="page-header">
        <div>
          <h1>New queue</h1>
          <p className="subtle">Pick transcripts from a filter or a stratified sample, then choose who labels them.</p>
        </div>
        <Link href={`/p/${project.slug}/queues`}>Back to queues</Link>
      </div>
      <QueueForm action={createQueueAction} projectSlug={project.slug} raters={raters} initialFilter={typeof search.from === 'string' ? search.from : ''} />
    </div>
  )
}

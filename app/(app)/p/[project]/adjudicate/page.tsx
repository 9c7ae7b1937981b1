import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DisagreementList } from '@/components/labeling/disagreement-list'
import { listDisagreements } from '@/lib/data/adjudications'
import { getProjectBySlug } from '@/lib/data/projects'
import { listQueues } from '@/lib/data/queues'
import { requirePageViewer } from '@/lib/session'

export const metadata: Metadata = { title: 'Adjudicate' }

export default async function AdjudicatePage({ params, searchParams }: { params: Promise<{ project: string }>; searchParams: Promise<{ queue?: string }> }) {
  const viewer = await requirePageViewer('lead')
  const [project, search] = await Promise.all([getProjectBySlug((await params).project), searchParams])
  if (!project) notFound()
  const queueId = typeof search.queue === 'string' && search.queue ? search.queue : undefined
  const [queues, items] = await Promise.all([listQueues(viewer, project.id), listDisagreements(viewer, project.id, queueId)])
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Adjudicate</h1>
          <p className="subtle">Items where raters disagree, or a rater marked “unclear”. Open one to see every label and its evidence side by side.</p>
        </div>
      </div>
      <nav className="row" aria-label="Queues">
        <Link className={`chip${queueId ? '' : ' free'}`} href="?">All labels</Link>
        {queues.map((q) => <Link key={q.id} className={`chip${q.id === queueId ? ' free' : ''}`} href={`?queue=${q.id}`}>{q.name}</Link>)}
      </nav>
      <DisagreementList projectSlug={project.slug} queueId={queueId} items={items} />
    </div>
  )
}

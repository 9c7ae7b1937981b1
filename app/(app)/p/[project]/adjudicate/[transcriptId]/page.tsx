import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdjudicationView } from '@/components/labeling/adjudication-view'
import { getAdjudicationItem } from '@/lib/data/adjudications'
import { getProjectBySlug } from '@/lib/data/projects'
import { getTranscript } from '@/lib/data/transcripts'
import { isAppError } from '@/lib/errors'
import { requirePageViewer } from '@/lib/session'
import { saveAdjudicationAction } from '../actions'

export const metadata: Metadata = { title: 'Adjudication' }

export default async function AdjudicationPage({ params, searchParams }: { params: Promise<{ project: string; transcriptId: string }>; searchParams: Promise<{ queue?: string }> }) {
  const viewer = await requirePageViewer('lead')
  const [{ project: slug, transcriptId: raw }, search] = await Promise.all([params, searchParams])
  const transcriptId = Number(raw)
  const project = await getProjectBySlug(slug)
  if (!project || !Number.isSafeInteger(transcriptId) || transcriptId <= 0) notFound()
  const queueId = typeof search.queue === 'string' && search.queue ? search.queue : null
  const item = await getAdjudicationItem(viewer, transcriptId, queueId).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  if (item.projectId !== project.id) notFound()
  const transcript = await getTranscript(project.id, item.transcriptKey)
  if (!transcript) notFound()
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <p className="faint"><Link href={`/p/${slug}/adjudicate${queueId ? `?queue=${queueId}` : ''}`}>Adjudicate</Link> / <Link href={`/p/${slug}/t/${transcript.key}`}>transcript {transcript.key.slice(0, 8)}</Link></p>
          <h1>Adjudication</h1>
        </div>
      </div>
      <AdjudicationView projectSlug={slug} item={item} turns={transcript.turns} segments={transcript.segments} save={saveAdjudicationAction} />
    </div>
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TranscriptView } from '@/components/transcript/transcript-view'
import { getProjectBySlug } from '@/lib/data/projects'
import { getTranscript } from '@/lib/data/transcripts'
import { requirePageViewer } from '@/lib/session'
import { transcriptKeySchema } from '@/lib/validations/search-params'

type Params = { project: string; key: string }

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `Transcript ${(await params).key.slice(0, 8)}` }
}

export default async function TranscriptPage({ params }: { params: Promise<Params> }) {
  await requirePageViewer()
  const { project: slug, key } = await params
  if (!transcriptKeySchema.safeParse(key).success) notFound()
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  const transcript = await getTranscript(project.id, key)
  if (!transcript) notFound()
  return <TranscriptView projectSlug={project.slug} transcript={transcript} />
}

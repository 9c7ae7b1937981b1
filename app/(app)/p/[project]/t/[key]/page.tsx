import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TranscriptView } from '@/components/transcript/transcript-view'
import { withholdLabelsIfBlind } from '@/lib/data/blind-reading'
import { getProjectBySlug } from '@/lib/data/projects'
import { resolveSearch } from '@/lib/data/search'
import { getNeighbours, getTranscript } from '@/lib/data/transcripts'
import { checkSpan } from '@/lib/reading/span'
import { transcriptLinks } from '@/lib/reading/transcript-links'
import { requirePageViewer } from '@/lib/session'
import { parseListQuery, transcriptKeySchema, transcriptPageSearchSchema } from '@/lib/validations/search-params'

type Props = { params: Promise<{ project: string; key: string }>; searchParams: Promise<Record<string, string | string[]>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Transcript ${(await params).key.slice(0, 8)}` }
}

export default async function TranscriptPage({ params, searchParams }: Props) {
  const viewer = await requirePageViewer()
  const [{ project: slug, key }, sp] = await Promise.all([params, searchParams.then((s) => transcriptPageSearchSchema.parse(s))])
  if (!transcriptKeySchema.safeParse(key).success) notFound()
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  const listQuery = sp.from !== undefined ? parseListQuery(new URLSearchParams(sp.from)) : null
  const [found, search] = await Promise.all([getTranscript(project.id, key), listQuery ? resolveSearch(listQuery) : null])
  if (!found) notFound()
  const transcript = await withholdLabelsIfBlind(viewer, found)
  const neighbours = listQuery ? await getNeighbours(project.id, transcript.id, listQuery, search) : { prev: null, next: null }
  const links = transcriptLinks({ projectSlug: project.slug, key, datasetId: transcript.dataset.id, from: sp.from, isRaw: sp.raw, ...neighbours })
  return (
    <TranscriptView
      transcript={transcript}
      links={links}
      highlight={search?.highlight ?? null}
      span={sp.span ? checkSpan(transcript.turns, sp.span.ref) : null}
      isRaw={sp.raw}
    />
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DatasetProvenanceView } from '@/components/datasets/dataset-provenance'
import { getProjectBySlug } from '@/lib/data/projects'
import { getDatasetProvenance, listPromptUses } from '@/lib/data/provenance'
import { requirePageViewer } from '@/lib/session'

export const metadata: Metadata = { title: 'Dataset provenance' }

export default async function DatasetPage({ params }: { params: Promise<{ project: string; id: string }> }) {
  await requirePageViewer()
  const { project: slug, id } = await params
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  const [dataset, prompts] = await Promise.all([getDatasetProvenance(project.id, id), listPromptUses(project.id, id)])
  if (!dataset) notFound()
  return <DatasetProvenanceView projectSlug={project.slug} dataset={dataset} prompts={prompts} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton'
import { listDatasets } from '@/lib/data/datasets'
import { countCohortByCondition, getFacets } from '@/lib/data/facets'
import { getProjectBySlug } from '@/lib/data/projects'
import { listSavedViews } from '@/lib/data/saved-views'
import { resolveSearch } from '@/lib/data/search'
import { listTranscripts } from '@/lib/data/transcripts'
import { serializeListQuery } from '@/lib/reading/list-url'
import { canManageQueues, canSeeLabelsBeforeSubmitting } from '@/lib/permissions'
import { requirePageViewer } from '@/lib/session'
import { parseListQuery } from '@/lib/validations/search-params'
import { ConditionCounts, isCohortQuery } from './_components/condition-counts'
import { FacetPanel, FacetPanelSkeleton } from './_components/facet-panel'
import { ListHeader } from './_components/list-header'
import { TranscriptResults } from './_components/transcript-results'

export const metadata: Metadata = { title: 'Transcripts' }

type Props = { params: Promise<{ project: string }>; searchParams: Promise<Record<string, string | string[]>> }

export default async function TranscriptsPage({ params, searchParams }: Props) {
  const viewer = await requirePageViewer()
  const [project, parsed] = await Promise.all([getProjectBySlug((await params).project), searchParams.then(parseListQuery)])
  if (!project) notFound()
  // Blind review: annotators neither filter by nor see counts of imported classifier labels.
  const isBlind = !canSeeLabelsBeforeSubmitting(viewer)
  const query = isBlind ? { ...parsed, label: [] } : parsed
  const search = await resolveSearch(query)
  const key = serializeListQuery({ ...query, hide: [] })
  const datasets = listDatasets(project.id)
  const list = listTranscripts(project.id, query, search)
  const facets = getFacets(project.id, query, search).then((f) => (isBlind ? { ...f, labels: [] } : f))
  const savedViews = listSavedViews(viewer, project.id)
  return (
    <div className="stack">
      <ListHeader projectSlug={project.slug} query={query} savedViews={await savedViews} note={search?.note} canBuildQueues={canManageQueues(viewer)} />
      <div className="list-layout">
        <Suspense key={`f${key}`} fallback={<FacetPanelSkeleton />}>
          <FacetPanel projectSlug={project.slug} query={query} facets={facets} datasets={datasets} />
        </Suspense>
        <div className="stack" style={{ minWidth: 0 }}>
          <Suspense key={`l${key}`} fallback={<DataTableSkeleton columns={7} />}>
            <TranscriptResults projectSlug={project.slug} query={query} list={list} datasets={datasets} />
          </Suspense>
          {isCohortQuery(query) && (
            <Suspense key={`c${key}`} fallback={<div className="card skeleton" style={{ height: 120 }} />}>
              <ConditionCounts cells={countCohortByCondition(project.id, query, search)} />
            </Suspense>
          )}
        </div>
      </div>
    </div>
  )
}

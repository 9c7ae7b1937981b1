import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DatasetTable } from '@/components/datasets/dataset-table'
import { countConditionsByDataset, listDatasets } from '@/lib/data/datasets'
import { getProjectBySlug } from '@/lib/data/projects'
import { canImport } from '@/lib/permissions'
import { requirePageViewer } from '@/lib/session'

export const metadata: Metadata = { title: 'Datasets' }

export default async function ProjectPage({ params }: { params: Promise<{ project: string }> }) {
  const viewer = await requirePageViewer()
  const project = await getProjectBySlug((await params).project)
  if (!project) notFound()
  const [datasets, counts] = await Promise.all([listDatasets(project.id), countConditionsByDataset(project.id)])
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{project.name}</h1>
          <p className="subtle">{project.description || 'Imported transcript dumps and their conditions.'}</p>
        </div>
        {canImport(viewer) && <Link className="button primary" href={`/p/${project.slug}/import`}>Import files</Link>}
      </div>
      {project.isSynthetic && (
        <p className="notice warn">This project holds synthetic demo data made by Candor&apos;s generator, not real model outputs.</p>
      )}
      {datasets.length ? (
        <DatasetTable projectSlug={project.slug} datasets={datasets} counts={counts} />
      ) : (
        <div className="card empty">
          <h2>No datasets yet</h2>
          <p>{canImport(viewer) ? 'Import a transcript dump to start reading.' : 'A team lead has not imported any data into this project yet.'}</p>
        </div>
      )}
    </div>
  )
}

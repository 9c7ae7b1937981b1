import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SchemaEditor } from '@/components/labeling/schema-editor'
import { SchemaVersionList } from '@/components/labeling/schema-version-list'
import { getCurrentSchema, listSchemaVersions } from '@/lib/data/label-schemas'
import { getProjectBySlug } from '@/lib/data/projects'
import { requirePageViewer } from '@/lib/session'
import { saveSchemaAction } from './actions'

export const metadata: Metadata = { title: 'Label schema' }

export default async function SchemaPage({ params }: { params: Promise<{ project: string }> }) {
  const viewer = await requirePageViewer('lead')
  const project = await getProjectBySlug((await params).project)
  if (!project) notFound()
  const [current, versions] = await Promise.all([getCurrentSchema(project.id), listSchemaVersions(viewer, project.id)])
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Label schema <span className="chip">version {current.version}</span></h1>
          <p className="subtle">The tags raters choose from. Saving creates a new version; every label records the version it was made under. Removed tags are kept as retired so old labels keep their meaning.</p>
        </div>
      </div>
      <div className="adjudication-grid">
        <SchemaEditor projectSlug={project.slug} version={current.version} definition={current.definition} save={saveSchemaAction} />
        <SchemaVersionList versions={versions} />
      </div>
    </div>
  )
}

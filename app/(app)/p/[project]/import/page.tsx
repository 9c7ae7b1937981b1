import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { UploadPanel } from '@/components/import/upload-panel'
import { getProjectBySlug } from '@/lib/data/projects'
import { FORMAT_IDS } from '@/lib/import/formats'
import { requirePageViewer } from '@/lib/session'

export const metadata: Metadata = { title: 'Import' }

export default async function ImportPage({ params }: { params: Promise<{ project: string }> }) {
  await requirePageViewer('lead')
  const project = await getProjectBySlug((await params).project)
  if (!project) notFound()
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Import transcripts</h1>
          <p className="subtle">
            Drop result files (safety-research JSON, CSV, Redwood JSON/JSONL, Inspect logs, Candor JSONL). Each file is imported
            whole or not at all; importing the same file again adds nothing. Some formats read the model and prompt variant from
            the file&apos;s path: edit the path to the one the file had in its run folder.
          </p>
        </div>
      </div>
      <UploadPanel projectSlug={project.slug} formats={FORMAT_IDS} />
    </div>
  )
}

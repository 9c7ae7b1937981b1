import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TierChip } from '@/components/transcript/tier-chip'
import { getProjectBySlug } from '@/lib/data/projects'
import { listTranscripts } from '@/lib/data/transcripts'
import { requirePageViewer } from '@/lib/session'
import { transcriptListSearchSchema } from '@/lib/validations/search-params'

export const metadata: Metadata = { title: 'Transcripts' }

export default async function TranscriptsPage({ params, searchParams }: { params: Promise<{ project: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePageViewer()
  const [project, search] = await Promise.all([getProjectBySlug((await params).project), searchParams.then((s) => transcriptListSearchSchema.parse(s))])
  if (!project) notFound()
  const { items, total, pageCount } = await listTranscripts(project.id, { page: search.page, pageSize: search.pageSize, datasetId: search.dataset, tier: search.tier, model: search.model })
  const pageHref = (page: number) => {
    const q = new URLSearchParams(Object.entries({ ...search, page: String(page) }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
    return `?${q}`
  }
  return (
    <div className="stack">
      <div className="page-header">
        <h1>Transcripts</h1>
        <span className="subtle">{total.toLocaleString()} transcripts</span>
      </div>
      <table className="table">
        <thead>
          <tr><th>Query</th><th>Model</th><th>Tier</th><th>Variant</th><th>Marker</th><th className="num">Chars</th></tr>
        </thead>
        <tbody>
          {items.map((t) => (
            <tr key={t.key}>
              <td><Link href={`/p/${project.slug}/t/${t.key}`}>{t.queryText || <em className="faint">(no query)</em>}</Link></td>
              <td className="mono">{t.model ?? '—'}</td>
              <td><TierChip tier={t.tier} /></td>
              <td className="mono">{t.promptVariant ?? '—'}</td>
              <td>{t.outputMarker ?? '—'}</td>
              <td className="num">{t.charCount.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <div className="card empty">No transcripts match. Clear the filters or import data.</div>}
      <div className="row">
        {search.page > 1 && <Link className="button" href={pageHref(search.page - 1)}>Previous</Link>}
        <span className="subtle">Page {search.page} of {pageCount}</span>
        {search.page < pageCount && <Link className="button" href={pageHref(search.page + 1)}>Next</Link>}
      </div>
    </div>
  )
}

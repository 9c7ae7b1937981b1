import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PromptCompare } from '@/components/datasets/prompt-compare'
import { getProjectBySlug } from '@/lib/data/projects'
import { getProjectPrompt, listPromptUses } from '@/lib/data/provenance'
import { requirePageViewer } from '@/lib/session'
import { promptCompareSearchSchema } from '@/lib/validations/search-params'

export const metadata: Metadata = { title: 'Compare system prompts' }

type Props = { params: Promise<{ project: string }>; searchParams: Promise<Record<string, string | string[]>> }

export default async function PromptComparePage({ params, searchParams }: Props) {
  await requirePageViewer()
  const [{ project: slug }, sp] = await Promise.all([params, searchParams.then((s) => promptCompareSearchSchema.parse(s))])
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  const all = await listPromptUses(project.id)
  const distinct = [...new Set(all.map((p) => p.sha256))]
  const [a, b] = await Promise.all([getProjectPrompt(project.id, sp.a ?? distinct[0] ?? ''), getProjectPrompt(project.id, sp.b ?? distinct[1] ?? '')])
  if (!a || !b) {
    return (
      <div className="card empty" role="status">
        <h1>Nothing to compare</h1>
        <p>{distinct.length < 2 ? 'This project has fewer than two distinct system prompts.' : 'One of the linked prompts is not used in this project; pick two from a dataset’s provenance page.'}</p>
      </div>
    )
  }
  return <PromptCompare projectSlug={project.slug} a={a} b={b} all={all} />
}

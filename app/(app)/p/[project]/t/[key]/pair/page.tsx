import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PairView } from '@/components/transcript/pair-view'
import { withholdLabelsIfBlind } from '@/lib/data/blind-reading'
import { countSameQuery, listPairCandidates } from '@/lib/data/pairs'
import { getProjectBySlug } from '@/lib/data/projects'
import { getTranscript } from '@/lib/data/transcripts'
import { transcriptHref } from '@/lib/reading/list-url'
import { requirePageViewer } from '@/lib/session'
import { pairPageSearchSchema, transcriptKeySchema, type PairAxis } from '@/lib/validations/search-params'

type Props = { params: Promise<{ project: string; key: string }>; searchParams: Promise<Record<string, string | string[]>> }

export const metadata: Metadata = { title: 'Paired view' }

export default async function PairPage({ params, searchParams }: Props) {
  const viewer = await requirePageViewer()
  const [{ project: slug, key }, sp] = await Promise.all([params, searchParams.then((s) => pairPageSearchSchema.parse(s))])
  if (!transcriptKeySchema.safeParse(key).success) notFound()
  const project = await getProjectBySlug(slug)
  if (!project) notFound()
  const found = await getTranscript(project.id, key)
  if (!found) notFound()
  const t = await withholdLabelsIfBlind(viewer, found)
  const candidates = await listPairCandidates(project.id, t, sp.vary)
  const chosen = candidates.find((c) => c.key === sp.with) ?? candidates[0]
  const [otherFound, same] = await Promise.all([chosen ? getTranscript(project.id, chosen.key) : null, chosen ? null : countSameQuery(project.id, t.queryKey)])
  const other = otherFound && (await withholdLabelsIfBlind(viewer, otherFound))
  const pairHref = (a: PairAxis, withKey?: string) => {
    const p = new URLSearchParams({ ...(a !== 'tier' ? { vary: a } : {}), ...(withKey ? { with: withKey } : {}), ...(sp.from !== undefined ? { from: sp.from } : {}) })
    return `/p/${project.slug}/t/${key}/pair${p.size ? `?${p}` : ''}`
  }
  return (
    <PairView
      transcript={t} other={other} candidates={candidates} axis={sp.vary}
      unpairedReason={same && unpairedReason(sp.vary, same)}
      hrefs={{ back: transcriptHref(project.slug, key, sp.from), axis: (a) => pairHref(a), choose: (k) => pairHref(sp.vary, k), transcript: (k) => transcriptHref(project.slug, k) }}
    />
  )
}

function unpairedReason(axis: PairAxis, same: { total: number; tiers: string[] }): string {
  if (same.total <= 1) return 'No other transcript in this project has the same query (pairing uses the query key derived at import, from the user input text or the source’s own pairing index). This dataset cannot be paired for this transcript.'
  if (axis === 'tier') return `${same.total} transcripts share this query, but none under another tier with the same model and prompt variant (tiers present: ${same.tiers.join(', ')}).`
  return `${same.total} transcripts share this query, but none differs only in ${axis === 'model' ? 'the model' : 'the prompt variant'}.`
}

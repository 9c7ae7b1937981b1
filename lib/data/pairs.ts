import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { PairAxis } from '@/lib/validations/search-params'

export type PairSource = {
  id: number
  queryKey: string
  model: string | null
  tier: string | null
  promptVariant: string | null
  setting: string | null
  sampleIndex: number | null
  cot: string | null
}

export type PairCandidate = {
  key: string
  model: string | null
  tier: string | null
  promptVariant: string | null
  sampleIndex: number | null
  outputMarker: string | null
  labels: { grader: string; key: string; valueBool: boolean | null }[]
}

/** What must match and what must differ for each pairing axis. */
function axisWhere(t: PairSource, axis: PairAxis): Prisma.TranscriptWhereInput {
  const same = { setting: t.setting, cot: t.cot }
  if (axis === 'tier') return { ...same, model: t.model, promptVariant: t.promptVariant, NOT: { tier: t.tier } }
  if (axis === 'model') return { ...same, tier: t.tier, promptVariant: t.promptVariant, NOT: { model: t.model } }
  return { ...same, tier: t.tier, model: t.model, NOT: { promptVariant: t.promptVariant } }
}

/**
 * Transcripts of the same query (the query key derived at import) that differ from
 * this one only along `axis`: the other tier, by default; other models or prompt
 * variants on demand. The same sample index sorts first.
 */
export async function listPairCandidates(projectId: string, t: PairSource, axis: PairAxis): Promise<PairCandidate[]> {
  const rows = await db.transcript.findMany({
    where: { projectId, queryKey: t.queryKey, id: { not: t.id }, ...axisWhere(t, axis) },
    orderBy: [{ tier: 'asc' }, { model: 'asc' }, { promptVariant: 'asc' }, { id: 'asc' }],
    take: 60,
    select: {
      key: true, model: true, tier: true, promptVariant: true, sampleIndex: true, outputMarker: true,
      importedLabels: { where: { grader: 'file' }, select: { grader: true, key: true, valueBool: true } },
    },
  })
  const mapped = rows.map(({ importedLabels, ...r }) => ({ ...r, labels: importedLabels }))
  return mapped.sort((a, b) => Number(b.sampleIndex === t.sampleIndex) - Number(a.sampleIndex === t.sampleIndex))
}

/** How many transcripts share this query key at all: explains why no pair was found. */
export async function countSameQuery(projectId: string, queryKey: string): Promise<{ total: number; tiers: string[] }> {
  const rows = await db.transcript.groupBy({ by: ['tier'], where: { projectId, queryKey }, _count: true })
  return { total: rows.reduce((n, r) => n + r._count, 0), tiers: rows.map((r) => r.tier ?? 'unknown') }
}

import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Segment, Turn } from '@/lib/parse/segments'

export type TranscriptListItem = {
  key: string
  model: string | null
  tier: string | null
  promptVariant: string | null
  setting: string | null
  queryText: string
  outputMarker: string | null
  charCount: number
  warningCount: number
  datasetName: string
}

export type TranscriptListParams = { page: number; pageSize: number; datasetId?: string; tier?: string; model?: string }

export async function listTranscripts(projectId: string, p: TranscriptListParams) {
  const where: Prisma.TranscriptWhereInput = {
    projectId,
    ...(p.datasetId ? { datasetId: p.datasetId } : {}),
    ...(p.tier ? { tier: p.tier } : {}),
    ...(p.model ? { model: p.model } : {}),
  }
  const [rows, total] = await db.$transaction([
    db.transcript.findMany({
      where,
      orderBy: [{ datasetId: 'asc' }, { sourceIndex: 'asc' }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
      select: {
        key: true, model: true, tier: true, promptVariant: true, setting: true, queryText: true, outputMarker: true,
        charCount: true, parseWarnings: true, dataset: { select: { name: true } },
      },
    }),
    db.transcript.count({ where }),
  ])
  const items: TranscriptListItem[] = rows.map(({ parseWarnings, dataset, ...r }) => ({
    ...r,
    queryText: r.queryText.slice(0, 300),
    warningCount: parseWarnings.length,
    datasetName: dataset.name,
  }))
  return { items, total, pageCount: Math.max(1, Math.ceil(total / p.pageSize)) }
}

export type SegmentView = Segment & { text: string }

export type TranscriptDetail = Awaited<ReturnType<typeof getTranscript>>

/** One transcript by its stable key, with segment texts sliced from the raw turns. */
export async function getTranscript(projectId: string, key: string) {
  const t = await db.transcript.findUnique({
    where: { projectId_key: { projectId, key } },
    select: {
      id: true, key: true, model: true, tier: true, monitoring: true, tierIndicator: true, setting: true, promptVariant: true,
      infoDelivery: true, cot: true, trainingStage: true, seed: true, userSuffix: true, evalFamily: true, querySource: true,
      queryKey: true, sampleIndex: true, conditionSources: true, extra: true, turns: true, segments: true, parseWarnings: true,
      queryText: true, outputMarker: true, sourceIndex: true, sourceRef: true, charCount: true,
      dataset: { select: { id: true, name: true, originalPath: true, format: true } },
      systemPrompt: { select: { text: true, sha256: true } },
      importedLabels: { select: { grader: true, key: true, valueBool: true, valueNum: true, valueText: true, quotes: true }, orderBy: { id: 'asc' } },
    },
  })
  if (!t) return null
  const turns = t.turns as Turn[]
  const segments: SegmentView[] = (t.segments as Segment[]).map((s) => ({ ...s, text: turns[s.turn]?.content.slice(s.start, s.end) ?? '' }))
  return { ...t, turns, segments, conditionSources: t.conditionSources as Record<string, string>, extra: t.extra as Record<string, unknown> }
}

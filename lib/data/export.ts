import 'server-only'
import { db } from '@/lib/db'

/**
 * The dataset to export, only if it belongs to the project. Callers check that the
 * viewer may read the project (canRead) before calling.
 */
export async function getDatasetForExport(projectId: string, datasetId: string) {
  return db.dataset.findFirst({
    where: { id: datasetId, projectId },
    select: { id: true, name: true, originalPath: true, format: true, tagConfig: true, project: { select: { slug: true, name: true } } },
  })
}

/** One page of a dataset's transcripts in import order, with system prompt text and imported labels. */
export async function listTranscriptsForExport(datasetId: string, afterId: number, take: number) {
  return db.transcript.findMany({
    where: { datasetId, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take,
    select: {
      id: true, key: true, sourceRef: true, queryKey: true,
      model: true, tier: true, tierIndicator: true, setting: true, promptVariant: true, infoDelivery: true, cot: true,
      trainingStage: true, seed: true, userSuffix: true, evalFamily: true, querySource: true, sampleIndex: true,
      conditionSources: true, extra: true, turns: true,
      systemPrompt: { select: { text: true } },
      importedLabels: { orderBy: { id: 'asc' }, select: { grader: true, key: true, valueBool: true, valueNum: true, valueText: true, raw: true, quotes: true } },
    },
  })
}

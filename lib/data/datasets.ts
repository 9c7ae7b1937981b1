import 'server-only'
import { db } from '@/lib/db'

export type DatasetRow = {
  id: string
  name: string
  originalPath: string
  format: string
  status: string
  importedAt: Date
  importedBy: string | null
  recordCount: number
  importedCount: number
  duplicateCount: number
  warningCount: number
  isSynthetic: boolean
}

export async function listDatasets(projectId: string): Promise<DatasetRow[]> {
  const rows = await db.dataset.findMany({
    where: { projectId },
    orderBy: { importedAt: 'desc' },
    select: {
      id: true, name: true, originalPath: true, format: true, status: true, importedAt: true, recordCount: true,
      importedCount: true, duplicateCount: true, warningCount: true, isSynthetic: true, importedBy: { select: { email: true } },
    },
  })
  return rows.map(({ importedBy, ...r }) => ({ ...r, importedBy: importedBy?.email ?? null }))
}

export type ConditionCount = { datasetId: string; model: string | null; promptVariant: string | null; tier: string | null; count: number }

/** Transcript counts per dataset × model × prompt variant × tier, computed in SQL. */
export async function countConditionsByDataset(projectId: string): Promise<ConditionCount[]> {
  const rows = await db.$queryRaw<{ dataset_id: string; model: string | null; prompt_variant: string | null; tier: string | null; n: bigint }[]>`
    SELECT dataset_id, model, prompt_variant, tier, count(*) AS n
    FROM transcripts WHERE project_id = ${projectId}
    GROUP BY dataset_id, model, prompt_variant, tier
    ORDER BY dataset_id, model NULLS LAST, prompt_variant NULLS LAST, tier NULLS LAST`
  return rows.map((r) => ({ datasetId: r.dataset_id, model: r.model, promptVariant: r.prompt_variant, tier: r.tier, count: Number(r.n) }))
}

import 'server-only'
import { db } from '@/lib/db'

export type DatasetProvenance = NonNullable<Awaited<ReturnType<typeof getDatasetProvenance>>>

/** Where a dataset came from: file, format, hashes, import time and user, parse settings. */
export async function getDatasetProvenance(projectId: string, datasetId: string) {
  const d = await db.dataset.findFirst({
    where: { id: datasetId, projectId },
    select: {
      id: true, name: true, originalPath: true, sha256: true, format: true, bytes: true, status: true, importedAt: true,
      recordCount: true, importedCount: true, duplicateCount: true, skippedCount: true, warningCount: true, tagConfig: true,
      options: true, isSynthetic: true, importedBy: { select: { name: true, email: true } },
    },
  })
  if (!d) return null
  return { ...d, bytes: Number(d.bytes), tagConfig: d.tagConfig as Record<string, string[]>, options: d.options as Record<string, unknown> }
}

export type PromptUse = { sha256: string; length: number; preview: string; promptVariant: string | null; model: string | null; count: number }

/** The system prompts a dataset's (or, without datasetId, a project's) transcripts carry, with counts per variant and model. */
export async function listPromptUses(projectId: string, datasetId?: string): Promise<PromptUse[]> {
  const rows = await db.$queryRaw<{ sha256: string; len: number; preview: string; prompt_variant: string | null; model: string | null; n: number }[]>`
    SELECT sp.sha256, length(sp.text)::int AS len, left(sp.text, 240) AS preview, t.prompt_variant, t.model, count(*)::int AS n
    FROM transcripts t JOIN system_prompts sp ON sp.id = t.system_prompt_id
    WHERE t.project_id = ${projectId} AND (${datasetId ?? null}::text IS NULL OR t.dataset_id = ${datasetId ?? null})
    GROUP BY sp.sha256, sp.text, t.prompt_variant, t.model
    ORDER BY t.prompt_variant NULLS LAST, t.model NULLS LAST, n DESC`
  return rows.map((r) => ({ sha256: r.sha256, length: r.len, preview: r.preview, promptVariant: r.prompt_variant, model: r.model, count: r.n }))
}

/** One system prompt used in this project, with its transcript counts per prompt variant. */
export async function getProjectPrompt(projectId: string, sha256: string) {
  const [prompt, counts] = await Promise.all([
    db.systemPrompt.findFirst({ where: { sha256, transcripts: { some: { projectId } } }, select: { sha256: true, text: true } }),
    db.$queryRaw<{ prompt_variant: string | null; n: number }[]>`
      SELECT t.prompt_variant, count(*)::int AS n FROM transcripts t JOIN system_prompts sp ON sp.id = t.system_prompt_id
      WHERE t.project_id = ${projectId} AND sp.sha256 = ${sha256} GROUP BY 1 ORDER BY 2 DESC`,
  ])
  return prompt ? { ...prompt, variants: counts.map((c) => ({ promptVariant: c.prompt_variant, count: c.n })) } : null
}

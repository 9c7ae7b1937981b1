import { z } from 'zod'

/** Query-string values arrive as string | string[]; take the first. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const optionalText = z.preprocess(first, z.string().trim().max(500).optional().catch(undefined))

export const transcriptListSearchSchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000).catch(1)).default(1),
  pageSize: z.preprocess(first, z.coerce.number().int().refine((n) => [25, 50, 100, 200].includes(n)).catch(50)).default(50),
  dataset: optionalText,
  tier: optionalText,
  model: optionalText,
})
export type TranscriptListSearch = z.infer<typeof transcriptListSearchSchema>

export const transcriptKeySchema = z.string().regex(/^[0-9a-f]{24}$/)

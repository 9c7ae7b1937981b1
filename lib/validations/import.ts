import { z } from 'zod'
import { FORMAT_IDS } from '@/lib/import/formats'

export const uploadQuerySchema = z.object({
  project: z.string().min(1).max(100),
  /** The file name, or the path the researcher gives (some formats read model and variant from it). */
  path: z.string().min(1).max(1000).refine((p) => !p.includes('\0'), 'must not contain NUL'),
  format: z.enum(FORMAT_IDS as [string, ...string[]]).optional(),
})
export type UploadQuery = z.infer<typeof uploadQuerySchema>

import { z } from 'zod'
import { CONDITION_FIELDS, type ConditionField } from '../types'

/** Bumped only for changes an older reader would misread; readers ignore unknown keys. */
export const CANDOR_FORMAT_VERSION = 1

export const candorHeaderSchema = z.looseObject({
  candor_format: z.literal(CANDOR_FORMAT_VERSION),
  project: z.string().nullish(),
  dataset: z.string().nullish(),
  exported_at: z.string().nullish(),
  /** The tag names the dataset was parsed with (lib/parse/tags.ts), for information. */
  tag_config: z.unknown().optional(),
})
export type CandorHeader = z.infer<typeof candorHeaderSchema>

const conditionShape = Object.fromEntries(
  CONDITION_FIELDS.map((f) => [f, f === 'seed' || f === 'sampleIndex' ? z.number().int().nullish() : z.string().nullish()]),
) as Record<ConditionField, z.ZodOptional<z.ZodNullable<z.ZodNumber | z.ZodString>>>

export const candorRecordSchema = z.object({
  /** Candor's stable key. Informational on import: it is recomputed from the content and matches when nothing changed. */
  key: z.string().optional(),
  sourceRef: z.string().optional(),
  queryKey: z.string().min(1).optional(),
  conditions: z.object(conditionShape).strict(),
  conditionSources: z.partialRecord(z.enum(CONDITION_FIELDS), z.enum(['field', 'path', 'tag', 'mapping', 'option', 'default'])).optional(),
  systemPrompt: z.string().nullish(),
  turns: z.array(z.object({ role: z.string().min(1), content: z.string() })).min(1),
  extra: z.record(z.string(), z.unknown()).default({}),
  importedLabels: z
    .array(
      z.object({
        grader: z.string().min(1),
        key: z.string().min(1),
        value: z.union([z.boolean(), z.number(), z.string(), z.null()]),
        raw: z.unknown().optional(),
        quotes: z.unknown().optional(),
      }),
    )
    .default([]),
})
export type CandorRecord = z.input<typeof candorRecordSchema>

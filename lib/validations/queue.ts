import { z } from 'zod'
import { isValidPattern } from '@/lib/labels/blind'

/** Transcript columns a sample can be stratified or filtered by (field name → SQL column). */
export const CONDITION_COLUMNS = {
  model: 'model',
  tier: 'tier',
  monitoring: 'monitoring',
  tierIndicator: 'tier_indicator',
  setting: 'setting',
  promptVariant: 'prompt_variant',
  infoDelivery: 'info_delivery',
  cot: 'cot',
  trainingStage: 'training_stage',
  userSuffix: 'user_suffix',
  evalFamily: 'eval_family',
  querySource: 'query_source',
  datasetId: 'dataset_id',
} as const

export type ConditionColumn = keyof typeof CONDITION_COLUMNS
export const conditionColumnSchema = z.enum(Object.keys(CONDITION_COLUMNS) as [ConditionColumn, ...ConditionColumn[]])

const queueSettingsShape = {
  projectId: z.string().min(1),
  name: z.string().trim().min(1, 'Name the queue.').max(120),
  description: z.string().max(2000).default(''),
  requiredRaters: z.number().int().min(1).max(10).default(1),
  assignment: z.enum(['open', 'named']).default('open'),
  assigneeIds: z.array(z.string().min(1)).max(200).default([]),
  blindConditions: z.boolean().default(false),
  redactPatterns: z
    .array(z.string().min(1).max(200).refine(isValidPattern, 'Not a valid regular expression.'))
    .max(50)
    .default([]),
  reservationMinutes: z.number().int().min(1).max(24 * 60).default(30),
}

function checkAssignees(q: { assignment: string; assigneeIds: string[]; requiredRaters: number }, ctx: z.RefinementCtx) {
  if (q.assignment === 'named' && new Set(q.assigneeIds).size < q.requiredRaters) {
    ctx.addIssue({ code: 'custom', path: ['assigneeIds'], message: 'Name at least as many raters as each item needs.' })
  }
}

export const createQueueFromIdsSchema = z
  .object({
    ...queueSettingsShape,
    transcriptIds: z.array(z.number().int().positive()).min(1, 'The queue has no transcripts.').max(100_000),
    /** The list filter the ids came from, kept for reference. */
    source: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine(checkAssignees)

export const sampleSpecSchema = z.object({
  /** Condition columns forming the cells, e.g. ['model', 'tier']. */
  by: z.array(conditionColumnSchema).min(1).max(6),
  perCell: z.number().int().min(1).max(10_000),
  /** Same seed, same sample. */
  seed: z.string().min(1).max(100).optional(),
  /** Only transcripts whose column is one of the listed values. */
  where: z.partialRecord(conditionColumnSchema, z.array(z.string()).min(1).max(500)).default({}),
})

export const createQueueFromSampleSchema = z
  .object({ ...queueSettingsShape, sample: sampleSpecSchema })
  .superRefine(checkAssignees)

export const skipItemSchema = z.object({ reason: z.string().trim().min(1, 'Give a reason for skipping.').max(500) })

export type CreateQueueFromIdsInput = z.input<typeof createQueueFromIdsSchema>
export type CreateQueueFromSampleInput = z.input<typeof createQueueFromSampleSchema>
export type SampleSpec = z.infer<typeof sampleSpecSchema>

'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { authedAction, type ActionState } from '@/lib/actions'
import { getProjectBySlug } from '@/lib/data/projects'
import { createQueueFromSample, createQueueFromTranscriptIds, setQueueArchived } from '@/lib/data/queues'
import { resolveSearch } from '@/lib/data/search'
import { listMatchingTranscriptIds } from '@/lib/data/transcripts'
import { AppError } from '@/lib/errors'
import { conditionColumnSchema, type ConditionColumn } from '@/lib/validations/queue'
import { NONE, parseListQuery, type FilterField, type ListQuery } from '@/lib/validations/search-params'

/** List filter fields (URL names) that a stratified sample can restrict on. */
const WHERE_COLUMNS: Partial<Record<FilterField, ConditionColumn>> = {
  dataset: 'datasetId', model: 'model', tier: 'tier', setting: 'setting', variant: 'promptVariant', monitoring: 'monitoring',
  indicator: 'tierIndicator', delivery: 'infoDelivery', cot: 'cot', stage: 'trainingStage', suffix: 'userSuffix', family: 'evalFamily', source: 'querySource',
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean)

const createQueueSchema = z.object({
  projectSlug: z.string().min(1),
  mode: z.enum(['filter', 'sample']),
  name: z.string().trim().min(1, 'Name the queue.').max(120),
  description: z.string().max(2000).default(''),
  filter: z.string().max(4000).default('').transform((s) => s.replace(/^.*\?/, '')),
  by: z.array(conditionColumnSchema).default([]),
  perCell: z.coerce.number().int().min(1, 'At least 1 per cell.').max(10_000).default(50),
  seed: z.string().trim().max(100).optional().transform((s) => s || undefined),
  requiredRaters: z.coerce.number().int().min(1).max(10),
  assignment: z.enum(['open', 'named']),
  assigneeIds: z.array(z.string()).default([]),
  blindConditions: z.boolean(),
  redactPatterns: z.string().max(10_000).default('').transform(lines),
  reservationMinutes: z.coerce.number().int().min(1).max(1440).default(30),
})

function sampleWhere(q: ListQuery) {
  const where: Partial<Record<ConditionColumn, string[]>> = {}
  for (const [field, column] of Object.entries(WHERE_COLUMNS) as [FilterField, ConditionColumn][]) {
    const values = q[field].filter((v) => v !== NONE)
    if (values.length) where[column] = values
  }
  return where
}

const createQueue = authedAction(createQueueSchema, async (input, viewer) => {
  const project = await getProjectBySlug(input.projectSlug)
  if (!project) throw new AppError('NOT_FOUND', 'Project not found.')
  const { projectSlug: _slug, mode, filter, by, perCell, seed, ...settings } = input
  const q = parseListQuery(new URLSearchParams(filter))
  if (mode === 'sample') {
    if (!by.length) throw new AppError('INVALID_INPUT', 'Choose at least one column to stratify by.', { fieldErrors: { by: ['Choose at least one column.'] } })
    const { queue } = await createQueueFromSample(viewer, { ...settings, projectId: project.id, sample: { by, perCell, seed, where: sampleWhere(q) } })
    return queue.id
  }
  const ids = await listMatchingTranscriptIds(project.id, q, await resolveSearch(q))
  if (!ids.length) throw new AppError('INVALID_INPUT', 'No transcripts match this filter.', { fieldErrors: { filter: ['No transcripts match.'] } })
  const queue = await createQueueFromTranscriptIds(viewer, { ...settings, projectId: project.id, transcriptIds: ids, source: { query: filter } })
  return queue.id
}, { role: 'lead' })

/** useActionState adapter for the "New queue" form; redirects to the new queue. */
export async function createQueueAction(_prev: ActionState<string>, form: FormData): Promise<ActionState<string>> {
  const result = await createQueue({
    projectSlug: String(form.get('projectSlug') ?? ''),
    mode: form.get('mode') === 'sample' ? 'sample' : 'filter',
    name: String(form.get('name') ?? ''),
    description: String(form.get('description') ?? ''),
    filter: String(form.get('filter') ?? ''),
    by: form.getAll('by').map(String) as ConditionColumn[],
    perCell: Number(form.get('perCell') || 50),
    seed: String(form.get('seed') ?? ''),
    requiredRaters: Number(form.get('requiredRaters') || 1),
    assignment: form.get('assignment') === 'named' ? 'named' : 'open',
    assigneeIds: form.getAll('assigneeIds').map(String),
    blindConditions: form.get('blindConditions') === 'on',
    redactPatterns: String(form.get('redactPatterns') ?? ''),
    reservationMinutes: Number(form.get('reservationMinutes') || 30),
  })
  if (!result.ok) return result
  const slug = String(form.get('projectSlug'))
  revalidatePath(`/p/${slug}/queues`)
  redirect(`/p/${slug}/queues/${result.data}`)
}

export const archiveQueueAction = authedAction(
  z.object({ projectSlug: z.string(), queueId: z.string().min(1), isArchived: z.boolean() }),
  async ({ projectSlug, queueId, isArchived }, viewer) => {
    await setQueueArchived(viewer, queueId, isArchived)
    revalidatePath(`/p/${projectSlug}/queues`)
  },
  { role: 'lead' },
)

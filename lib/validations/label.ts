import { z } from 'zod'

/** Chosen tag keys by group key: a string (or null) for single groups, a list for multi groups. */
export const labelValuesSchema = z.record(z.string().max(64), z.union([z.string().max(64), z.array(z.string().max(64)).max(100), z.null()]))

/** A span of `turns[turn].content` (offsets into the original, unredacted text). */
export const spanSchema = z
  .object({
    turn: z.number().int().min(0),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** Optional; the server recomputes it from the transcript. */
    quote: z.string().max(20_000).optional(),
    sha256: z.string().optional(),
  })
  .refine((s) => s.end > s.start, { message: 'A span must not be empty.', path: ['end'] })

export const evidenceSpanSchema = spanSchema.and(z.object({ tag: z.string().max(64) }))

export const saveLabelSchema = z.object({
  transcriptId: z.number().int().positive(),
  queueId: z.string().min(1).max(64).nullish(),
  /** The revision the client edited; null or 0 when creating the label. */
  revision: z.number().int().min(0).nullable(),
  values: labelValuesSchema.default({}),
  evidence: z.array(evidenceSpanSchema).max(200).default([]),
  note: z.string().max(10_000).default(''),
})

export type LabelValues = z.infer<typeof labelValuesSchema>
export type SpanInput = z.infer<typeof spanSchema>
export type EvidenceSpanInput = z.infer<typeof evidenceSpanSchema>
/** A stored span: quote and sha256 (of the whole turn text) are always present. */
export type Span = { turn: number; start: number; end: number; quote: string; sha256: string }
export type EvidenceSpan = Span & { tag: string }
export type SaveLabelInput = z.input<typeof saveLabelSchema>
export type SaveLabel = z.infer<typeof saveLabelSchema>

export const saveAdjudicationSchema = z.object({
  transcriptId: z.number().int().positive(),
  queueId: z.string().min(1).max(64).nullish(),
  values: labelValuesSchema,
  rationale: z.string().trim().min(1, 'Explain the final label.').max(10_000),
})
export type SaveAdjudicationInput = z.input<typeof saveAdjudicationSchema>

export const addCommentSchema = z.object({
  transcriptId: z.number().int().positive(),
  body: z.string().trim().min(1, 'Write a comment.').max(10_000),
  anchor: spanSchema.nullish(),
})
export type AddCommentInput = z.input<typeof addCommentSchema>

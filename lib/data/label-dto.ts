import 'server-only'
import type { EvidenceSpan, LabelValues } from '@/lib/validations/label'

export type LabelStatus = 'draft' | 'submitted'

export type LabelDTO = {
  id: string
  projectId: string
  transcriptId: number
  rater: { id: string; name: string }
  schemaId: string
  schemaVersion: number
  queueId: string | null
  values: LabelValues
  evidence: EvidenceSpan[]
  note: string
  status: LabelStatus
  /** Made with the transcript's condition hidden (blind queue). */
  isBlind: boolean
  /** Send this back with the next save (optimistic concurrency). */
  revision: number
  createdAt: Date
  updatedAt: Date
  submittedAt: Date | null
}

/** What a history row stores as `before` / `after`. */
export type LabelSnapshot = Pick<LabelDTO, 'values' | 'evidence' | 'note' | 'status' | 'isBlind' | 'schemaVersion' | 'queueId'>

export const labelSelect = {
  id: true,
  projectId: true,
  transcriptId: true,
  schemaId: true,
  queueId: true,
  values: true,
  evidence: true,
  note: true,
  status: true,
  isBlind: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  rater: { select: { id: true, name: true } },
  schema: { select: { version: true } },
} as const

type LabelRow = Omit<LabelDTO, 'values' | 'evidence' | 'schemaVersion'> & { values: unknown; evidence: unknown; schema: { version: number } }

export function toLabelDTO(row: LabelRow): LabelDTO {
  const { schema, values, evidence, ...rest } = row
  return { ...rest, schemaVersion: schema.version, values: (values ?? {}) as LabelValues, evidence: (evidence ?? []) as EvidenceSpan[] }
}

export function toSnapshot(l: LabelSnapshot): LabelSnapshot {
  return { values: l.values, evidence: l.evidence, note: l.note, status: l.status, isBlind: l.isBlind, schemaVersion: l.schemaVersion, queueId: l.queueId }
}

import type { Turn } from '@/lib/parse/segments'

/** Condition columns an importer may fill (DOMAIN.md §6.1). */
export const CONDITION_FIELDS = [
  'model', 'tier', 'tierIndicator', 'setting', 'promptVariant', 'infoDelivery', 'cot',
  'trainingStage', 'seed', 'userSuffix', 'evalFamily', 'querySource', 'sampleIndex',
] as const
export type ConditionField = (typeof CONDITION_FIELDS)[number]
export type Conditions = {
  [K in ConditionField]?: K extends 'seed' | 'sampleIndex' ? number : string
}

/** Where a condition value came from, kept per transcript for provenance. */
export type ConditionSource = 'field' | 'path' | 'tag' | 'mapping' | 'option' | 'default'

export type ImportedLabelInput = {
  /** Who or what made the label: a classifier's name, "file" for plain columns. */
  grader: string
  key: string
  value: boolean | number | string | null
  raw?: unknown
  quotes?: unknown
}

/** One transcript as a format reader hands it to the import pipeline. */
export type SourceRecord = {
  /** 0-based position in the file. */
  index: number
  /** Human reference used in errors and provenance: "line 12", "item 3". */
  ref: string
  systemPrompt?: string | null
  turns: Turn[]
  conditions: Conditions
  conditionSources: Partial<Record<ConditionField, ConditionSource>>
  /** Explicit pairing key when the format has one (e.g. Redwood's per-query index). */
  queryKey?: string
  extra: Record<string, unknown>
  labels: ImportedLabelInput[]
}

/** Where in the file a problem is. */
export type ErrorLocation = { line?: number; record?: number | string; field?: string }

/** A problem with the input file; its message is shown to the user as is. */
export class ImportError extends Error {
  constructor(
    message: string,
    public readonly where: ErrorLocation = {},
  ) {
    super(message)
    this.name = 'ImportError'
  }
}

export type FormatId = 'safety-research-json' | 'csv' | 'redwood' | 'inspect' | 'candor-jsonl' | 'mapping'

export type ReaderInput = {
  /** The original name or path; some formats read conditions from it. */
  originalPath: string
  /** Local path of the bytes (for formats that need random access, such as zip). */
  filePath: string
  /** The file as decoded text (BOMs, UTF-16 and gzip handled, UTF-8 validated). */
  openText: () => AsyncIterable<string>
  /** The parsed --map mapping file, for the mapping format. */
  mapping?: unknown
}

export type FormatReader = {
  id: FormatId
  label: string
  read: (input: ReaderInput) => AsyncIterable<SourceRecord>
}

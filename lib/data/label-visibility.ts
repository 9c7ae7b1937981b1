import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { canRead, canSeeLabelsBeforeSubmitting, type Viewer } from '@/lib/permissions'
import { labelSelect, toLabelDTO, type LabelDTO } from './label-dto'

export type ReviewVisibility = {
  /** Other raters' labels and imported classifier labels may be shown. */
  canSeeOtherLabels: boolean
  /** The viewer has submitted their own label on this transcript. */
  hasSubmitted: boolean
}

export type TranscriptLabels = {
  /** The viewer's own label first (draft or submitted), then others' submitted labels. */
  labels: LabelDTO[]
  /** True when others' labels are withheld until the viewer submits. */
  othersHidden: boolean
  hiddenCount: number
}

async function requireTranscriptExists(transcriptId: number) {
  const t = await db.transcript.findUnique({ where: { id: transcriptId }, select: { id: true } })
  if (!t) throw new AppError('NOT_FOUND', 'Transcript not found.')
}

/**
 * Blind review for one transcript: annotators see other raters' labels and imported
 * classifier labels only after submitting their own; leads and read-only viewers always.
 * The UI must also hide ImportedLabel rows when `canSeeOtherLabels` is false.
 */
export async function getReviewVisibility(viewer: Viewer, transcriptId: number): Promise<ReviewVisibility> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read labels.')
  const own = await db.label.findUnique({ where: { transcriptId_raterId: { transcriptId, raterId: viewer.id } }, select: { status: true } })
  const hasSubmitted = own?.status === 'submitted'
  return { hasSubmitted, canSeeOtherLabels: hasSubmitted || canSeeLabelsBeforeSubmitting(viewer) }
}

/** Labels on a transcript as the viewer may see them (blind until they submit). Drafts of others are never shown. */
export async function listLabelsForTranscript(viewer: Viewer, transcriptId: number): Promise<TranscriptLabels> {
  await requireTranscriptExists(transcriptId)
  const { canSeeOtherLabels } = await getReviewVisibility(viewer, transcriptId)
  const rows = await db.label.findMany({
    where: { transcriptId, OR: [{ raterId: viewer.id }, { status: 'submitted' }] },
    select: labelSelect,
    orderBy: { submittedAt: 'asc' },
  })
  const own = rows.filter((r) => r.rater.id === viewer.id)
  const others = rows.filter((r) => r.rater.id !== viewer.id)
  const shown = canSeeOtherLabels ? [...own, ...others] : own
  return { labels: shown.map(toLabelDTO), othersHidden: !canSeeOtherLabels && others.length > 0, hiddenCount: canSeeOtherLabels ? 0 : others.length }
}

export type ImportedLabelDTO = { grader: string; key: string; value: string; quotes: string[] }

/**
 * The transcript's imported classifier labels, withheld (hidden: true) while blind
 * review hides other labels from the viewer.
 */
export async function listImportedLabelsForReview(viewer: Viewer, transcriptId: number): Promise<{ labels: ImportedLabelDTO[]; isHidden: boolean; hiddenCount: number }> {
  const { canSeeOtherLabels } = await getReviewVisibility(viewer, transcriptId)
  const rows = await db.importedLabel.findMany({
    where: { transcriptId },
    select: { grader: true, key: true, valueBool: true, valueNum: true, valueText: true, quotes: true },
    orderBy: { id: 'asc' },
  })
  if (!canSeeOtherLabels) return { labels: [], isHidden: rows.length > 0, hiddenCount: rows.length }
  const labels = rows.map((r) => ({
    grader: r.grader,
    key: r.key,
    value: r.valueBool !== null ? String(r.valueBool) : r.valueNum !== null ? String(Math.round(r.valueNum * 1000) / 1000) : (r.valueText ?? '—'),
    quotes: Array.isArray(r.quotes) ? r.quotes.map(String) : [],
  }))
  return { labels, isHidden: false, hiddenCount: 0 }
}

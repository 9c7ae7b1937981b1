import 'server-only'
import type { Viewer } from '@/lib/permissions'
import { getReviewVisibility } from './label-visibility'

/**
 * Blind review outside queues too: an annotator who has not submitted a label on a
 * transcript does not see its imported classifier labels on the reading pages, so the
 * classifier's verdict cannot anchor their own (leads and read-only viewers see them).
 */
export async function withholdLabelsIfBlind<T extends { id: number; importedLabels: unknown[] }>(
  viewer: Viewer,
  transcript: T,
): Promise<T & { labelsWithheld: boolean }> {
  const { canSeeOtherLabels } = await getReviewVisibility(viewer, transcript.id)
  if (canSeeOtherLabels || transcript.importedLabels.length === 0) return { ...transcript, labelsWithheld: false }
  return { ...transcript, importedLabels: [], labelsWithheld: true }
}

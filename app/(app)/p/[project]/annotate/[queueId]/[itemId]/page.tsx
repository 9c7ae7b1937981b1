import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AnnotationWorkspace } from '@/components/labeling/annotation-workspace'
import { ReviewPanels } from '@/components/labeling/review-panels'
import { listComments } from '@/lib/data/comments'
import { getCurrentSchema } from '@/lib/data/label-schemas'
import { getMyLabel, listImportedLabelsForReview, listLabelsForTranscript } from '@/lib/data/labels'
import { getProjectBySlug } from '@/lib/data/projects'
import { getQueue, getQueueItem, getRaterItemNav } from '@/lib/data/queues'
import { isAppError } from '@/lib/errors'
import { requirePageViewer } from '@/lib/session'
import { addCommentAction, deleteCommentAction, saveDraftAction, skipAndNextAction, submitAndNextAction } from '../actions'

export const metadata: Metadata = { title: 'Labelling' }
const ACTIONS = { saveDraft: saveDraftAction, submitAndNext: submitAndNextAction, skipAndNext: skipAndNextAction, addComment: addCommentAction, deleteComment: deleteCommentAction }

export default async function AnnotateItemPage({ params }: { params: Promise<{ project: string; queueId: string; itemId: string }> }) {
  const viewer = await requirePageViewer('annotator')
  const { project: slug, queueId, itemId: rawItemId } = await params
  const itemId = Number(rawItemId)
  const project = await getProjectBySlug(slug)
  if (!project || !Number.isSafeInteger(itemId) || itemId <= 0) notFound()
  const [queue, item, nav] = await Promise.all([getQueue(viewer, queueId), getQueueItem(viewer, queueId, itemId), getRaterItemNav(viewer, queueId, itemId)]).catch((e) => {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound()
    throw e
  })
  if (queue.projectId !== project.id) notFound()
  const tid = item.transcript.id
  const [schema, label, others, comments, imported] = await Promise.all([
    getCurrentSchema(project.id), getMyLabel(viewer, tid), listLabelsForTranscript(viewer, tid),
    listComments(viewer, tid, { hideUntilSubmitted: queue.blindConditions }), listImportedLabelsForReview(viewer, tid),
  ])
  return (
    <AnnotationWorkspace
      key={itemId}
      projectSlug={slug}
      queue={{ id: queue.id, name: queue.name, isBlind: queue.blindConditions }}
      item={item}
      def={schema.definition}
      schemaVersion={schema.version}
      label={label}
      nav={nav}
      actions={ACTIONS}
    >
      <ReviewPanels viewerId={viewer.id} def={schema.definition} item={item} others={others} imported={imported} comments={comments} addComment={addCommentAction} deleteComment={deleteCommentAction} />
    </AnnotationWorkspace>
  )
}

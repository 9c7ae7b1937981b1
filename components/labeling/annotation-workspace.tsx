'use client'
import { useMemo, useState, type ReactNode } from 'react'
import { useRouter } from 'next/navigation'
import type { LabelDTO } from '@/lib/data/label-dto'
import type { QueueItemView } from '@/lib/data/queue-work'
import { validateLabelValues } from '@/lib/labels/taxonomy'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'
import { CheatSheet } from './cheat-sheet'
import { ConflictDialog } from './conflict-dialog'
import { toDisplayRange, toOriginalRange, type Highlight } from './evidence-utils'
import { LabelPanel } from './label-panel'
import { TranscriptPanes } from './transcript-panes'
import type { WorkspaceActions } from './types'
import { useAnnotationKeys } from './use-annotation-keys'
import { useEvidenceCursor } from './use-evidence-cursor'
import { useLabelEditor } from './use-label-editor'
import { WorkspaceBar } from './workspace-bar'

type Props = {
  projectSlug: string
  queue: { id: string; name: string; isBlind: boolean }
  item: QueueItemView
  def: LabelSchemaDefinition
  schemaVersion: number
  label: LabelDTO | null
  nav: { prev: number | null; next: number | null; done: number; total: number }
  actions: WorkspaceActions
  /** Server-rendered side panels (other raters' labels, comments). */
  children?: ReactNode
}

/** The labelling screen: transcript panes left, the label panel right, all of it keyboard-first. */
export function AnnotationWorkspace({ projectSlug, queue, item, def, schemaVersion, label, nav, actions, children }: Props) {
  const router = useRouter()
  const { turns, segments } = item.transcript
  const setting = typeof item.transcript.conditions.setting === 'string' ? item.transcript.conditions.setting : null
  const editor = useLabelEditor({ def, initial: label, transcriptId: item.transcript.id, queueId: queue.id, actions })
  const cursor = useEvidenceCursor(turns, segments)
  const [showHelp, setShowHelp] = useState(false)
  const [showErrors, setShowErrors] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const base = `/p/${projectSlug}/annotate/${queue.id}`

  const hotkeys = useMemo(() => new Map(def.groups.flatMap((g) => g.tags.filter((t) => !t.retired && t.hotkey).map((t) => [t.hotkey!, { group: g, tag: t }] as const))), [def])
  const colors = useMemo(() => new Map(def.groups.flatMap((g) => g.tags.map((t) => [t.key, t.color] as const))), [def])
  const keepRetired = useMemo(() => Object.values(label?.values ?? {}).flat().filter((k): k is string => typeof k === 'string'), [label])
  const errors = showErrors ? validateLabelValues(def, editor.draft.values, editor.draft.evidence, { mode: 'submit', keepRetired }) : {}

  const highlights: Highlight[] = [
    ...editor.draft.evidence.map((e) => ({ ...toDisplayRange(e, turns[e.turn]?.redactions ?? []), tag: e.tag, color: colors.get(e.tag) ?? '#64748b' })),
    ...(cursor.pending ? [{ ...cursor.pending, tag: '', color: '#2f5bd3', isPending: true }] : []),
  ]

  // Quotes shown to the rater come from the displayed text (stored quotes are original text, which may be redacted here).
  const shownDraft = { ...editor.draft, evidence: editor.draft.evidence.map((e) => { const d = toDisplayRange(e, turns[e.turn]?.redactions ?? []); return { ...e, quote: turns[e.turn]?.content.slice(d.start, d.end) ?? '' } }) }

  const attach = (groupKey: string, tagKey: string) => {
    if (!cursor.pending) return
    const r = cursor.pending
    const quote = turns[r.turn]?.content.slice(r.start, r.end) ?? ''
    editor.addEvidence({ tag: tagKey, ...toOriginalRange(r, turns[r.turn]?.redactions ?? []), quote }, groupKey)
    cursor.cancel()
    window.getSelection()?.removeAllRanges()
  }

  const go = async (itemId: number | null) => {
    setIsBusy(true)
    await editor.saveNow()
    router.push(itemId ? `${base}/${itemId}` : base)
  }

  const submit = async () => {
    if (isBusy) return
    setShowErrors(true)
    const found = validateLabelValues(def, editor.draft.values, editor.draft.evidence, { mode: 'submit', keepRetired })
    if (Object.keys(found).length) return editor.setMessage('Not submitted: ' + Object.values(found)[0][0])
    setIsBusy(true)
    const next = await editor.submit()
    if (next === undefined) return setIsBusy(false)
    router.push(next ? `${base}/${next}` : base)
  }

  const isKeyboardReady = useAnnotationKeys({
    isEvidenceMode: cursor.isActive,
    onTagKey: (key) => {
      const hit = hotkeys.get(key)
      if (!hit) return false
      if (cursor.isActive) attach(hit.group.key, hit.tag.key)
      else editor.toggleTag(hit.group.key, hit.tag.key)
      return true
    },
    onEvidence: () => (cursor.isActive ? cursor.cancel() : cursor.start()),
    onEvidenceMove: cursor.move,
    onEscape: () => (showHelp ? setShowHelp(false) : cursor.cancel()),
    onUndo: editor.undo,
    onNext: () => (nav.next || editor.isSubmitted ? void go(nav.next) : editor.setMessage('This is your newest item: submit it (Enter) or skip it to get the next one.')),
    onPrev: () => (nav.prev ? void go(nav.prev) : editor.setMessage('No earlier item in this queue.')),
    onSubmit: () => void submit(),
    onHelp: () => setShowHelp((s) => !s),
  })

  return (
    <div className="workspace" data-keyboard={isKeyboardReady ? 'ready' : undefined}>
      <WorkspaceBar projectSlug={projectSlug} queue={queue} item={item} nav={nav} schemaVersion={schemaVersion} isBusy={isBusy} actions={actions} onHelp={() => setShowHelp(true)} onGo={go} />
      {cursor.isActive && (
        <p className="notice evidence-hint" role="status">
          Evidence: press a criterion&apos;s key to attach the highlighted text. <kbd>↑</kbd> <kbd>↓</kbd> move by sentence, <kbd>Shift</kbd> extends, <kbd>Esc</kbd> cancels.
        </p>
      )}
      <div className="workspace-grid">
        <TranscriptPanes turns={turns} segments={segments} highlights={highlights} />
        <aside className="stack workspace-side">
          <LabelPanel
            def={def} draft={shownDraft} setting={setting} errors={errors} saveState={editor.saveState} message={editor.message}
            isSubmitted={editor.isSubmitted} isEvidenceMode={cursor.isActive} isBusy={isBusy}
            historyHref={editor.label ? `/p/${projectSlug}/labels/${editor.label.id}/history` : null}
            onToggle={editor.toggleTag} onAttach={attach} onRemoveEvidence={editor.removeEvidence} onNote={editor.setNote} onSubmit={() => void submit()}
          />
          {children}
        </aside>
      </div>
      {showHelp && <CheatSheet def={def} onClose={() => setShowHelp(false)} />}
      {editor.conflict && <ConflictDialog def={def} current={editor.conflict.current} attempted={editor.conflict.attempted} onChoose={(c) => void editor.resolveConflict(c)} />}
    </div>
  )
}

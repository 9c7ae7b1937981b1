'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LabelDTO } from '@/lib/data/label-dto'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'
import { chosenKeys } from '@/lib/labels/taxonomy'
import { draftOf, type Draft, type SaveState, type WorkspaceActions } from './types'

const AUTOSAVE_MS = 600
const UNDO_LIMIT = 100

type Conflict = { current: LabelDTO; attempted: Draft }

/**
 * The rater's label as client state: edits with an undo stack, autosave of drafts (one
 * request in flight at a time, always with the last known revision), submit, and the
 * stale-save conflict (both versions kept so the rater can choose).
 */
export function useLabelEditor(opts: { def: LabelSchemaDefinition; initial: LabelDTO | null; transcriptId: number; queueId: string; actions: WorkspaceActions }) {
  const { def, transcriptId, queueId, actions } = opts
  const [draft, setDraft] = useState<Draft>(() => draftOf(opts.initial))
  const past = useRef<Draft[]>([])
  const [canUndo, setCanUndo] = useState(false)
  const [saveState, setSaveState] = useState<SaveState>(opts.initial ? 'saved' : 'idle')
  const [message, setMessage] = useState<string | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [label, setLabel] = useState<LabelDTO | null>(opts.initial)
  const revision = useRef<number | null>(opts.initial?.revision ?? null)
  const status = useRef(opts.initial?.status ?? null)
  const latest = useRef(draft)
  const version = useRef(0)
  const savedVersion = useRef(0)
  const inflight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const payload = (d: Draft) => ({ transcriptId, queueId, revision: revision.current, values: d.values, evidence: d.evidence.map(({ quote: _quote, ...e }) => e), note: d.note })

  const onSaved = (l: LabelDTO) => {
    revision.current = l.revision
    status.current = l.status
    setLabel(l)
  }

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current)
    while (inflight.current) await inflight.current
    if (version.current === savedVersion.current || status.current === 'submitted') return true
    const sending = version.current
    const d = latest.current
    let ok = false
    setSaveState('saving')
    inflight.current = (async () => {
      const r = await actions.saveDraft(payload(d))
      if (r.ok) {
        onSaved(r.data)
        savedVersion.current = sending
        ok = true
        setMessage(null)
        setSaveState(version.current === sending ? 'saved' : 'dirty')
      } else if (r.code === 'CONFLICT') {
        setConflict({ current: (r.details as { current: LabelDTO }).current, attempted: d })
        setSaveState('conflict')
      } else {
        setMessage(r.message)
        setSaveState('error')
      }
    })()
    await inflight.current
    inflight.current = null
    return ok
  }, [actions]) // eslint-disable-line react-hooks/exhaustive-deps

  const change = useCallback((next: (d: Draft) => Draft, opts2: { undoable?: boolean } = {}) => {
    const prev = latest.current
    const d = next(prev)
    if (d === prev) return
    if (opts2.undoable !== false) {
      past.current = [...past.current.slice(-UNDO_LIMIT + 1), prev]
      setCanUndo(true)
    }
    latest.current = d
    version.current++
    setDraft(d)
    setSaveState('dirty')
    if (timer.current) clearTimeout(timer.current)
    if (status.current !== 'submitted') timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS)
  }, [saveNow])

  const undo = useCallback(() => {
    const prev = past.current.pop()
    setCanUndo(past.current.length > 0)
    if (prev) change(() => prev, { undoable: false })
  }, [change])

  const toggleTag = useCallback((groupKey: string, tagKey: string) => {
    const g = def.groups.find((x) => x.key === groupKey)
    if (!g) return
    change((d) => {
      const has = chosenKeys(d.values, groupKey).includes(tagKey)
      const values = { ...d.values, [groupKey]: g.kind === 'single' ? (has ? null : tagKey) : has ? chosenKeys(d.values, groupKey).filter((k) => k !== tagKey) : [...chosenKeys(d.values, groupKey), tagKey] }
      const evidence = has ? d.evidence.filter((e) => e.tag !== tagKey) : d.evidence
      return { ...d, values, evidence }
    })
  }, [change, def])

  const addEvidence = useCallback((span: Draft['evidence'][number], group: string) => {
    change((d) => {
      const chosen = chosenKeys(d.values, group)
      const values = chosen.includes(span.tag) ? d.values : { ...d.values, [group]: [...chosen, span.tag] }
      return { ...d, values, evidence: [...d.evidence, span] }
    })
  }, [change])

  const removeEvidence = useCallback((index: number) => change((d) => ({ ...d, evidence: d.evidence.filter((_, i) => i !== index) })), [change])
  const setNote = useCallback((note: string) => change((d) => ({ ...d, note }), { undoable: false }), [change])

  /** Submits the current draft and returns the next item id (null: queue finished), or undefined on failure. */
  const submit = useCallback(async (): Promise<number | null | undefined> => {
    if (timer.current) clearTimeout(timer.current)
    while (inflight.current) await inflight.current
    if (conflict) return undefined
    setSaveState('saving')
    const d = latest.current
    const r = await actions.submitAndNext(payload(d))
    if (r.ok) {
      onSaved(r.data.label)
      savedVersion.current = version.current
      setSaveState('saved')
      return r.data.nextItemId
    }
    if (r.code === 'CONFLICT') {
      setConflict({ current: (r.details as { current: LabelDTO }).current, attempted: d })
      setSaveState('conflict')
    } else {
      setMessage(r.message)
      setSaveState('error')
    }
    return undefined
  }, [actions, conflict]) // eslint-disable-line react-hooks/exhaustive-deps

  /** Conflict resolution: keep mine (save over the newer revision) or take the stored version. */
  const resolveConflict = useCallback(async (choice: 'mine' | 'theirs') => {
    if (!conflict) return
    revision.current = conflict.current.revision
    status.current = conflict.current.status
    setLabel(conflict.current)
    setConflict(null)
    if (choice === 'theirs') {
      const d = draftOf(conflict.current)
      latest.current = d
      setDraft(d)
      savedVersion.current = ++version.current
      setSaveState('saved')
    } else if (conflict.current.status === 'submitted') {
      setSaveState('dirty')
      setMessage('The stored label is submitted: press Enter to submit your version over it.')
    } else {
      version.current++
      await saveNow()
    }
  }, [conflict, saveNow])

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current) }, [])

  return { draft, label, saveState, message, conflict, canUndo, isSubmitted: label?.status === 'submitted', toggleTag, addEvidence, removeEvidence, setNote, undo, saveNow, submit, resolveConflict, setMessage }
}

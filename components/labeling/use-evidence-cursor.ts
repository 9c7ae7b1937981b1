'use client'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReviewSegment, ReviewTurn } from '@/lib/data/queue-work'
import { readSelection, splitSentences, type TextRange } from './evidence-utils'

type Cursor = { range: TextRange; cursor: number; anchor: number }

/**
 * Evidence selection: `start()` takes the browser selection, or else puts a sentence
 * cursor on the scratchpad that ↑/↓ move and Shift+↑/↓ extend (keyboard only).
 * Ranges are displayed offsets.
 */
export function useEvidenceCursor(turns: ReviewTurn[], segments: ReviewSegment[]) {
  const [state, setState] = useState<Cursor | null>(null)
  const sentences = useMemo(
    () => segments.filter((s) => s.kind === 'scratchpad' || s.kind === 'think').flatMap((s) => splitSentences(turns[s.turn]?.content ?? '', s.turn, s.start, s.end)),
    [turns, segments],
  )

  const start = useCallback(() => {
    const sel = readSelection(window.getSelection())
    if (sel) return setState({ range: sel, cursor: -1, anchor: -1 })
    if (sentences.length) setState({ range: sentences[0], cursor: 0, anchor: 0 })
  }, [sentences])

  const move = useCallback((delta: 1 | -1, extend: boolean) => {
    setState((s) => {
      if (!s || !sentences.length) return s
      const from = s.cursor >= 0 ? s.cursor : Math.max(0, sentences.findIndex((x) => x.turn === s.range.turn && x.end > s.range.start))
      const cursor = Math.min(sentences.length - 1, Math.max(0, from + delta))
      let anchor = extend ? (s.anchor >= 0 ? s.anchor : from) : cursor
      if (sentences[anchor].turn !== sentences[cursor].turn) anchor = cursor
      const [a, b] = [sentences[Math.min(anchor, cursor)], sentences[Math.max(anchor, cursor)]]
      return { range: { turn: a.turn, start: a.start, end: b.end }, cursor, anchor }
    })
  }, [sentences])

  const cancel = useCallback(() => setState(null), [])

  useEffect(() => {
    if (state) document.querySelector('mark.evidence.pending')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [state])

  return { pending: state?.range ?? null, isActive: state !== null, start, move, cancel }
}

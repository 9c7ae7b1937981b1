'use client'
import { useEffect, useRef, useState } from 'react'

export type KeyHandlers = {
  isEvidenceMode: boolean
  onTagKey: (key: string) => boolean
  onEvidence: () => void
  onEvidenceMove: (delta: 1 | -1, extend: boolean) => void
  onEscape: () => void
  onUndo: () => void
  onNext: () => void
  onPrev: () => void
  onSubmit: () => void
  onHelp: () => void
}

/** True when a key press belongs to a text field (shortcuts must never fire there). */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false
  return t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT'
}

/**
 * The workspace's keyboard: tag hotkeys from the schema, e (evidence), u (undo), j/k
 * (next/previous item), Enter (submit and advance), ? (cheat sheet), Esc. Ignored while
 * typing, with Ctrl/Meta/Alt held, and for Enter on a focused button or link.
 */
export function useAnnotationKeys(handlers: KeyHandlers) {
  const ref = useRef(handlers)
  const [isReady, setIsReady] = useState(false)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const h = ref.current
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isTypingTarget(e.target)) return
      const target = e.target as HTMLElement | null
      if (e.key === 'Enter' && target?.closest('button, a, summary')) return
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
      let handled = true
      if (key === '?') h.onHelp()
      else if (key === 'Escape') h.onEscape()
      else if (h.isEvidenceMode) {
        if (key === 'ArrowDown' || key === 'ArrowRight') h.onEvidenceMove(1, e.shiftKey)
        else if (key === 'ArrowUp' || key === 'ArrowLeft') h.onEvidenceMove(-1, e.shiftKey)
        else if (key === 'e') h.onEvidence()
        else handled = h.onTagKey(key)
      } else if (key === 'Enter') h.onSubmit()
      else if (key === 'e') h.onEvidence()
      else if (key === 'u') h.onUndo()
      else if (key === 'j') h.onNext()
      else if (key === 'k') h.onPrev()
      else handled = e.shiftKey && key.length === 1 && /[a-z]/.test(key) ? false : h.onTagKey(key)
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    setIsReady(true)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return isReady
}

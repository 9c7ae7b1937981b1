'use client'
import { useEffect, useState } from 'react'
import { spanHash } from '@/lib/reading/span'
import { formatSpanRef, type SpanRef } from '@/lib/validations/search-params'

type Picked = { ref: SpanRef; text: string; url: string }

/** Offset in the raw turn of a DOM position inside rendered transcript text (parts carry `data-off`). */
function rawOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const el = node.parentElement?.closest<HTMLElement>('[data-off]')
    return el ? Number(el.dataset.off) + offset : null
  }
  const el = node as Element
  const child = el.childNodes[offset] as Element | undefined
  const at = child?.nodeType === Node.ELEMENT_NODE ? (child.matches('[data-off]') ? child : child.querySelector('[data-off]')) : null
  if (at) return Number((at as HTMLElement).dataset.off)
  const parts = el.querySelectorAll<HTMLElement>('[data-off]')
  const last = parts[parts.length - 1]
  return last ? Number(last.dataset.off) + (last.textContent ?? '').length : null
}

/** The exact raw text between two offsets, rebuilt from the rendered parts; null if a part is missing (virtualised away). */
function rawText(container: Element, start: number, end: number): string | null {
  let out = ''
  let at = start
  for (const el of container.querySelectorAll<HTMLElement>('[data-off]')) {
    const off = Number(el.dataset.off)
    const text = el.textContent ?? ''
    if (off + text.length <= at || off >= end) continue
    if (off > at) return null
    out += text.slice(at - off, Math.min(text.length, end - off))
    at = Math.min(end, off + text.length)
  }
  return at === end ? out : null
}

function pick(): Picked | { error: string } | null {
  const sel = window.getSelection()
  if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return null
  const a = sel.anchorNode.parentElement?.closest('[data-turn]')
  const b = sel.focusNode.parentElement?.closest('[data-turn]')
  if (!a && !b) return null
  if (!a || a !== b) return { error: 'Select text within one block to link to it.' }
  const [x, y] = [rawOffset(sel.anchorNode, sel.anchorOffset), rawOffset(sel.focusNode, sel.focusOffset)]
  if (x === null || y === null || x === y) return null
  const [start, end] = x < y ? [x, y] : [y, x]
  const text = rawText(a, start, end)
  if (text === null) return { error: 'Part of the selection is scrolled out of view; select a shorter passage.' }
  const ref: SpanRef = { turn: Number((a as HTMLElement).dataset.turn), start, end, hash: spanHash(text) }
  const params = new URLSearchParams(window.location.search)
  params.delete('from')
  params.delete('span')
  // The span goes last and unencoded (digits, ':', '-', '.', hex), so the link stays readable.
  const rest = params.toString()
  return { ref, text, url: `${window.location.origin}${window.location.pathname}?${rest ? `${rest}&` : ''}span=${formatSpanRef(ref)}` }
}

/**
 * Select text in any segment (or the raw view) and get a link to exactly that passage:
 * raw-turn offsets plus a hash of the text, so a changed passage is detected on opening.
 */
export function SpanLinkTool() {
  const [picked, setPicked] = useState<Picked | { error: string } | null>(null)
  const [isCopied, setIsCopied] = useState(false)
  useEffect(() => {
    const onUp = (e: MouseEvent | KeyboardEvent) => {
      if ((e.target as Element | null)?.closest?.('.span-tool')) return
      setIsCopied(false)
      setPicked(pick())
    }
    document.addEventListener('mouseup', onUp)
    document.addEventListener('keyup', onUp)
    return () => {
      document.removeEventListener('mouseup', onUp)
      document.removeEventListener('keyup', onUp)
    }
  }, [])
  if (!picked) return null
  if ('error' in picked) return <div className="span-tool" role="status">{picked.error}</div>
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(picked.url)
      setIsCopied(true)
    } catch {
      (document.getElementById('span-link-url') as HTMLInputElement | null)?.select()
    }
  }
  return (
    <div className="span-tool" role="dialog" aria-label="Link to passage">
      <span>{picked.text.length.toLocaleString()} chars selected</span>
      <input id="span-link-url" readOnly value={picked.url} aria-label="Passage link" onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={copy}>{isCopied ? 'Copied' : 'Copy link to passage'}</button>
      <button type="button" aria-label="Close" onClick={() => setPicked(null)}>×</button>
    </div>
  )
}

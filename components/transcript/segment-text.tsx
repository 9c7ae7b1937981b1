'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import { chunkText, findMatches, trimRange, type HighlightTerms, type Mark, type TextRange } from '@/lib/reading/highlight'
import { HighlightedText } from './highlighted-text'

/** Texts longer than this render through a virtual list: a 1 MB scratchpad stays smooth. */
export const VIRTUALIZE_OVER = 40_000

type Props = {
  text: string
  /** Raw turn this text comes from, and the offset of its first character there. */
  turn: number
  base: number
  highlight?: HighlightTerms | null
  /** A linked passage (absolute offsets in the turn), highlighted and scrolled to. */
  span?: TextRange | null
}

/**
 * One block of transcript text with search hits and a linked span marked. Offsets stay
 * exact (leading and trailing whitespace is hidden, not removed), so a selection maps
 * back to the raw turn through `data-turn` and each part's `data-off`.
 */
export function SegmentText({ text, turn, base, highlight, span }: Props) {
  const shown = trimRange(text)
  const display = text.slice(shown.start, shown.end)
  const from = base + shown.start
  const marks = useMemo<Mark[]>(() => {
    const hits = findMatches(display, highlight, from).map((r) => ({ ...r, kind: 'hit' as const }))
    return span && span.end > from && span.start < from + display.length ? [...hits, { ...span, kind: 'span' }] : hits
  }, [display, highlight, from, span])
  if (!display) return <p className="segment-text faint">(empty)</p>
  if (display.length <= VIRTUALIZE_OVER) return <PlainText text={display} turn={turn} from={from} marks={marks} hasSpan={marks.some((m) => m.kind === 'span')} />
  return <VirtualText text={display} turn={turn} from={from} marks={marks} span={span ?? null} />
}

function PlainText({ text, turn, from, marks, hasSpan }: { text: string; turn: number; from: number; marks: Mark[]; hasSpan: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (hasSpan) ref.current?.querySelector('[data-span-mark]')?.scrollIntoView({ block: 'center' })
  }, [hasSpan])
  return (
    <p ref={ref} className="segment-text" data-turn={turn}>
      <HighlightedText text={text} base={from} marks={marks} />
    </p>
  )
}

function VirtualText({ text, turn, from, marks, span }: { text: string; turn: number; from: number; marks: Mark[]; span: TextRange | null }) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const chunks = useMemo(() => chunkText(text, 3000), [text])
  const v = useVirtualizer({
    count: chunks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => Math.ceil((chunks[i].end - chunks[i].start) / 90) * 22 + 22,
    overscan: 3,
  })
  const spanChunk = span ? chunks.findIndex((c) => from + c.end > span.start) : -1
  useEffect(() => {
    if (spanChunk < 0) return
    scrollRef.current?.scrollIntoView({ block: 'start' })
    v.scrollToIndex(spanChunk, { align: 'start' })
    const t = setTimeout(() => scrollRef.current?.querySelector('[data-span-mark]')?.scrollIntoView({ block: 'center' }), 150)
    return () => clearTimeout(t)
  }, [spanChunk, v])
  return (
    <div ref={scrollRef} className="pane-body virtual" data-testid="virtual-text" tabIndex={0} aria-label={`Long text, ${text.length.toLocaleString()} characters`}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }} data-turn={turn} className="segment-text">
        {v.getVirtualItems().map((item) => {
          const c = chunks[item.index]
          return (
            <div key={item.key} data-index={item.index} ref={v.measureElement} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              <HighlightedText text={text.slice(c.start, c.end)} base={from + c.start} marks={marks} />
            </div>
          )
        })}
      </div>
    </div>
  )
}

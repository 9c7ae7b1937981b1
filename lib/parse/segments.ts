import type { TagConfig } from './tags'

export type Turn = { role: string; content: string }

export type SegmentKind = 'user' | 'scratchpad' | 'think' | 'draft_output' | 'output' | 'other'

/**
 * A parsed part of a transcript, as offsets into `turns[turn].content` (the inner
 * text, without its tags). Offsets, not copies, so that evidence spans and
 * permalinks can point into the byte-exact raw text.
 */
export type Segment = {
  kind: SegmentKind
  turn: number
  start: number
  end: number
  /** False when the opening tag was missing (e.g. R1 reasoning that only ends in </think>). */
  opened: boolean
  /** False when the closing tag was missing. */
  closed: boolean
  /** True for an output taken from untagged text after the reasoning. */
  inferred?: boolean
}

type Block = 'scratchpad' | 'think' | 'output'
type TagHit = { kind: Block | 'draft_output'; isClose: boolean; index: number; length: number }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function tagPattern(names: string[]) {
  return names.map(escape).join('|')
}

/** All opening and closing tags of the configured kinds in one text, in order. */
function findTags(text: string, tags: TagConfig): TagHit[] {
  const groups: [TagHit['kind'], string[]][] = [
    ['scratchpad', tags.scratchpad],
    ['think', tags.think],
    ['output', tags.output],
    ['draft_output', tags.draftOutput],
  ]
  const kindByName = new Map<string, TagHit['kind']>()
  for (const [kind, names] of groups) for (const n of names) kindByName.set(n.toLowerCase(), kind)
  const re = new RegExp(`<(/?)\\s*(${tagPattern([...kindByName.keys()])})\\s*>`, 'gi')
  const hits: TagHit[] = []
  for (const m of text.matchAll(re)) {
    hits.push({ kind: kindByName.get(m[2].toLowerCase())!, isClose: m[1] === '/', index: m.index!, length: m[0].length })
  }
  return hits
}

/**
 * Splits one assistant message into reasoning blocks, drafts and output.
 * Tolerates missing opening or closing tags and several blocks of mixed kinds.
 */
export function parseAssistantTurn(text: string, turn: number, tags: TagConfig, warnings: string[]): Segment[] {
  const hits = findTags(text, tags)
  const segments: Segment[] = []
  let cursor = 0 // end of the last block, including its closing tag
  let i = 0
  const pushOther = (from: number, to: number) => {
    if (text.slice(from, to).trim()) segments.push({ kind: 'other', turn, start: from, end: to, opened: true, closed: true })
  }
  while (i < hits.length) {
    const hit = hits[i]
    if (hit.kind === 'draft_output') {
      i++ // drafts are collected inside their scratchpad below; a stray one is ignored
      continue
    }
    if (hit.isClose) {
      // A closing tag with no opening one: the block runs from the end of the previous block.
      segments.push({ kind: hit.kind, turn, start: cursor, end: hit.index, opened: false, closed: true })
      warnings.push(`turn ${turn}: </${kindLabel(hit.kind)}> without an opening tag`)
      collectDrafts(hits, cursor, hit.index, turn, segments)
      cursor = hit.index + hit.length
      i++
      continue
    }
    pushOther(cursor, hit.index)
    const innerStart = hit.index + hit.length
    // Prefer the block's own closing tag, so that a tag merely mentioned inside a closed
    // block ("I will put my answer in <OUTPUT> tags") does not cut it short.
    let j = i + 1
    while (j < hits.length && !(hits[j].kind === hit.kind && hits[j].isClose)) j++
    if (j < hits.length) {
      segments.push({ kind: hit.kind, turn, start: innerStart, end: hits[j].index, opened: true, closed: true })
      collectDrafts(hits, innerStart, hits[j].index, turn, segments)
      cursor = hits[j].index + hits[j].length
      i = j + 1
    } else {
      // Never closed: it runs to the next opening tag of another block, or to the end.
      let k = i + 1
      while (k < hits.length && (hits[k].isClose || hits[k].kind === 'draft_output' || hits[k].kind === hit.kind)) k++
      const end = k < hits.length ? hits[k].index : text.length
      segments.push({ kind: hit.kind, turn, start: innerStart, end, opened: true, closed: false })
      warnings.push(`turn ${turn}: <${kindLabel(hit.kind)}> is never closed`)
      collectDrafts(hits, innerStart, end, turn, segments)
      cursor = end
      i = k
    }
  }
  pushOther(cursor, text.length)
  return segments
}

function collectDrafts(hits: TagHit[], from: number, to: number, turn: number, out: Segment[]) {
  const inside = hits.filter((h) => h.kind === 'draft_output' && h.index >= from && h.index < to)
  for (let k = 0; k < inside.length; k++) {
    const h = inside[k]
    if (h.isClose) continue
    const close = inside.slice(k + 1).find((c) => c.isClose)
    const start = h.index + h.length
    out.push({ kind: 'draft_output', turn, start, end: close ? close.index : to, opened: true, closed: !!close })
  }
}

function kindLabel(kind: TagHit['kind']) {
  return kind === 'scratchpad' ? 'scratchpad' : kind === 'think' ? 'think' : kind === 'output' ? 'OUTPUT' : 'DRAFT_OUTPUT'
}

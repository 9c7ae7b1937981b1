import { JSONParser } from '@streamparser/json'
import { ImportError } from './types'

/** Deeper nesting is rejected: no transcript format needs it, and recursion on it would crash. */
export const MAX_JSON_DEPTH = 64

/** `key` is the value's property name or array index in its parent (undefined at the top level). */
export type JsonItem = { value: unknown; index: number; line: number; key?: string | number }

/**
 * Streams the values at `path` (e.g. '$.*' for the items of a top-level array, or
 * '$' for the whole document) without holding the file in memory. Several paths may be
 * given; `key` then tells the values apart. The text is fed
 * line by line so that syntax errors name the line they are on; JSON strings cannot
 * contain raw newlines, so a line is also a clean boundary for the depth check.
 */
export async function* streamJson(text: AsyncIterable<string>, path: string | string[]): AsyncGenerator<JsonItem> {
  const parser = new JSONParser({ paths: Array.isArray(path) ? path : [path], keepStack: false })
  const ready: JsonItem[] = []
  let line = 1
  let startLine = 1
  let index = 0
  let depth = 0
  let sawAnything = false
  parser.onValue = ({ value, key }) => {
    ready.push({ value, index: index++, line: startLine, key })
    startLine = line + 1
  }
  let pending = ''
  const feed = (l: string) => {
    if (!sawAnything && l.trim()) sawAnything = true
    depth = checkDepth(l, depth, line)
    try {
      parser.write(l)
    } catch (e) {
      throw new ImportError(`Invalid JSON: ${cleanMessage(e)}`, { line })
    }
  }
  for await (const chunk of text) {
    pending += chunk
    let nl: number
    while ((nl = pending.indexOf('\n')) !== -1) {
      feed(pending.slice(0, nl + 1))
      pending = pending.slice(nl + 1)
      line++
      while (ready.length) yield ready.shift()!
    }
  }
  if (pending) feed(pending)
  while (ready.length) yield ready.shift()!
  if (!sawAnything) throw new ImportError('The file contains no JSON.')
  if (!parser.isEnded) {
    try {
      parser.end()
    } catch (e) {
      throw new ImportError(`The JSON ends too early (truncated file?): ${cleanMessage(e)}`, { line })
    }
  }
  while (ready.length) yield ready.shift()!
}

function checkDepth(l: string, depth: number, line: number): number {
  let inString = false
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) throw new ImportError(`JSON is nested more than ${MAX_JSON_DEPTH} levels deep; no transcript format needs that.`, { line })
    } else if (c === 125 || c === 93) depth--
  }
  return depth
}

function cleanMessage(e: unknown) {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 200)
}

/** JSON Lines: one document per line; blank lines are ignored. */
export async function* streamJsonLines(text: AsyncIterable<string>): AsyncGenerator<JsonItem> {
  let pending = ''
  let line = 0
  let index = 0
  const parse = (l: string): JsonItem | null => {
    line++
    if (!l.trim()) return null
    checkDepth(l, 0, line)
    try {
      return { value: JSON.parse(l), index: index++, line }
    } catch (e) {
      throw new ImportError(`Invalid JSON on this line: ${cleanMessage(e)}`, { line })
    }
  }
  for await (const chunk of text) {
    pending += chunk
    let nl: number
    while ((nl = pending.indexOf('\n')) !== -1) {
      const item = parse(pending.slice(0, nl).replace(/\r$/, ''))
      pending = pending.slice(nl + 1)
      if (item) yield item
    }
  }
  const last = parse(pending)
  if (last) yield last
  if (index === 0) throw new ImportError('The file contains no JSON lines.')
}

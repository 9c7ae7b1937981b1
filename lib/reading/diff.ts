import { diffLines, diffWords } from 'diff'

export type DiffPart = { text: string; kind: 'same' | 'added' | 'removed' }
export type DiffResult = { mode: 'words' | 'lines'; parts: DiffPart[]; added: number; removed: number; identical: boolean; gaveUp: boolean }

/** Above this many characters per side a word diff gets slow; lines are diffed instead. */
const WORD_DIFF_LIMIT = 30_000
/** Myers diff is O(N·D): two long, very different texts would block the server. */
const DIFF_TIMEOUT_MS = 1500

/**
 * Prepares a diff of two texts as plain parts (rendered as text nodes). Word-level
 * for outputs of normal size; line-level for long texts such as system prompts.
 */
export function diffTexts(a: string, b: string, prefer: 'words' | 'lines' = 'words'): DiffResult {
  const mode = prefer === 'words' && a.length + b.length <= WORD_DIFF_LIMIT * 2 ? 'words' : 'lines'
  const opts = { timeout: DIFF_TIMEOUT_MS }
  const changes = (mode === 'words' ? diffWords(a, b, opts) : diffLines(a, b, opts)) ?? [
    // Gave up (texts too different to diff in time): show them as replaced wholesale.
    { value: a, removed: true, added: false, count: 0 },
    { value: b, added: true, removed: false, count: 0 },
  ]
  const gaveUp = !changes.some((c) => !c.added && !c.removed) && changes.length === 2 && a.length + b.length > 2000
  let added = 0
  let removed = 0
  const parts: DiffPart[] = changes.map((c) => {
    if (c.added) added += c.value.length
    if (c.removed) removed += c.value.length
    return { text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }
  })
  return { mode, parts, added, removed, identical: a === b, gaveUp }
}

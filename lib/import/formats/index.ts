import type { Sniff } from '../decode'
import { ImportError, type FormatId, type FormatReader } from '../types'
import { candorJsonlReader } from './candor-jsonl'
import { csvReader } from './csv'
import { inspectReader } from './inspect'
import { mappingReader } from './mapping'
import { redwoodReader } from './redwood'
import { safetyResearchReader } from './safety-research'

const READERS: Record<FormatId, FormatReader> = {
  'safety-research-json': safetyResearchReader,
  csv: csvReader,
  redwood: redwoodReader,
  inspect: inspectReader,
  'candor-jsonl': candorJsonlReader,
  mapping: mappingReader,
}

export const FORMAT_IDS = Object.keys(READERS) as FormatId[]

export function getReader(id: FormatId): FormatReader {
  const reader = READERS[id]
  if (!reader) throw new ImportError(`Unknown format "${id}". Known formats: ${FORMAT_IDS.join(', ')}.`)
  return reader
}

/** First member names of an Inspect .eval archive (its journal, header or samples). */
const INSPECT_MEMBER_RE = /^(_journal\/|header\.json$|samples\/|summaries\.json$|reductions\.json$)/

/** Guesses the format from the file's first bytes and its name. */
export function detectFormat(sniff: Sniff, originalPath: string): FormatId {
  const name = originalPath.toLowerCase().replace(/\.gz$/, '')
  // Any other zip is taken for a zipped folder of Redwood-style transcripts (json_outputs.zip).
  if (sniff.isZip) return name.endsWith('.eval') || INSPECT_MEMBER_RE.test(sniff.head) ? 'inspect' : 'redwood'
  if (name.endsWith('.eval')) return 'inspect'
  const head = sniff.head.replace(/^\uFEFF/, '').trimStart()
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv'
  if (head.startsWith('[')) {
    if (/"user_input"\s*:/.test(head) && /"output"\s*:/.test(head)) return 'safety-research-json'
    if (/"messages"\s*:/.test(head)) return 'redwood'
    if (/"prompt"\s*:\s*\{/.test(head)) return 'safety-research-json'
  }
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]
    if (/"candor_format"\s*:/.test(firstLine)) return 'candor-jsonl'
    if (/"eval"\s*:/.test(head) && /"samples"\s*:|"version"\s*:/.test(head)) return 'inspect'
    // A log whose samples come before `eval` (and fill the first 64 KiB).
    if (/^\{\s*"version"\s*:\s*\d+\s*,\s*"status"\s*:/.test(head) || /"samples"\s*:\s*\[\s*\{\s*"id"\s*:/.test(head)) return 'inspect'
    if (/"messages"\s*:/.test(head)) return 'redwood'
  }
  if (!/^[\[{]/.test(head) && /^[^\n]*,[^\n]*\n/.test(head)) return 'csv'
  throw new ImportError('Could not tell the format of this file. Choose one with --format, or describe it with a mapping file (--map).', { line: 1 })
}

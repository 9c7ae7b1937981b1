import type { Sniff } from '../decode'
import { ImportError, type FormatId, type FormatReader } from '../types'
import { csvReader } from './csv'
import { safetyResearchReader } from './safety-research'

const READERS: Partial<Record<FormatId, FormatReader>> = {
  'safety-research-json': safetyResearchReader,
  csv: csvReader,
}

export const FORMAT_IDS = Object.keys(READERS) as FormatId[]

export function getReader(id: FormatId): FormatReader {
  const reader = READERS[id]
  if (!reader) throw new ImportError(`Unknown format "${id}". Known formats: ${FORMAT_IDS.join(', ')}.`)
  return reader
}

/** Guesses the format from the file's first bytes and its name. */
export function detectFormat(sniff: Sniff, originalPath: string): FormatId {
  const name = originalPath.toLowerCase().replace(/\.gz$/, '')
  if (sniff.isZip || name.endsWith('.eval')) return 'inspect'
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
    if (/"messages"\s*:/.test(head)) return 'redwood'
  }
  if (!/^[\[{]/.test(head) && /^[^\n]*,[^\n]*\n/.test(head)) return 'csv'
  throw new ImportError('Could not tell the format of this file. Choose one with --format, or describe it with a mapping file (--map).', { line: 1 })
}

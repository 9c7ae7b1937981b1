import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { ImportError } from './types'

export type Sniff = {
  /** Decoded start of the file (first 64 KiB), for format detection; for a zip, its first member's name. */
  head: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  isGzip: boolean
  isZip: boolean
  size: number
}

const HEAD_BYTES = 64 * 1024

/** Reads the first bytes and decides how the file is encoded; rejects what cannot be a dump. */
export async function sniffFile(path: string): Promise<Sniff> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size === 0) throw new ImportError('The file is empty.')
    const buf = Buffer.alloc(Math.min(size, HEAD_BYTES))
    await handle.read(buf, 0, buf.length, 0)
    const isGzip = buf[0] === 0x1f && buf[1] === 0x8b
    const isZip = buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04
    // For a zip, `head` is the first member's name (from its local header): enough to tell
    // an Inspect .eval log from a zipped folder of transcripts without unpacking anything.
    if (isZip) return { head: firstZipMemberName(buf), encoding: 'utf-8', isGzip: false, isZip, size }
    let bytes: Buffer = buf
    if (isGzip) bytes = await gunzipHead(path)
    const encoding = detectEncoding(bytes)
    const head = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes)
    if (!head.trim()) throw new ImportError('The file contains only whitespace.')
    if (/^\s*(<!doctype html|<html[\s>])/i.test(head)) {
      throw new ImportError('This is an HTML page, not a transcript dump (perhaps a login or error page saved instead of the file).', { line: 1 })
    }
    return { head, encoding, isGzip, isZip, size }
  } finally {
    await handle.close()
  }
}

function firstZipMemberName(b: Buffer): string {
  if (b.length < 30) return ''
  return b.subarray(30, Math.min(b.length, 30 + b.readUInt16LE(26))).toString('utf8')
}

function detectEncoding(b: Buffer): Sniff['encoding'] {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le'
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be'
  // UTF-16 without BOM: text dumps start with ASCII, so every other byte is zero.
  if (b.length >= 4 && b[1] === 0 && b[3] === 0 && b[0] !== 0) return 'utf-16le'
  if (b.length >= 4 && b[0] === 0 && b[2] === 0 && b[1] !== 0) return 'utf-16be'
  return 'utf-8'
}

async function gunzipHead(path: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  const stream = createReadStream(path).pipe(createGunzip())
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer)
      total += (chunk as Buffer).length
      if (total >= HEAD_BYTES) break
    }
  } catch (e) {
    if (!total) throw new ImportError(`The gzip data is damaged: ${(e as Error).message}`)
  } finally {
    stream.destroy()
  }
  return Buffer.concat(chunks).subarray(0, HEAD_BYTES)
}

/**
 * Streams the file as text. Invalid UTF-8 is an error naming the line, never silently
 * replaced (that would change the transcript). `onBytes` reports raw bytes read, for progress.
 */
export async function* decodeText(path: string, sniff: Sniff, onBytes?: (n: number) => void): AsyncGenerator<string> {
  const raw = createReadStream(path, { highWaterMark: 1024 * 1024 })
  if (onBytes) raw.on('data', (c) => onBytes((c as Buffer).length))
  const source = sniff.isGzip ? raw.pipe(createGunzip()) : raw
  const decoder = new TextDecoder(sniff.encoding, { fatal: true, ignoreBOM: false })
  let line = 1
  try {
    for await (const chunk of source) {
      let text: string
      try {
        text = decoder.decode(chunk as Buffer, { stream: true })
      } catch {
        // Chunks are 1 MiB, so count the lines up to the bad byte, not just to the chunk start.
        line += countNewlines(new TextDecoder(sniff.encoding).decode((chunk as Buffer).subarray(0, validPrefix(chunk as Buffer, sniff.encoding))))
        throw new ImportError(`The file is not valid ${sniff.encoding.toUpperCase()} text (invalid byte sequence near line ${line}). Re-save it as UTF-8.`, { line })
      }
      line += countNewlines(text)
      if (text) yield text
    }
    const rest = decoder.decode()
    if (rest) yield rest
  } catch (e) {
    if (e instanceof ImportError) throw e
    if (sniff.isGzip) throw new ImportError(`The gzip data is damaged or truncated: ${(e as Error).message}`)
    if (e instanceof TypeError) throw new ImportError(`The file ends in the middle of a ${sniff.encoding.toUpperCase()} character.`, { line })
    throw e
  } finally {
    raw.destroy()
  }
}

/** Length of the longest prefix of `b` that decodes without error (binary search; only used to report an error). */
function validPrefix(b: Buffer, encoding: Sniff['encoding']): number {
  let lo = 0
  let hi = b.length
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    try {
      new TextDecoder(encoding, { fatal: true }).decode(b.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid
    }
  }
  return lo
}

function countNewlines(s: string) {
  let n = 0
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++
  return n
}

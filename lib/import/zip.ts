import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { open } from 'node:fs/promises'
import { ImportError } from './types'

/** One zip member is held in memory to parse it; no real transcript or sample comes near this. */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024

export type OpenZip = {
  /** File entries (directories and macOS resource forks left out), in central-directory order. */
  entries: Entry[]
  readText: (entry: Entry) => Promise<string>
  close: () => void
}

/**
 * Opens a zip for random access: the entry list first (from the central directory, so
 * cheap even for 75k members), then any member on demand. The caller must close it.
 */
export async function openZip(filePath: string): Promise<OpenZip> {
  let zip: ZipFile
  try {
    zip = await yauzl.openPromise(filePath, { autoClose: false, strictFileNames: false, validateEntrySizes: true })
  } catch (e) {
    throw new ImportError(`The zip archive is damaged: ${(e as Error).message}`)
  }
  const entries: Entry[] = []
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/') || entry.fileName.startsWith('__MACOSX/')) continue
      entries.push(entry)
    }
  } catch (e) {
    zip.close()
    throw new ImportError(`The zip archive is damaged: ${(e as Error).message}`)
  }
  return { entries, readText: (entry) => readEntryText(zip, entry), close: () => zip.close() }
}

async function readEntryText(zip: ZipFile, entry: Entry): Promise<string> {
  const name = entry.fileName
  if (entry.isEncrypted()) throw new ImportError(`Zip entry ${name} is encrypted.`, { record: name })
  if (entry.uncompressedSize > MAX_ENTRY_BYTES) throw new ImportError(`Zip entry ${name} is larger than ${MAX_ENTRY_BYTES >> 20} MB.`, { record: name })
  const chunks: Buffer[] = []
  try {
    const stream = await zip.openReadStreamPromise(entry)
    for await (const chunk of stream) chunks.push(chunk as Buffer)
  } catch (e) {
    throw new ImportError(`Zip entry ${name} is damaged: ${(e as Error).message}`, { record: name })
  }
  try {
    // Same policy as plain files: invalid UTF-8 is an error, never silently replaced.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Buffer.concat(chunks))
  } catch {
    throw new ImportError(`Zip entry ${name} is not valid UTF-8 text.`, { record: name })
  }
}

/** A string as a one-chunk stream, so zip members go through the same JSON streamer as files. */
export async function* once(text: string): AsyncGenerator<string> {
  yield text
}

/** True when the file starts with a zip local-file header, whatever its name. */
export async function isZipFile(filePath: string): Promise<boolean> {
  const handle = await open(filePath, 'r')
  try {
    const buf = Buffer.alloc(4)
    await handle.read(buf, 0, 4, 0)
    return buf.readUInt32LE(0) === 0x04034b50
  } finally {
    await handle.close()
  }
}

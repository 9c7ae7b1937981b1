/** What the import route streams back, one JSON object per line. */
export type ImportEvent =
  | { type: 'progress'; bytesRead: number; totalBytes: number; records: number; imported: number }
  | {
      type: 'result'
      file: string
      status: 'imported' | 'unchanged' | 'rejected'
      datasetId?: string
      imported: number
      duplicates: number
      skipped: number
      warnings: number
      errors: { line?: number; record?: number | string; field?: string; message: string }[]
    }

export type UploadCallbacks = {
  onUploadProgress: (sent: number, total: number) => void
  onEvent: (e: ImportEvent) => void
}

/**
 * Sends one file with XMLHttpRequest (fetch cannot report upload progress) and parses
 * the NDJSON progress lines as they arrive.
 */
export function uploadFile(url: string, file: File, cb: UploadCallbacks): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    let consumed = 0
    const drain = () => {
      const text = xhr.responseText
      let nl: number
      while ((nl = text.indexOf('\n', consumed)) !== -1) {
        const line = text.slice(consumed, nl)
        consumed = nl + 1
        if (line.trim()) cb.onEvent(JSON.parse(line) as ImportEvent)
      }
    }
    xhr.upload.onprogress = (e) => cb.onUploadProgress(e.loaded, e.lengthComputable ? e.total : file.size)
    xhr.onprogress = () => {
      if (xhr.status === 200) drain()
    }
    xhr.onload = () => {
      if (xhr.status === 200) {
        drain()
        resolve()
        return
      }
      let message = `The server answered ${xhr.status}.`
      try {
        message = (JSON.parse(xhr.responseText) as { error: { message: string } }).error.message
      } catch {}
      reject(new Error(message))
    }
    xhr.onerror = () => reject(new Error('The connection to the server was lost during the upload.'))
    xhr.open('POST', url)
    xhr.setRequestHeader('content-type', 'application/octet-stream')
    xhr.send(file)
  })
}

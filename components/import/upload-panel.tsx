'use client'
import { useRef, useState } from 'react'
import { FileRow, type FileState } from './file-row'
import { uploadFile } from './upload-client'

export function UploadPanel({ projectSlug, formats }: { projectSlug: string; formats: string[] }) {
  const [files, setFiles] = useState<FileState[]>([])
  const [isDragging, setIsDragging] = useState(false)
  const [isRunning, setIsRunning] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  const add = (list: FileList | null) => {
    if (!list) return
    const added = [...list].map<FileState>((file) => ({
      id: `${file.name}-${file.size}-${file.lastModified}-${Math.random()}`,
      file,
      path: file.webkitRelativePath || file.name,
      format: '',
      phase: 'waiting',
      sent: 0,
      records: 0,
    }))
    setFiles((f) => [...f, ...added])
  }
  const update = (id: string, patch: Partial<FileState>) => setFiles((fs) => fs.map((f) => (f.id === id ? { ...f, ...patch } : f)))

  const start = async () => {
    setIsRunning(true)
    for (const f of files.filter((x) => x.phase === 'waiting')) {
      update(f.id, { phase: 'uploading' })
      const q = new URLSearchParams({ project: projectSlug, path: f.path, ...(f.format ? { format: f.format } : {}) })
      try {
        await uploadFile(`/api/imports?${q}`, f.file, {
          onUploadProgress: (sent) => update(f.id, { sent, phase: sent >= f.file.size ? 'importing' : 'uploading' }),
          onEvent: (e) => {
            if (e.type === 'progress') update(f.id, { phase: 'importing', records: e.records })
            else update(f.id, { phase: 'done', result: e, records: e.imported + e.duplicates })
          },
        })
      } catch (e) {
        update(f.id, { phase: 'failed', failure: (e as Error).message })
      }
    }
    setIsRunning(false)
  }

  const waiting = files.filter((f) => f.phase === 'waiting').length
  return (
    <div className="stack">
      <div
        className="card empty"
        style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: isDragging ? 'var(--accent)' : undefined, cursor: 'pointer' }}
        onDragOver={(e) => { e.preventDefault(); setIsDragging(true) }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={(e) => { e.preventDefault(); setIsDragging(false); add(e.dataTransfer.files) }}
        onClick={() => input.current?.click()}
        role="button"
        tabIndex={0}
        onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') input.current?.click() }}
        aria-label="Choose files to import"
      >
        <strong>Drop files here</strong> or click to choose
        <input ref={input} type="file" multiple hidden data-testid="file-input" onChange={(e) => { add(e.target.files); e.target.value = '' }} />
      </div>
      {files.length > 0 && (
        <div className="stack">
          {files.map((f) => (
            <FileRow key={f.id} state={f} formats={formats} projectSlug={projectSlug} onChange={(patch) => update(f.id, patch)} onRemove={() => setFiles((fs) => fs.filter((x) => x.id !== f.id))} />
          ))}
          <div className="row">
            <button className="primary" onClick={start} disabled={isRunning || waiting === 0}>
              {isRunning ? 'Importing…' : `Import ${waiting} file${waiting === 1 ? '' : 's'}`}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}

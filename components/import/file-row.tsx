'use client'
import Link from 'next/link'
import type { ImportEvent } from './upload-client'

export type FileState = {
  id: string
  file: File
  path: string
  format: string
  phase: 'waiting' | 'uploading' | 'importing' | 'done' | 'failed'
  sent: number
  records: number
  result?: Extract<ImportEvent, { type: 'result' }>
  failure?: string
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 2 : 1)} MB`

export function FileRow({ state: f, formats, projectSlug, onChange, onRemove }: {
  state: FileState
  formats: string[]
  projectSlug: string
  onChange: (patch: Partial<FileState>) => void
  onRemove: () => void
}) {
  const isEditable = f.phase === 'waiting'
  const pct = f.file.size ? Math.round((Math.min(f.sent, f.file.size) / f.file.size) * 100) : 100
  return (
    <section className="card stack" aria-label={`File ${f.file.name}`} data-phase={f.phase}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong>{f.file.name}</strong>
        <span className="subtle">{mb(f.file.size)}</span>
      </div>
      {isEditable && (
        <div className="row">
          <label style={{ flex: 1 }}>
            Path <span className="faint">(model and variant are read from it for results JSON)</span>
            <input value={f.path} onChange={(e) => onChange({ path: e.target.value })} style={{ width: '100%' }} aria-label={`Path of ${f.file.name}`} />
          </label>
          <label>
            Format
            <select value={f.format} onChange={(e) => onChange({ format: e.target.value })} aria-label={`Format of ${f.file.name}`}>
              <option value="">detect</option>
              {formats.map((id) => <option key={id} value={id}>{id}</option>)}
            </select>
          </label>
          <button onClick={onRemove} aria-label={`Remove ${f.file.name}`}>Remove</button>
        </div>
      )}
      {f.phase !== 'waiting' && (
        <div className="stack" style={{ gap: 4 }}>
          <div className="progress" role="progressbar" aria-label={`Upload of ${f.file.name}`} aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
            <div style={{ width: `${pct}%` }} />
          </div>
          <div className="subtle" aria-live="polite" data-testid="file-status">
            {f.phase === 'uploading' && `Uploading… ${mb(f.sent)} of ${mb(f.file.size)}`}
            {f.phase === 'importing' && `Uploaded. Importing… ${f.records.toLocaleString()} transcripts read`}
            {f.phase === 'failed' && <span className="notice error">{f.failure}</span>}
          </div>
        </div>
      )}
      {f.result && <ResultSummary result={f.result} projectSlug={projectSlug} />}
    </section>
  )
}

function ResultSummary({ result: r, projectSlug }: { result: NonNullable<FileState['result']>; projectSlug: string }) {
  if (r.status === 'rejected') {
    return (
      <div className="notice error" role="alert" data-testid="import-result">
        <strong>Rejected; nothing was saved.</strong>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {r.errors.map((e, i) => (
            <li key={i}>
              {[e.line !== undefined && `line ${e.line}`, e.record !== undefined && `record ${e.record}`, e.field && `field ${e.field}`].filter(Boolean).join(', ')}
              {(e.line !== undefined || e.record !== undefined || e.field) && ': '}
              {e.message}
            </li>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <div className="notice ok" data-testid="import-result">
      <strong>{r.status === 'unchanged' ? 'Already imported; nothing added.' : `Imported ${r.imported.toLocaleString()} transcripts.`}</strong>{' '}
      {r.duplicates > 0 && `${r.duplicates.toLocaleString()} duplicates skipped. `}
      {r.warnings > 0 && `${r.warnings.toLocaleString()} with parse warnings. `}
      {r.datasetId && <Link href={`/p/${projectSlug}/transcripts?dataset=${r.datasetId}`}>Open the transcripts</Link>}
    </div>
  )
}

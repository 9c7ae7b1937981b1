import Link from 'next/link'
import type { DatasetProvenance, PromptUse } from '@/lib/data/provenance'
import { PromptUses } from './prompt-uses'

const fmtBytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`)

/** Where a dataset came from and how it was read: file, format, hash, import time and user, tags, system prompts. */
export function DatasetProvenanceView({ projectSlug, dataset: d, prompts }: { projectSlug: string; dataset: DatasetProvenance; prompts: PromptUse[] }) {
  const options = Object.entries(d.options).filter(([, v]) => v !== undefined)
  return (
    <article className="stack" aria-label="Dataset provenance">
      <div className="page-header">
        <div>
          <h1>{d.name}</h1>
          <p className="faint mono" style={{ margin: 0 }}>{d.originalPath}</p>
        </div>
        <Link className="button primary" href={`/p/${projectSlug}/transcripts?dataset=${d.id}`}>Read its transcripts</Link>
      </div>
      {d.isSynthetic && <p className="notice warn">Synthetic data made by Candor&apos;s generator, not real model outputs.</p>}
      <section className="card" aria-label="Source">
        <h2>Source</h2>
        <dl className="meta">
          <dt>Source file</dt><dd className="mono">{d.originalPath}</dd>
          <dt>Format</dt><dd>{d.format}</dd>
          <dt>Size</dt><dd>{fmtBytes(d.bytes)}</dd>
          <dt>File sha256</dt><dd className="mono">{d.sha256}</dd>
          <dt>Imported</dt><dd>{d.importedAt.toISOString().slice(0, 19).replace('T', ' ')} UTC</dd>
          <dt>Imported by</dt><dd>{d.importedBy ? `${d.importedBy.name} (${d.importedBy.email})` : <span className="faint">unknown (command line or seed)</span>}</dd>
          <dt>Status</dt><dd>{d.status}</dd>
          <dt>Records</dt><dd>{d.recordCount.toLocaleString()} read · {d.importedCount.toLocaleString()} imported · {d.duplicateCount.toLocaleString()} duplicates · {d.skippedCount.toLocaleString()} skipped · {d.warningCount.toLocaleString()} with parse warnings</dd>
          <dt>Tags parsed</dt>
          <dd className="mono">{Object.entries(d.tagConfig).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join(' · ') || 'defaults'}</dd>
          {options.length > 0 && <><dt>Importer options</dt><dd className="mono">{JSON.stringify(Object.fromEntries(options))}</dd></>}
        </dl>
      </section>
      <PromptUses projectSlug={projectSlug} prompts={prompts} />
    </article>
  )
}

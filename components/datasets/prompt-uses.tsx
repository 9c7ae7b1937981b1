import Link from 'next/link'
import type { PromptUse } from '@/lib/data/provenance'

/** System prompts by variant and model with transcript counts; any two can be diffed. */
export function PromptUses({ projectSlug, prompts }: { projectSlug: string; prompts: PromptUse[] }) {
  const distinct = [...new Set(prompts.map((p) => p.sha256))]
  const compareHref = distinct.length >= 2 ? `/p/${projectSlug}/datasets/prompts?a=${distinct[0]}&b=${distinct[1]}` : null
  return (
    <section className="card stack" aria-label="System prompts" style={{ gap: 8 }}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>System prompts ({distinct.length})</h2>
        {compareHref && <Link className="button" href={compareHref}>Compare two prompts</Link>}
      </div>
      {prompts.length === 0 ? (
        <p className="faint">These transcripts carry no system prompt (the dump did not include one).</p>
      ) : (
        <table className="table">
          <thead><tr><th>Prompt variant</th><th>Model</th><th>Prompt</th><th className="num">Transcripts</th><th /></tr></thead>
          <tbody>
            {prompts.map((p) => (
              <tr key={`${p.sha256}|${p.promptVariant}|${p.model}`}>
                <td className="mono">{p.promptVariant ?? '—'}</td>
                <td className="mono">{p.model ?? '—'}</td>
                <td>
                  <details>
                    <summary className="mono faint">{p.sha256.slice(0, 12)} · {p.length.toLocaleString()} chars</summary>
                    <p className="segment-text subtle" style={{ marginTop: 4 }}>{p.preview}{p.length > p.preview.length ? '…' : ''}</p>
                  </details>
                </td>
                <td className="num">{p.count.toLocaleString()}</td>
                <td>{distinct.length >= 2 && <Link href={`/p/${projectSlug}/datasets/prompts?a=${p.sha256}&b=${distinct.find((s) => s !== p.sha256)}`}>diff…</Link>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

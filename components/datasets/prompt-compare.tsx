import Link from 'next/link'
import { OutputDiff } from '@/components/transcript/output-diff'
import type { PromptUse } from '@/lib/data/provenance'
import { diffTexts } from '@/lib/reading/diff'

type Prompt = { sha256: string; text: string; variants: { promptVariant: string | null; count: number }[] }

const name = (p: Prompt) => `${p.variants.map((v) => v.promptVariant ?? 'no variant').join(', ')} (${p.sha256.slice(0, 8)})`

/** Two system prompts, their transcript counts per variant, and a line diff between them. */
export function PromptCompare({ projectSlug, a, b, all }: { projectSlug: string; a: Prompt; b: Prompt; all: PromptUse[] }) {
  const distinct = [...new Map(all.map((p) => [p.sha256, p])).values()]
  const href = (x: string, y: string) => `/p/${projectSlug}/datasets/prompts?a=${x}&b=${y}`
  return (
    <article className="stack" aria-label="Compare system prompts">
      <h1>Compare system prompts</h1>
      <div className="pair-grid">
        {[a, b].map((p, i) => (
          <section key={i} className="card stack" aria-label={`Prompt ${i === 0 ? 'A' : 'B'}`} style={{ gap: 6 }}>
            <h2 style={{ margin: 0 }}>{i === 0 ? 'A' : 'B'} · <span className="mono">{p.sha256.slice(0, 12)}</span></h2>
            <table className="table">
              <thead><tr><th>Prompt variant</th><th className="num">Transcripts</th></tr></thead>
              <tbody>{p.variants.map((v) => <tr key={String(v.promptVariant)}><td className="mono">{v.promptVariant ?? '—'}</td><td className="num">{v.count.toLocaleString()}</td></tr>)}</tbody>
            </table>
            <nav className="row" aria-label={`Choose prompt ${i === 0 ? 'A' : 'B'}`}>
              {distinct.filter((d) => d.sha256 !== p.sha256).map((d) => (
                <Link key={d.sha256} className="chip" href={i === 0 ? href(d.sha256, b.sha256) : href(a.sha256, d.sha256)}>{d.promptVariant ?? '—'} · {d.sha256.slice(0, 8)}</Link>
              ))}
            </nav>
          </section>
        ))}
      </div>
      <OutputDiff diff={diffTexts(a.text, b.text, 'lines')} leftLabel={`only in A: ${name(a)}`} rightLabel={`only in B: ${name(b)}`} />
    </article>
  )
}

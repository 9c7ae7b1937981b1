import type { DiffResult } from '@/lib/reading/diff'

/** A diff as <ins>/<del> around plain text nodes; `a` is the left side. */
export function OutputDiff({ diff, leftLabel, rightLabel }: { diff: DiffResult; leftLabel: string; rightLabel: string }) {
  return (
    <section className="card stack" aria-label="Output diff" style={{ gap: 8 }}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>Diff of the two outputs</h2>
        <span className="row subtle">
          <del className="diff-key">{leftLabel}</del>
          <ins className="diff-key">{rightLabel}</ins>
          <span className="faint">by {diff.mode}</span>
        </span>
      </div>
      {diff.identical ? (
        <p className="notice ok">The two outputs are identical.</p>
      ) : (
        <>
          {diff.gaveUp && <p className="notice warn">The outputs are too different to align; shown as one replaced by the other.</p>}
          <p className={`diff${diff.mode === 'lines' ? ' mono-diff' : ''}`} data-testid="output-diff">
            {diff.parts.map((p, i) => (p.kind === 'added' ? <ins key={i}>{p.text}</ins> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
          </p>
        </>
      )}
    </section>
  )
}

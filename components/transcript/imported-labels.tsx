import type { TranscriptDetail } from '@/lib/data/transcripts'

type Label = NonNullable<TranscriptDetail>['importedLabels'][number]

function valueOf(l: Label) {
  if (l.valueBool !== null) return l.valueBool ? 'true' : 'false'
  if (l.valueNum !== null) return String(Math.round(l.valueNum * 1000) / 1000)
  return l.valueText ?? '—'
}

/** Labels that came with the data, grouped by grader; kept apart from human labels. */
export function ImportedLabels({ labels }: { labels: Label[] }) {
  if (!labels.length) return null
  return (
    <section className="card" aria-label="Imported labels">
      <h3>Imported classifier labels</h3>
      <table className="table">
        <thead><tr><th>Grader</th><th>Key</th><th>Value</th><th>Quotes</th></tr></thead>
        <tbody>
          {labels.map((l, i) => (
            <tr key={i}>
              <td className="mono">{l.grader}</td>
              <td className="mono">{l.key}</td>
              <td className="mono">{valueOf(l)}</td>
              <td>
                {Array.isArray(l.quotes) && l.quotes.length > 0 && (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {(l.quotes as unknown[]).map((q, j) => <li key={j} className="subtle">“{String(q)}”</li>)}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

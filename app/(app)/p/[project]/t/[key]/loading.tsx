export default function TranscriptLoading() {
  return (
    <div className="stack" aria-busy="true" aria-label="Loading transcript">
      <div className="row"><div className="skeleton" style={{ width: 320 }} /></div>
      <div className="row">{Array.from({ length: 5 }, (_, i) => <div key={i} className="skeleton" style={{ width: 110, height: 20 }} />)}</div>
      <div className="skeleton" style={{ height: 40 }} />
      <div className="pane-grid">
        {[0, 1].map((i) => <div key={i} className="skeleton" style={{ height: 420 }} />)}
      </div>
    </div>
  )
}

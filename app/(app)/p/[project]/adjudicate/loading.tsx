export default function AdjudicateLoading() {
  return (
    <div className="stack" aria-busy="true">
      <div className="page-header"><h1>Adjudicate</h1></div>
      {[0, 1, 2].map((i) => <div key={i} className="card"><div className="skeleton" style={{ width: '40%' }} /><div className="skeleton" style={{ marginTop: 10 }} /></div>)}
    </div>
  )
}

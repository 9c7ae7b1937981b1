export default function SchemaLoading() {
  return (
    <div className="stack" aria-busy="true">
      <div className="page-header"><h1>Label schema</h1></div>
      {[0, 1, 2].map((i) => <div key={i} className="card"><div className="skeleton" style={{ width: '30%' }} /><div className="skeleton" style={{ marginTop: 10, height: 60 }} /></div>)}
    </div>
  )
}

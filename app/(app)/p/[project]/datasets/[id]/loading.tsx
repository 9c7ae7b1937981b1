export default function DatasetLoading() {
  return (
    <div className="stack" aria-busy="true" aria-label="Loading dataset">
      <div className="skeleton" style={{ width: 360, height: 24 }} />
      <div className="skeleton" style={{ height: 220 }} />
      <div className="skeleton" style={{ height: 160 }} />
    </div>
  )
}

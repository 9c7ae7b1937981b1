/** Placeholder rows with the table's shape, for loading.tsx and Suspense fallbacks. */
export function DataTableSkeleton({ columns = 6, rows = 12 }: { columns?: number; rows?: number }) {
  return (
    <div className="data-table" aria-busy="true" aria-label="Loading table">
      <table className="table">
        <thead>
          <tr>{Array.from({ length: columns }, (_, i) => <th key={i}><div className="skeleton" style={{ width: 60 }} /></th>)}</tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>{Array.from({ length: columns }, (_, c) => <td key={c}><div className="skeleton" style={{ width: c === 0 ? '90%' : '60%' }} /></td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

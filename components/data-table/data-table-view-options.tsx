'use client'
import type { ReactTable, RowData } from '@tanstack/react-table'
import type { DataTableFeatures } from './data-table'

/** Column visibility toggles (a disclosure, no popover library). */
export function DataTableViewOptions<TData extends RowData>({ table }: { table: ReactTable<DataTableFeatures, TData> }) {
  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide())
  return (
    <details className="menu">
      <summary className="button">Columns</summary>
      <div className="menu-body" role="group" aria-label="Visible columns">
        {columns.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={c.getIsVisible()} onChange={(e) => c.toggleVisibility(e.target.checked)} />
            {typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id}
          </label>
        ))}
      </div>
    </details>
  )
}

'use client'
import {
  columnVisibilityFeature, rowSortingFeature, tableFeatures, useTable,
  type ColumnDef, type ColumnVisibilityState, type RowData, type SortingState, type TableFeatures, type CellData, type Updater,
} from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { DataTableColumnHeader } from './data-table-column-header'
import { DataTableViewOptions } from './data-table-view-options'

/** Features of every server-driven table: sorting and column visibility, both owned by the URL. */
export const dataTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature })
export type DataTableFeatures = typeof dataTableFeatures
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData>

type Props<TData extends RowData> = {
  columns: DataTableColumn<TData>[]
  data: TData[]
  getRowId: (row: TData) => string
  sorting: SortingState
  columnVisibility: ColumnVisibilityState
  onSortingChange: (next: SortingState) => void
  onColumnVisibilityChange: (next: ColumnVisibilityState) => void
  /** Rendered instead of the body when there are no rows. */
  empty: ReactNode
  caption?: string
  toolbar?: ReactNode
  /** Marks the body as stale while a navigation to new state is pending. */
  isPending?: boolean
}

const apply = <T,>(u: Updater<T>, cur: T): T => (typeof u === 'function' ? (u as (old: T) => T)(cur) : u)

/**
 * Generic TanStack Table (v9) renderer for server-side tables: pagination, sorting
 * and filtering happen on the server; this only renders a page and reports state
 * changes, which the caller writes into the URL.
 */
export function DataTable<TData extends RowData>(p: Props<TData>) {
  const table = useTable({
    features: dataTableFeatures,
    columns: p.columns,
    data: p.data,
    getRowId: p.getRowId,
    manualSorting: true,
    enableMultiSort: false,
    state: { sorting: p.sorting, columnVisibility: p.columnVisibility },
    onSortingChange: (u) => p.onSortingChange(apply(u, p.sorting)),
    onColumnVisibilityChange: (u) => p.onColumnVisibilityChange(apply(u, p.columnVisibility)),
  })
  return (
    <div className="data-table" aria-busy={p.isPending || undefined}>
      <div className="data-table-toolbar">
        {p.toolbar}
        <DataTableViewOptions table={table} />
      </div>
      <div className="data-table-scroll">
        <table className="table">
          {p.caption && <caption className="sr-only">{p.caption}</caption>}
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => (
                  <th key={h.id} aria-sort={h.column.getIsSorted() ? (h.column.getIsSorted() === 'desc' ? 'descending' : 'ascending') : undefined}>
                    {h.isPlaceholder ? null : <DataTableColumnHeader column={h.column}><table.FlexRender header={h} /></DataTableColumnHeader>}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className={p.isPending ? 'is-pending' : undefined}>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {p.data.length === 0 && p.empty}
      </div>
    </div>
  )
}

declare module '@tanstack/react-table' {
  // Per-column class for body cells (e.g. `num` for right-aligned numbers).
  interface ColumnMeta<TFeatures extends TableFeatures, TData extends RowData, TValue extends CellData = CellData> {
    className?: string
  }
}

'use client'
import type { Column, RowData } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { DataTableFeatures } from './data-table'

/** A header label; sortable columns become a button cycling ascending → descending → off. */
export function DataTableColumnHeader<TData extends RowData>({ column, children }: { column: Column<DataTableFeatures, TData, unknown>; children: ReactNode }) {
  if (!column.getCanSort()) return <>{children}</>
  const dir = column.getIsSorted()
  return (
    <button type="button" className="th-sort" onClick={column.getToggleSortingHandler()} title="Sort">
      {children}
      <span aria-hidden className={dir ? '' : 'faint'}>{dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}</span>
    </button>
  )
}

import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton'
import { FacetPanelSkeleton } from './_components/facet-panel'

export default function TranscriptsLoading() {
  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}><h1>Transcripts</h1></div>
      <div className="skeleton" style={{ height: 34 }} />
      <div className="list-layout">
        <FacetPanelSkeleton />
        <DataTableSkeleton columns={7} />
      </div>
    </div>
  )
}

import type { SavedViewDTO } from '@/lib/data/saved-views'
import type { ListQuery } from '@/lib/validations/search-params'
import { SavedViews } from './saved-views'
import { SearchBox } from './search-box'

export function ListHeader({ projectSlug, query, savedViews, note }: { projectSlug: string; query: ListQuery; savedViews: SavedViewDTO[]; note?: string }) {
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>Transcripts</h1>
        <SavedViews projectSlug={projectSlug} query={query} views={savedViews} />
      </div>
      <SearchBox query={query} />
      {note && <p className="notice warn" role="status">{note}</p>}
    </div>
  )
}

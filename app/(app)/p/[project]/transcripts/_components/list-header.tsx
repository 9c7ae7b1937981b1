import Link from 'next/link'
import type { SavedViewDTO } from '@/lib/data/saved-views'
import { serializeListQuery } from '@/lib/reading/list-url'
import type { ListQuery } from '@/lib/validations/search-params'
import { SavedViews } from './saved-views'
import { SearchBox } from './search-box'

type Props = { projectSlug: string; query: ListQuery; savedViews: SavedViewDTO[]; note?: string; canBuildQueues: boolean }

export function ListHeader({ projectSlug, query, savedViews, note, canBuildQueues }: Props) {
  const filter = serializeListQuery({ ...query, hide: [], page: 1 })
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>Transcripts</h1>
        <div className="row">
          {canBuildQueues && (
            <Link className="button" href={`/p/${projectSlug}/queues/new?from=${encodeURIComponent(filter)}`}>Queue from this filter</Link>
          )}
          <SavedViews projectSlug={projectSlug} query={query} views={savedViews} />
        </div>
      </div>
      <SearchBox query={query} />
      {note && <p className="notice warn" role="status">{note}</p>}
    </div>
  )
}

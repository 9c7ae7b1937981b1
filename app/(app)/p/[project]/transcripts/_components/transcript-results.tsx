import Link from 'next/link'
import { DataTablePagination } from '@/components/data-table/data-table-pagination'
import type { DatasetRow } from '@/lib/data/datasets'
import type { TranscriptListPage } from '@/lib/data/transcripts'
import { clearRowFilters, hasRowFilters, patchListQuery, serializeListQuery, toSearch } from '@/lib/reading/list-url'
import type { ListQuery } from '@/lib/validations/search-params'
import { ActiveFilters } from './active-filters'
import { TranscriptsTable } from './transcripts-table'

type Props = { projectSlug: string; query: ListQuery; list: Promise<TranscriptListPage>; datasets: Promise<DatasetRow[]> }

export async function TranscriptResults({ projectSlug, query, list, datasets }: Props) {
  const [page, ds] = await Promise.all([list, datasets])
  const base = `/p/${projectSlug}/transcripts`
  const names = new Map(ds.map((d) => [d.id, d.name]))
  const isFiltered = hasRowFilters(query)
  const pastEnd = page.items.length === 0 && query.page > 1
  return (
    <section className="stack" aria-label="Results" style={{ gap: 8 }}>
      <ActiveFilters base={base} query={query} datasetNames={names} />
      <TranscriptsTable
        projectSlug={projectSlug}
        query={query}
        from={serializeListQuery({ ...query, hide: [] })}
        items={page.items}
        empty={
          <div className="card empty" role="status">
            {ds.length === 0 ? (
              <><h2>No transcripts in this project yet</h2><p>Import a transcript dump first; it will be listed here.</p></>
            ) : pastEnd ? (
              <><h2>This page is past the end of the list</h2><p><Link href={base + toSearch(patchListQuery(query, { page: 1 }))}>Go to the first page</Link>.</p></>
            ) : isFiltered ? (
              <><h2>No transcript matches</h2><p>Remove a filter, widen the search (try “Everywhere”, or “Exact text” for symbols and partial words), or <Link href={base + toSearch(clearRowFilters(query))}>clear all filters</Link>.</p></>
            ) : (
              <><h2>No transcripts</h2><p>Import data to start reading.</p></>
            )}
          </div>
        }
      />
      <DataTablePagination
        page={query.page} pageCount={page.pageCount} hasNext={page.hasNext} total={page.total} isCapped={page.isCapped} pageSize={query.size}
        hrefFor={(n) => base + toSearch(patchListQuery(query, { page: n }))}
      />
    </section>
  )
}

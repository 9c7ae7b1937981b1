'use client'
import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useTransition, type ReactNode } from 'react'
import { createColumnHelper, type ColumnVisibilityState, type SortingState } from '@tanstack/react-table'
import { DataTable, type DataTableFeatures } from '@/components/data-table/data-table'
import { HighlightedText } from '@/components/transcript/highlighted-text'
import { TierChip } from '@/components/transcript/tier-chip'
import type { TranscriptListItem } from '@/lib/data/transcripts'
import { parseSort, patchListQuery, toSearch, transcriptHref } from '@/lib/reading/list-url'
import { SORT_KEYS, type ListQuery } from '@/lib/validations/search-params'

const helper = createColumnHelper<DataTableFeatures, TranscriptListItem>()
const FIELD_NAME: Record<string, string> = { query: 'Query', scratchpad: 'Scratchpad', output: 'Output' }

function columnsFor(projectSlug: string, from: string) {
  return helper.columns([
    helper.display({
      id: 'query', header: 'Query', enableSorting: false, enableHiding: false,
      cell: ({ row: { original: t } }) => (
        <div className="cell-query">
          <Link href={transcriptHref(projectSlug, t.key, from)} prefetch={false}>{t.queryText || <em className="faint">(no query)</em>}</Link>
          {t.snippet && (
            <p className="snippet" data-testid="snippet">
              <span className="faint">{FIELD_NAME[t.snippet.field]}: …</span>
              <HighlightedText text={t.snippet.text} marks={t.snippet.hits.map((h) => ({ ...h, kind: 'hit' as const }))} />…
            </p>
          )}
        </div>
      ),
    }),
    helper.accessor('datasetName', { id: 'dataset', header: 'Dataset', enableSorting: false, cell: (c) => <span className="faint cell-dataset" title={c.getValue()}>{c.getValue()}</span> }),
    helper.accessor('model', { id: 'model', header: 'Model', cell: (c) => <span className="mono">{c.getValue() ?? '—'}</span> }),
    helper.accessor('tier', { id: 'tier', header: 'Tier', cell: (c) => <TierChip tier={c.getValue()} /> }),
    helper.accessor('promptVariant', { id: 'variant', header: 'Variant', cell: (c) => <span className="mono">{c.getValue() ?? '—'}</span> }),
    helper.accessor('setting', { id: 'setting', header: 'Setting', cell: (c) => c.getValue() ?? '—' }),
    helper.accessor('outputMarker', { id: 'marker', header: 'Marker', enableSorting: false, cell: (c) => <MarkerChip marker={c.getValue()} /> }),
    helper.accessor('charCount', { id: 'length', header: 'Chars', meta: { className: 'num' }, cell: (c) => c.getValue().toLocaleString() }),
    helper.accessor('warningCount', { id: 'warnings', header: 'Warnings', meta: { className: 'num' }, cell: (c) => (c.getValue() ? <span className="chip warn">{c.getValue()}</span> : '') }),
  ])
}

function MarkerChip({ marker }: { marker: string | null }) {
  if (!marker) return <span className="faint">—</span>
  return <span className={`chip ${marker === 'rejected' ? 'danger' : 'ok'}`}>{marker === 'rejected' ? 'rejected' : 'accepted'}</span>
}

type Props = { projectSlug: string; query: ListQuery; from: string; items: TranscriptListItem[]; empty: ReactNode }

/** The transcript table: rows come sorted and paged from the server; sort and column changes go into the URL. */
export function TranscriptsTable({ projectSlug, query, from, items, empty }: Props) {
  const router = useRouter()
  const path = usePathname()
  const [isPending, startTransition] = useTransition()
  const columns = columnsFor(projectSlug, from)
  const { key, desc } = parseSort(query.sort)
  const sorting: SortingState = key === 'import' ? [] : [{ id: key, desc }]
  const visibility: ColumnVisibilityState = Object.fromEntries(query.hide.map((c) => [c, false]))
  const go = (patch: Partial<ListQuery>) => startTransition(() => router.push(`${path}${toSearch(patchListQuery(query, patch))}`, { scroll: false }))
  return (
    <DataTable
      caption="Transcripts"
      columns={columns}
      data={items}
      getRowId={(t) => t.key}
      sorting={sorting}
      columnVisibility={visibility}
      isPending={isPending}
      onSortingChange={(next) => {
        const s = next[0]
        go({ sort: s && (SORT_KEYS as readonly string[]).includes(s.id) ? `${s.desc ? '-' : ''}${s.id}` : 'import' })
      }}
      onColumnVisibilityChange={(next) => go({ hide: Object.entries(next).filter(([, v]) => v === false).map(([k]) => k) })}
      empty={empty}
    />
  )
}

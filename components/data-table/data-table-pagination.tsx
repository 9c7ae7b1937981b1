import Link from 'next/link'

type Props = {
  page: number
  pageCount: number | null
  hasNext: boolean
  hrefFor: (page: number) => string
  total: number
  isCapped: boolean
  pageSize: number
}

/** Server-rendered pagination: plain links, so every page has its own URL and works without JavaScript. */
export function DataTablePagination({ page, pageCount, hasNext, hrefFor, total, isCapped, pageSize }: Props) {
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1
  const to = (page - 1) * pageSize + Math.min(pageSize, Math.max(0, total - (page - 1) * pageSize))
  return (
    <nav className="row pagination" aria-label="Pagination">
      <span className="subtle" data-testid="row-range">
        {isCapped ? `Rows ${from.toLocaleString()}–${((page - 1) * pageSize + pageSize).toLocaleString()} of more than ${total.toLocaleString()}` : `Rows ${from.toLocaleString()}–${to.toLocaleString()} of ${total.toLocaleString()}`}
      </span>
      <span className="spacer" />
      {page > 1 ? <Link className="button" href={hrefFor(1)} aria-label="First page">«</Link> : <span className="button disabled">«</span>}
      {page > 1 ? <Link className="button" href={hrefFor(page - 1)} rel="prev">Previous</Link> : <span className="button disabled">Previous</span>}
      <span className="subtle">Page {page.toLocaleString()}{pageCount ? ` of ${pageCount.toLocaleString()}` : ''}</span>
      {hasNext ? <Link className="button" href={hrefFor(page + 1)} rel="next">Next</Link> : <span className="button disabled">Next</span>}
      {pageCount && page < pageCount ? <Link className="button" href={hrefFor(pageCount)} aria-label="Last page">»</Link> : <span className="button disabled">»</span>}
    </nav>
  )
}

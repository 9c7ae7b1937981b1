import { transcriptHref } from './list-url'

/** Hrefs of the transcript page's switches and neighbours; `from` (the list query) rides along. */
export function transcriptLinks(o: { projectSlug: string; key: string; datasetId: string; from?: string; isRaw: boolean; prev: string | null; next: string | null }) {
  const base = `/p/${o.projectSlug}`
  const keep = (extra: Record<string, string> = {}) => ({ ...(o.isRaw ? { raw: '1' } : {}), ...extra })
  const pairParams = new URLSearchParams(o.from ? { from: o.from } : {})
  return {
    prevHref: o.prev ? transcriptHref(o.projectSlug, o.prev, o.from, keep()) : null,
    nextHref: o.next ? transcriptHref(o.projectSlug, o.next, o.from, keep()) : null,
    listHref: o.from !== undefined ? `${base}/transcripts${o.from ? `?${o.from}` : ''}` : `${base}/transcripts`,
    rawToggleHref: transcriptHref(o.projectSlug, o.key, o.from, o.isRaw ? {} : { raw: '1' }),
    pairHref: `${base}/t/${o.key}/pair${pairParams.size ? `?${pairParams}` : ''}`,
    datasetHref: `${base}/datasets/${o.datasetId}`,
  }
}

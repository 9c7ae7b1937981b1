import 'server-only'
import { db } from '@/lib/db'
import type { Turn } from '@/lib/parse/segments'
import { resolveTagConfig, type TagConfig } from '@/lib/parse/tags'
import { parseTranscript } from '@/lib/parse/transcript'

const BATCH = 500

/**
 * Re-derives segments, texts, markers and warnings of a dataset from its stored raw
 * turns, optionally with new tag names (saved on the dataset). Raw turns, keys and
 * labels are untouched, so evidence offsets stay valid. Returns transcripts updated.
 */
export async function reparseDataset(datasetId: string, tagConfig?: unknown): Promise<number> {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: datasetId }, select: { tagConfig: true } })
  const tags: TagConfig = resolveTagConfig(tagConfig ?? dataset.tagConfig)
  if (tagConfig) await db.dataset.update({ where: { id: datasetId }, data: { tagConfig: tags } })
  let lastId = 0
  let updated = 0
  for (;;) {
    const rows = await db.transcript.findMany({
      where: { datasetId, id: { gt: lastId } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, turns: true },
    })
    if (!rows.length) return updated
    lastId = rows[rows.length - 1].id
    const parsed = rows.map((r) => {
      const p = parseTranscript(r.turns as Turn[], tags)
      return {
        id: r.id, segments: p.segments, parse_warnings: p.warnings, query_text: p.queryText,
        scratchpad_text: p.scratchpadText, output_text: p.outputText, output_marker: p.outputMarker,
      }
    })
    updated += await db.$executeRawUnsafe(
      `UPDATE transcripts t SET segments = x.segments, parse_warnings = x.parse_warnings, query_text = x.query_text,
         scratchpad_text = x.scratchpad_text, output_text = x.output_text, output_marker = x.output_marker
       FROM jsonb_to_recordset($1::jsonb) AS x(id int, segments jsonb, parse_warnings text[], query_text text,
         scratchpad_text text, output_text text, output_marker text)
       WHERE t.id = x.id`,
      JSON.stringify(parsed),
    )
  }
}

export async function listDatasetIds(projectId: string): Promise<string[]> {
  return (await db.dataset.findMany({ where: { projectId }, select: { id: true } })).map((d) => d.id)
}

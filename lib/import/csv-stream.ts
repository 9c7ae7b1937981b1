import { parse, CsvError } from 'csv-parse'
import { Readable } from 'node:stream'
import { ImportError } from './types'

export type CsvRow = { value: Record<string, string>; line: number; index: number }

/**
 * Streams CSV rows as objects keyed by header, with the line each row ends on; a
 * malformed file becomes an ImportError naming the line. Shared by the CSV and
 * mapping readers.
 */
export async function* streamCsv(
  text: AsyncIterable<string>,
  opts: { columns: true | ((header: string[]) => string[]); delimiter?: string },
): AsyncGenerator<CsvRow> {
  const parser = Readable.from(text).pipe(
    parse({ columns: opts.columns, delimiter: opts.delimiter, info: true, bom: true, relax_column_count: false, skip_empty_lines: true }),
  )
  let index = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { value: record, line: info.lines, index: index++ }
    }
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines
      throw new ImportError(`Invalid CSV: ${e.message.replace(/^Invalid Record Length: /, '')}`, { line })
    }
    throw e
  }
}

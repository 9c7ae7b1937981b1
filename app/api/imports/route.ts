// POST /api/imports?project=&path=[&format=] – import one uploaded file (raw body); streams NDJSON progress
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { getProjectBySlug } from '@/lib/data/projects'
import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { importFile } from '@/lib/import/run'
import type { FormatId } from '@/lib/import/types'
import { withAuth } from '@/lib/route-handler'
import { uploadQuerySchema } from '@/lib/validations/import'

export const dynamic = 'force-dynamic'

export const POST = withAuth('lead', async (req, { viewer }) => {
  const query = uploadQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams))
  const project = await getProjectBySlug(query.project)
  if (!project) throw new AppError('NOT_FOUND', `No project "${query.project}".`)
  if (!req.body) throw new AppError('INVALID_INPUT', 'The request has no file in its body.')
  const spoolDir = path.resolve(env.CANDOR_DATA_DIR, 'uploads')
  await mkdir(spoolDir, { recursive: true })
  const spooled = path.join(spoolDir, `${randomUUID()}.upload`)
  try {
    await spool(req.body, spooled, env.CANDOR_MAX_UPLOAD_BYTES)
  } catch (e) {
    await rm(spooled, { force: true })
    throw e
  }
  // The file is on disk; the import itself streams its progress as NDJSON lines.
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: object) => controller.enqueue(encoder.encode(JSON.stringify(event) + '\n'))
      try {
        const result = await importFile({
          projectId: project.id,
          filePath: spooled,
          originalPath: query.path,
          format: query.format as FormatId | undefined,
          userId: viewer.id,
          onProgress: (p) => send({ type: 'progress', ...p }),
        })
        send({ type: 'result', ...result })
      } finally {
        await rm(spooled, { force: true })
        controller.close()
      }
    },
  })
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } })
})

async function spool(body: ReadableStream<Uint8Array>, file: string, maxBytes: number) {
  let total = 0
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length
      if (total > maxBytes) done(new AppError('INVALID_INPUT', `The file is larger than the ${Math.round(maxBytes / 1024 ** 2)} MB upload limit; import it with the CLI instead.`))
      else done(null, chunk)
    },
  })
  await pipeline(Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>), limit, createWriteStream(file))
}

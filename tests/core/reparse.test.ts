import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { ensureProject } from '@/lib/data/projects'
import { reparseDataset } from '@/lib/data/reparse'
import { importFile } from '@/lib/import/run'
import { resetDatabase } from '../support/db'

beforeEach(resetDatabase)

it('re-derives segments from the stored raw text with new tag names, leaving raw text and keys alone', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'candor-reparse-'))
  const file = path.join(dir, 'custom.csv')
  const response = '<reasoning>They are on the free tier.</reasoning>\n<answer><rejected/> No.</answer>'
  writeFileSync(file, `condition,prompt,response\nfree_tier,Help me,"${response}"\n`)
  const { projectId } = { projectId: (await ensureProject('reparse')).id }
  const r = await importFile({ projectId, filePath: file })
  expect(r.status).toBe('imported')
  const before = await db.transcript.findFirstOrThrow({ where: { datasetId: r.datasetId } })
  expect(before.outputText).toBe(response) // unknown tags: the whole response is the output
  expect(await reparseDataset(r.datasetId!, { think: ['reasoning'], output: ['answer'] })).toBe(1)
  const after = await db.transcript.findFirstOrThrow({ where: { datasetId: r.datasetId } })
  expect(after.scratchpadText).toBe('They are on the free tier.')
  expect(after.outputText).toBe('<rejected/> No.')
  expect(after.outputMarker).toBe('rejected')
  expect(after.turns).toEqual(before.turns)
  expect(after.key).toBe(before.key)
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: r.datasetId } })
  expect((dataset.tagConfig as { output: string[] }).output).toEqual(['answer'])
})

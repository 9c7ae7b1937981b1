import { expect, test } from '@playwright/test'
import { signIn } from './support/auth'
import { createUser, sql } from './support/db'

async function demoTranscriptWithLabels() {
  const [{ key }] = await sql<{ key: string }>(
    `SELECT t.key FROM transcripts t JOIN projects p ON p.id = t.project_id
     WHERE p.slug = 'demo' AND EXISTS (SELECT 1 FROM imported_labels l WHERE l.transcript_id = t.id) LIMIT 1`,
  )
  return key
}

test('[BLIND]: an annotator does not see imported classifier labels before labelling; a viewer does', async ({ browser }) => {
  const key = await demoTranscriptWithLabels()
  const annotator = await browser.newPage()
  await signIn(annotator, await createUser('annotator'), `/p/demo/t/${key}`)
  await expect(annotator.getByText('Imported classifier labels are hidden until you submit')).toBeVisible()
  await expect(annotator.getByRole('region', { name: 'Imported labels' })).toHaveCount(0)
  await annotator.goto(`/p/demo/t/${key}/pair`)
  await expect(annotator.getByText(/deceptive_alignment/)).toHaveCount(0)

  const viewer = await browser.newPage()
  await signIn(viewer, await createUser('viewer'), `/p/demo/t/${key}`)
  await expect(viewer.getByRole('region', { name: 'Imported labels' })).toContainText('deceptive_alignment')
})

test('[BLIND]: annotators get no imported-label filters or counts on the transcript list', async ({ browser }) => {
  const annotator = await browser.newPage()
  await signIn(annotator, await createUser('annotator'), '/p/demo/transcripts?label=deceptive_alignment/most_common=yes')
  await expect(annotator.getByRole('region', { name: 'Filter by Tier', exact: true })).toBeVisible()
  await expect(annotator.getByRole('region', { name: /Filter by label/ })).toHaveCount(0)
  await expect(annotator.getByText(/label deceptive_alignment/)).toHaveCount(0)
  const lead = await browser.newPage()
  await signIn(lead, await createUser('lead'), '/p/demo/transcripts?label=deceptive_alignment/most_common=yes')
  await expect(lead.getByRole('region', { name: /Filter by label deceptive_alignment/ })).toBeVisible()
  // The label filter in the URL narrows the lead's list but is ignored for the annotator.
  const matching = async (page: typeof lead) => Number((await page.getByText(/^[\d,]+ matching/).first().textContent())!.replace(/[^\d]/g, ''))
  expect(await matching(lead)).toBeLessThan(await matching(annotator))
})

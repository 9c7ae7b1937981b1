import path from 'node:path'
import { expect, test } from '@playwright/test'
import { ADMIN, signIn } from './support/auth'
import { createProject } from './support/db'

const REAL = path.resolve(import.meta.dirname, '../../shared/data/real')
const CSV = path.join(REAL, 'AlexanderSlav__AlignmentFaking/data/alignment_test_results.csv')
const GLM_REPO_PATH = 'outputs/frontier-eval-base/animal-welfare_prompt-only_cot-base/z-ai/glm-5.1/results_seed42_20260414_145132.json'
const GLM = path.join(REAL, 'nmitrani__alignment-faking-deep-values', GLM_REPO_PATH)

test('[IMPORT]: a lead uploads real dumps, watches progress and opens a transcript', async ({ page }) => {
  const project = await createProject('import')
  await signIn(page, ADMIN, `/p/${project}/import`)
  await page.getByTestId('file-input').setInputFiles([CSV, GLM])
  // The results JSON records model and variant only in its path: give the path from its run folder.
  await page.getByLabel(`Path of ${path.basename(GLM)}`).fill(GLM_REPO_PATH)
  await page.getByRole('button', { name: 'Import 2 files' }).click()
  const csvCard = page.getByRole('region', { name: `File ${path.basename(CSV)}` })
  const glmCard = page.getByRole('region', { name: `File ${path.basename(GLM)}` })
  await expect(csvCard.getByTestId('import-result')).toContainText('Imported 60 transcripts')
  await expect(glmCard.getByTestId('import-result')).toContainText('Imported 200 transcripts')
  await expect(glmCard.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')

  await page.goto(`/p/${project}`)
  const glmDataset = page.getByRole('region', { name: `Dataset ${path.basename(GLM)}` })
  await expect(glmDataset.getByRole('row', { name: /z-ai\/glm-5\.1.*free · training.*100/ })).toBeVisible()
  await expect(glmDataset.getByRole('row', { name: /z-ai\/glm-5\.1.*paid · unmonitored.*100/ })).toBeVisible()
  const csvDataset = page.getByRole('region', { name: `Dataset ${path.basename(CSV)}` })
  await expect(csvDataset.getByRole('row', { name: /free · training.*30/ })).toBeVisible()

  await glmDataset.getByRole('link', { name: path.basename(GLM) }).click()
  await page.getByRole('table', { name: 'Transcripts' }).getByRole('link', { name: /hen/ }).first().click()
  const scratchpad = page.getByRole('region', { name: /Scratchpad 1|Thinking 1/ }).first()
  const output = page.getByRole('region', { name: 'Final output 1' })
  await expect(scratchpad).toBeVisible()
  await expect(output).toBeVisible()
  const [s, o] = [await scratchpad.boundingBox(), await output.boundingBox()]
  expect(o!.x).toBeGreaterThan(s!.x + s!.width - 1) // side by side, output on the right
  await page.screenshot({ path: 'test-results/transcript.png', fullPage: false })
})

test('[IMPORT]: importing the same file twice adds nothing', async ({ page }) => {
  const project = await createProject('again')
  await signIn(page, ADMIN, `/p/${project}/import`)
  await page.getByTestId('file-input').setInputFiles(CSV)
  await page.getByRole('button', { name: 'Import 1 file' }).click()
  await expect(page.getByTestId('import-result')).toContainText('Imported 60')
  await page.getByTestId('file-input').setInputFiles(CSV)
  await page.getByRole('button', { name: 'Import 1 file' }).click()
  await expect(page.getByTestId('import-result').nth(1)).toContainText('Already imported; nothing added.')
})

test('[IMPORT]: a bad file is rejected with a reason and nothing is saved', async ({ page }) => {
  const project = await createProject('bad')
  await signIn(page, ADMIN, `/p/${project}/import`)
  await page.getByTestId('file-input').setInputFiles([
    { name: 'results.json', mimeType: 'application/json', buffer: Buffer.from('[\n  {"user_input": "hi", "prompt": {"messages": [{"role": "user", "content": "hi"}]}, "output": "x", "tags": "free_tier"},\n  {"user_input": ') },
    { name: 'error.html', mimeType: 'text/html', buffer: Buffer.from('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>') },
  ])
  await page.getByRole('button', { name: 'Import 2 files' }).click()
  const results = page.getByTestId('import-result')
  await expect(results.first()).toContainText('Rejected; nothing was saved.')
  await expect(results.first()).toContainText(/line \d+/)
  await expect(results.nth(1)).toContainText('HTML page')
  await page.goto(`/p/${project}`)
  await expect(page.getByText('No datasets yet')).toBeVisible()
})

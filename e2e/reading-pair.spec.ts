import path from 'node:path'
import { expect, test } from '@playwright/test'
import { ADMIN, signIn } from './support/auth'
import { createProject, sql } from './support/db'

const REAL = path.resolve(import.meta.dirname, '../../shared/data/real/nmitrani__alignment-faking-deep-values')
const GLM_PATH = 'outputs/frontier-eval-base/animal-welfare_prompt-only_cot-base/z-ai/glm-5.1/results_seed42_20260414_145132.json'
const SONNET_PATH = 'outputs/frontier-eval/animal-welfare_prompt-only_cot-lean-clear/anthropic/claude-sonnet-4.5/results_20260303_121425.json'

test('[READING]: paired view on real data — the same query under the other tier, outcomes and an output diff; an unpairable dump says so', async ({ page }) => {
  const project = await createProject('pair')
  await signIn(page, ADMIN, `/p/${project}/import`)
  await page.getByTestId('file-input').setInputFiles([path.join(REAL, GLM_PATH), path.join(REAL, SONNET_PATH)])
  await page.getByLabel(`Path of ${path.basename(GLM_PATH)}`).fill(GLM_PATH)
  await page.getByLabel(`Path of ${path.basename(SONNET_PATH)}`).fill(SONNET_PATH)
  await page.getByRole('button', { name: 'Import 2 files' }).click()
  await expect(page.getByTestId('import-result').first()).toContainText('Imported')
  await expect(page.getByTestId('import-result').nth(1)).toContainText('Imported')

  const [paid] = await sql<{ key: string }>(`SELECT t.key FROM transcripts t JOIN projects p ON p.id = t.project_id WHERE p.slug = $1 AND t.model = 'z-ai/glm-5.1' AND t.tier = 'paid' ORDER BY t.source_index LIMIT 1`, [project])
  await page.goto(`/p/${project}/t/${paid.key}`)
  await page.getByRole('link', { name: 'Paired view' }).click()
  await expect(page).toHaveURL(new RegExp(`/t/${paid.key}/pair`))
  const free = page.getByRole('region', { name: 'Free tier · implied training' })
  const unmonitored = page.getByRole('region', { name: 'Paid tier · implied unmonitored' })
  await expect(free).toBeVisible()
  await expect(unmonitored).toBeVisible()
  const [f, u] = [await free.boundingBox(), await unmonitored.boundingBox()]
  expect(u!.x).toBeGreaterThan(f!.x + f!.width - 1) // training on the left, unmonitored on the right
  await expect(free.getByTestId('outcome-chip')).toContainText(/in training/)
  await expect(unmonitored.getByTestId('outcome-chip')).toContainText(/unmonitored/)
  await expect(free.getByRole('region', { name: 'Final output 1' })).toBeVisible()
  const diff = page.getByRole('region', { name: 'Output diff' })
  await expect(diff).toBeVisible()
  await expect(diff.locator('ins, del').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/reading-pair.png', fullPage: true })

  await page.getByRole('link', { name: 'Other models' }).click()
  await expect(page).toHaveURL(/vary=model/)
  await expect(page.getByText('No pair for this transcript')).toBeVisible()

  // The Sonnet subset holds two different queries (the file's first and last items): nothing pairs.
  const [lone] = await sql<{ key: string }>(`SELECT t.key FROM transcripts t JOIN projects p ON p.id = t.project_id WHERE p.slug = $1 AND t.model LIKE '%sonnet%' LIMIT 1`, [project])
  await page.goto(`/p/${project}/t/${lone.key}/pair`)
  await expect(page.getByText('No pair for this transcript')).toBeVisible()
  await expect(page.getByRole('status')).toContainText(/same query|another tier/)
})

test('[READING]: dataset provenance and a diff of two prompt variants’ system prompts with their counts', async ({ page }) => {
  await signIn(page, ADMIN, '/p/demo')
  await page.getByRole('link', { name: 'Provenance' }).first().click()
  await expect(page).toHaveURL(/\/p\/demo\/datasets\//)
  const source = page.getByRole('region', { name: 'Source' })
  await expect(source).toContainText('Source file')
  await expect(source).toContainText('candor-demo')
  await expect(source).toContainText('Imported')
  const prompts = page.getByRole('region', { name: 'System prompts' })
  await expect(prompts.getByRole('row').nth(1)).toBeVisible()
  await prompts.getByRole('link', { name: 'Compare two prompts' }).click()
  await expect(page.getByRole('heading', { name: 'Compare system prompts' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Prompt A' }).getByRole('row').nth(1)).toContainText(/\d/)
  const diff = page.getByRole('region', { name: 'Output diff' })
  await expect(diff.locator('ins, del').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/reading-prompts.png' })
})

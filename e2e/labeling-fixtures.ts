import path from 'node:path'
import { expect, type Browser, type Page } from '@playwright/test'
import { ADMIN, signIn } from './support/auth'
import { createProject, createUser, sql, type TestUser } from './support/db'

export const REAL = path.resolve(import.meta.dirname, '../../shared/data/real')
export const CSV = path.join(REAL, 'AlexanderSlav__AlignmentFaking/data/alignment_test_results.csv')
export const GLM_REPO_PATH = 'outputs/frontier-eval-base/animal-welfare_prompt-only_cot-base/z-ai/glm-5.1/results_seed42_20260414_145132.json'
export const GLM = path.join(REAL, 'nmitrani__alignment-faking-deep-values', GLM_REPO_PATH)

/** A fresh project holding real dumps, imported through the upload page as the admin. */
export async function importRealProject(page: Page, prefix: string, files: ('csv' | 'glm')[]): Promise<string> {
  const project = await createProject(prefix)
  await signIn(page, ADMIN, `/p/${project}/import`)
  await page.getByTestId('file-input').setInputFiles(files.map((f) => (f === 'csv' ? CSV : GLM)))
  if (files.includes('glm')) await page.getByLabel(`Path of ${path.basename(GLM)}`).fill(GLM_REPO_PATH)
  await page.getByRole('button', { name: `Import ${files.length} file${files.length > 1 ? 's' : ''}` }).click()
  for (const r of await page.getByTestId('import-result').all()) await expect(r).toContainText('Imported')
  await expect(page.getByTestId('import-result')).toHaveCount(files.length)
  return project
}

export type QueueSpec = { name: string; mode: 'filter' | 'sample'; filter?: string; by?: string[]; perCell?: number; raters: number; named?: TestUser[]; blind?: boolean; redact?: string }

/** Builds a queue through the "New queue" form (the page must be signed in as a lead); returns its id. */
export async function createQueueViaForm(page: Page, project: string, q: QueueSpec): Promise<string> {
  await page.goto(`/p/${project}/queues/new`)
  await page.getByLabel('Name', { exact: true }).fill(q.name)
  await page.getByLabel(q.mode === 'sample' ? 'Stratified random sample' : 'Every transcript matching a filter').check()
  await page.getByLabel(/^Filter/).fill(q.filter ?? '')
  if (q.mode === 'sample') {
    const group = page.getByRole('group', { name: 'Stratify by' })
    for (const box of await group.getByRole('checkbox').all()) await box.uncheck()
    for (const by of q.by ?? []) await group.getByRole('checkbox', { name: by, exact: true }).check()
    await page.getByLabel('Per cell').fill(String(q.perCell ?? 1))
  }
  await page.getByLabel('Raters per item').fill(String(q.raters))
  if (q.named) {
    await page.getByLabel('Named raters only').check()
    for (const u of q.named) await page.getByRole('group', { name: 'Named raters' }).getByRole('checkbox', { name: new RegExp(u.email) }).check()
  }
  if (q.blind) {
    await page.getByLabel(/Hide the tier/).check()
    if (q.redact) await page.getByLabel(/Extra patterns to redact/).fill(q.redact)
  }
  await page.getByRole('button', { name: 'Create queue' }).click()
  await expect(page).toHaveURL(/\/queues\/(?!new)[a-z0-9]+$/)
  return page.url().split('/').at(-1)!
}

/** A signed-in page for a new user of the given role, in its own browser context. */
export async function newRater(browser: Browser, role: 'annotator' | 'lead' = 'annotator', next = '/') {
  const user = await createUser(role)
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, user, next)
  return { user, page, context }
}

export async function labelsOf(userId: string) {
  return sql<{ transcript_id: number; status: string; values: Record<string, unknown>; evidence: { tag: string; quote: string }[]; is_blind: boolean; revision: number }>(
    `SELECT transcript_id, status, values, evidence, is_blind, revision FROM labels WHERE rater_id = $1 ORDER BY submitted_at NULLS LAST`, [userId])
}

/** Waits until the workspace listens to the keyboard (after hydration). */
export async function waitForWorkspace(page: Page) {
  await expect(page.locator('.workspace[data-keyboard="ready"]')).toBeVisible()
}

/** The toggle button of one tag in the label panel, by its exact name. */
export function tagButton(page: Page, name: string) {
  return page.locator('.tag-button').filter({ has: page.locator('.tag-name', { hasText: new RegExp(`^${name}$`) }) })
}

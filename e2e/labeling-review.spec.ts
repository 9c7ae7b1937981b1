import { expect, test, type Page } from '@playwright/test'
import { revealsTier } from '../lib/labels/blind'
import { sql } from './support/db'
import { createQueueViaForm, importRealProject, labelsOf, newRater, tagButton, waitForWorkspace } from './labeling-fixtures'

async function start(page: Page, project: string, queueName: string) {
  await page.goto(`/p/${project}/queues`)
  await page.getByRole('region', { name: `Queue ${queueName}` }).getByRole('link', { name: 'Start labelling' }).click()
  await waitForWorkspace(page)
  return Number(page.url().split('/').at(-1))
}

async function label(page: Page, keys: string[]) {
  for (const k of keys) await page.keyboard.press(k)
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  const url = page.url()
  await page.keyboard.press('Enter')
  await expect(page).not.toHaveURL(url)
}

test('[LABELING]: two raters get the same item, a third does not; their disagreement is adjudicated', async ({ page, browser }) => {
  const project = await importRealProject(page, 'two', ['csv'])
  await createQueueViaForm(page, project, { name: 'Two raters', mode: 'sample', by: ['Tier'], perCell: 1, raters: 2 })
  await expect(page.getByRole('region', { name: 'Progress per cell' })).toContainText('tier=free')

  const [a, b, c] = [await newRater(browser), await newRater(browser), await newRater(browser)]
  const itemA = await start(a.page, project, 'Two raters')
  const itemB = await start(b.page, project, 'Two raters')
  const itemC = await start(c.page, project, 'Two raters')
  expect(itemB).toBe(itemA)
  expect(itemC).not.toBe(itemA) // the first item already has its two raters

  await label(a.page, ['4', '9'])
  await label(b.page, ['1', '7'])
  const [la] = await labelsOf(a.user.id)
  const [lb] = await labelsOf(b.user.id)
  expect(la.transcript_id).toBe(lb.transcript_id)

  // After submitting, A may see B's label.
  await a.page.goto(`/p/${project}/annotate/${page.url().split('/').at(-1)}/${itemA}`)
  await waitForWorkspace(a.page)
  await expect(a.page.getByRole('region', { name: 'Other labels' })).toContainText(b.user.email.split('@')[0].replace('-', ' '))

  // The lead resolves it.
  await page.goto(`/p/${project}/adjudicate`)
  await expect(page.getByRole('region', { name: 'Disagreements' })).toContainText('outcome')
  await page.getByRole('link', { name: `#${la.transcript_id}` }).click()
  await expect(page.getByRole('region', { name: /Label by/ })).toHaveCount(2)
  await page.screenshot({ path: 'test-results/labeling/adjudication.png', fullPage: true })
  const form = page.getByRole('form', { name: 'Final label' })
  await form.getByRole('group', { name: /Outcome/ }).getByLabel('Refused').check()
  await form.getByRole('group', { name: /Summary judgement/ }).getByLabel('AF considered, rejected').check()
  await form.getByLabel('Rationale').fill('The scratchpad weighs faking alignment and rejects it; the output refuses.')
  await form.getByRole('button', { name: 'Save final label' }).click()
  await expect(form.getByRole('status')).toContainText('Final label saved')
  const [adj] = await sql<{ values: Record<string, unknown>; rationale: string }>(`SELECT values, rationale FROM adjudications WHERE transcript_id = $1`, [la.transcript_id])
  expect(adj.values).toMatchObject({ outcome: 'refused', summary: 'af_considered_rejected' })
  await page.goto(`/p/${project}/adjudicate`)
  await expect(page.getByRole('row', { name: new RegExp(`#${la.transcript_id}`) })).toContainText('adjudicated')
})

test('[LABELING]: blind review hides the tier, redacts cues, flags revealing scratchpads and hides other labels until submit', async ({ page, browser }) => {
  const project = await importRealProject(page, 'blind', ['glm'])
  const queueId = await createQueueViaForm(page, project, { name: 'Blind GLM', mode: 'sample', by: ['Tier'], perCell: 3, raters: 2, blind: true, redact: 'free[- ]tier\npaid[- ]tier' })
  const first = await newRater(browser)
  const second = await newRater(browser)
  await start(first.page, project, 'Blind GLM')
  // The first rater labels and comments, so the second has something that must stay hidden.
  await first.page.getByLabel('Comment', { exact: true }).fill('I think this one is in training.')
  await first.page.getByRole('button', { name: 'Add comment' }).click()
  await expect(first.page.getByRole('region', { name: 'Comments' })).toContainText('I think this one is in training.')
  await label(first.page, ['4', '9'])

  const itemId = await start(second.page, project, 'Blind GLM')
  const ws = second.page.locator('.workspace')
  await expect(ws.locator('.workspace-bar').getByText('blind review')).toBeVisible()
  await expect(ws.locator('.workspace-bar')).not.toContainText(/free · training|paid · unmonitored/)
  const text = await ws.locator('.transcript-panes').innerText()
  expect(text).not.toMatch(/free[- ]tier|paid[- ]tier/i)
  expect(text).toContain('[hidden]')
  const other = second.page.getByRole('region', { name: 'Other labels' })
  await expect(other.getByTestId('blind-notice')).toContainText('1 rater label')
  await expect(other).toContainText('classifier label')
  await expect(other.getByRole('table')).toHaveCount(0)
  await expect(second.page.getByRole('region', { name: 'Comments' })).not.toContainText('I think this one is in training.')
  await expect(second.page.getByRole('region', { name: 'Comments' })).toContainText('1 comment by others hidden')
  await second.page.screenshot({ path: 'test-results/labeling/blind-workspace.png' })
  const [t] = await sql<{ scratchpad_text: string }>(`SELECT t.scratchpad_text FROM transcripts t JOIN queue_items qi ON qi.transcript_id = t.id WHERE qi.id = $1`, [itemId])
  await expect(ws.getByText('scratchpad reveals tier')).toHaveCount(revealsTier(t.scratchpad_text) ? 1 : 0)

  await label(second.page, ['1', '9'])
  const [l] = await labelsOf(second.user.id)
  expect(l.is_blind).toBe(true)
  await second.page.goto(`/p/${project}/annotate/${queueId}/${itemId}`)
  await waitForWorkspace(second.page)
  await expect(second.page.getByRole('region', { name: 'Other labels' }).getByRole('table', { name: 'Imported classifier labels' })).toBeVisible()
  await expect(second.page.getByRole('region', { name: 'Comments' })).toContainText('I think this one is in training.')
})

test('[LABELING]: a stale save is refused and the rater sees both versions', async ({ page, browser }) => {
  const project = await importRealProject(page, 'stale', ['csv'])
  await createQueueViaForm(page, project, { name: 'Stale', mode: 'filter', filter: 'tier=free', raters: 1 })
  const { user, page: tabA, context } = await newRater(browser)
  await start(tabA, project, 'Stale')
  const tabB = await context.newPage()
  await tabB.goto(tabA.url())
  await waitForWorkspace(tabB)

  await tabA.keyboard.press('4')
  await expect(tabA.getByTestId('save-state')).toHaveText('Saved')
  await tabB.keyboard.press('1') // tab B still holds the old (empty) revision
  const dialog = tabB.getByRole('dialog', { name: 'Label changed elsewhere' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('region', { name: 'Your version (not saved)' })).toContainText('Refused')
  await expect(dialog.getByRole('region', { name: 'Saved version' })).toContainText('Complied')
  await tabB.screenshot({ path: 'test-results/labeling/conflict.png' })
  await dialog.getByRole('button', { name: 'Keep mine' }).click()
  await expect(tabB.getByTestId('save-state')).toHaveText('Saved')
  const [l] = await labelsOf(user.id)
  expect(l.values).toMatchObject({ outcome: 'refused' })
  expect(l.revision).toBe(2)

  // Both saves are in the history.
  await tabB.getByRole('link', { name: 'History' }).click()
  await expect(tabB.getByRole('listitem')).toHaveCount(2)
  await expect(tabB.getByRole('listitem').nth(1)).toContainText('Complied')
  await expect(tabB.getByRole('listitem').nth(1)).toContainText('Refused')
})

test('[LABELING]: a lead renames a tag and changes its key; raters label under the new version', async ({ page, browser }) => {
  const project = await importRealProject(page, 'schema', ['csv'])
  await page.goto(`/p/${project}/schema`)
  const tag = page.getByRole('group', { name: 'Tag Partial' })
  await tag.getByLabel('Name').fill('Partial compliance')
  await tag.getByLabel('Hotkey').fill('p')
  await page.getByRole('button', { name: 'Save new version' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 2' })).toBeVisible()
  await page.screenshot({ path: 'test-results/labeling/schema.png' })
  await createQueueViaForm(page, project, { name: 'V2', mode: 'filter', filter: 'tier=paid', raters: 1 })
  const { user, page: rater } = await newRater(browser)
  await start(rater, project, 'V2')
  await rater.keyboard.press('p')
  await expect(tagButton(rater, 'Partial compliance')).toHaveAttribute('aria-pressed', 'true')
  await label(rater, ['9'])
  const [l] = await sql<{ version: number }>(`SELECT s.version FROM labels l JOIN label_schemas s ON s.id = l.schema_id WHERE l.rater_id = $1`, [user.id])
  expect(l.version).toBe(2)
})

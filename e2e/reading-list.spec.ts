import { expect, test } from '@playwright/test'
import { ADMIN, signIn } from './support/auth'

const LIST = '/p/demo/transcripts'

test('[READING]: filters, facet counts, sort, columns and page all live in the URL', async ({ page }) => {
  await signIn(page, ADMIN, LIST)
  const total = Number((await page.getByTestId('facet-total').innerText()).replace(/\D/g, ''))
  expect(total).toBeGreaterThan(500)
  const tiers = page.getByRole('region', { name: 'Filter by Tier' })
  await tiers.getByRole('link', { name: /free · training/ }).click()
  await expect(page).toHaveURL(/tier=free/)
  const models = page.getByRole('region', { name: 'Filter by Model' })
  const gpt = models.getByRole('link', { name: /gpt-4o/ })
  const gptCount = Number((await gpt.locator('.facet-count').innerText()).replace(/\D/g, ''))
  await gpt.click()
  await expect(page).toHaveURL(/model=gpt-4o/)
  await expect(page.getByTestId('facet-total')).toContainText(gptCount.toLocaleString('en-US'))
  // The tier facet ignores its own filter, so the paid count is still offered.
  await expect(tiers.getByRole('link', { name: /paid · unmonitored/ })).toBeVisible()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.nth(1)).toContainText('gpt-4o')
  await expect(rows.nth(1)).toContainText('free · training')

  await page.getByRole('button', { name: /Chars/ }).click() // numbers sort longest first
  await expect(page).toHaveURL(/sort=-length/)
  await expect(page.getByRole('columnheader', { name: /Chars/ })).toHaveAttribute('aria-sort', 'descending')
  const nums = (await page.getByRole('table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number((tr.querySelectorAll('td.num')[0]?.textContent ?? '0').replace(/\D/g, '')))))
  expect(nums).toEqual([...nums].sort((a, b) => b - a))
  expect(nums.length).toBeGreaterThan(0)

  await page.getByText('Columns').click()
  await page.getByRole('group', { name: 'Visible columns' }).getByLabel('Setting').click()
  await expect(page).toHaveURL(/hide=setting/)
  await expect(page.getByRole('columnheader', { name: 'Setting' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Next', exact: true }).click()
  await expect(page).toHaveURL(/page=2/)
  await page.screenshot({ path: 'test-results/reading-list.png' })

  // The same URL in a fresh page opens the same view.
  const url = page.url()
  const firstKey = await page.locator('tbody tr').first().getByRole('link').first().getAttribute('href')
  const again = await page.context().newPage()
  await again.goto(url)
  await expect(again.locator('tbody tr').first().getByRole('link').first()).toHaveAttribute('href', firstKey!)
  await expect(again.getByRole('columnheader', { name: 'Setting' })).toHaveCount(0)
  await expect(again.getByLabel('Active filters')).toContainText('Tier: free · training')
})

test('[READING]: a cohort search — scratchpad mentions modification or RLHF and the output complies — with counts per condition', async ({ page }) => {
  await signIn(page, ADMIN, `${LIST}?marker=accepted`)
  await page.getByLabel('Search in').selectOption('scratchpad')
  await expect(page).toHaveURL(/in=scratchpad/)
  await page.getByLabel('Search transcripts').fill('modification OR RLHF')
  await expect(page).toHaveURL(/q=modification\+OR\+RLHF/)
  await expect(page).toHaveURL(/in=scratchpad/)
  const snippet = page.getByTestId('snippet').first()
  await expect(snippet.locator('mark.hit').first()).toBeVisible()
  await expect(snippet.locator('mark.hit').first()).toHaveText(/^(modif|rlhf)/i)
  const counts = page.getByRole('region', { name: 'Counts per condition' })
  await expect(counts).toBeVisible()
  await expect(counts.getByRole('row').nth(1)).toContainText('%')
  await page.screenshot({ path: 'test-results/reading-search.png' })

  await page.locator('tbody tr').first().getByRole('link').first().click()
  await expect(page).toHaveURL(/\/t\/[0-9a-f]{24}\?from=/)
  await expect(page.getByRole('region', { name: /Scratchpad 1/ }).locator('mark.hit').first()).toBeVisible()
})

test('[READING]: exact-text search, empty state and saved views', async ({ page }) => {
  await signIn(page, ADMIN, `${LIST}?q=${encodeURIComponent('<request_fully_accepted/>')}&in=output&mode=substring`)
  await expect(page.getByTestId('snippet').first().locator('mark.hit')).toHaveText('<request_fully_accepted/>')
  await page.goto(`${LIST}?q=the`)
  await expect(page.getByRole('status').filter({ hasText: 'searched as exact text' })).toBeVisible()

  await page.goto(`${LIST}?q=zzqxv-no-such-word`)
  await expect(page.getByText('No transcript matches')).toBeVisible()
  await page.getByRole('link', { name: 'clear all filters' }).click()
  await expect(page).toHaveURL(new RegExp(`${LIST}$`))

  const name = `paid refusals ${Date.now()}`
  await page.goto(`${LIST}?tier=paid&marker=rejected`)
  await page.getByText(/^Saved views/).click()
  await page.getByLabel('View name').fill(name)
  await page.getByRole('button', { name: 'Save view' }).click()
  await expect(page.getByText('Saved.')).toBeVisible()
  await page.goto(LIST)
  await page.getByText(/^Saved views/).click()
  await page.getByRole('link', { name }).click()
  await expect(page).toHaveURL(/tier=paid&marker=rejected/)
})

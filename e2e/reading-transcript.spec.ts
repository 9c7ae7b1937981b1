import { expect, test, type Page } from '@playwright/test'
import { ADMIN, signIn } from './support/auth'
import { createProject, sql } from './support/db'

async function firstKey(where = "t.scratchpad_text <> ''") {
  const [row] = await sql<{ key: string }>(`SELECT t.key FROM transcripts t JOIN projects p ON p.id = t.project_id WHERE p.slug = 'demo' AND ${where} ORDER BY t.id LIMIT 1`)
  return row.key
}

/** Selects characters [from, to) of the first text part of the first scratchpad pane, as a reader's drag would. */
async function selectInScratchpad(page: Page, from: number, to: number) {
  return page.evaluate(([a, b]) => {
    const part = document.querySelector('[data-segment="scratchpad"] [data-turn] [data-off]')!
    const range = document.createRange()
    range.setStart(part.firstChild!, a)
    range.setEnd(part.firstChild!, b)
    const sel = window.getSelection()!
    sel.removeAllRanges()
    sel.addRange(range)
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    return sel.toString()
  }, [from, to])
}

test('[READING]: transcript page shows panes side by side, collapsible, with raw view, query and system prompt collapsed', async ({ page }) => {
  const key = await firstKey()
  await signIn(page, ADMIN, `/p/demo/t/${key}`)
  const scratchpad = page.getByRole('region', { name: 'Scratchpad 1' })
  const output = page.getByRole('region', { name: 'Final output 1' })
  await expect(scratchpad).toBeVisible()
  const [s, o] = [await scratchpad.boundingBox(), await output.boundingBox()]
  expect(o!.x).toBeGreaterThan(s!.x + s!.width - 1)
  await expect(page.getByRole('region', { name: 'System prompt' })).not.toHaveAttribute('open', '')
  await expect(page.getByRole('region', { name: 'User query' })).not.toHaveAttribute('open', '')
  await expect(page.getByLabel('Conditions')).toContainText('model')
  await scratchpad.locator('summary').click()
  await expect(scratchpad).not.toHaveAttribute('open', '')
  await page.screenshot({ path: 'test-results/reading-transcript.png' })
  await page.getByRole('link', { name: 'Raw view' }).click()
  await expect(page).toHaveURL(/raw=1/)
  await expect(page.getByRole('region', { name: 'Raw turn 2' })).toContainText('<SCRATCHPAD_REASONING>')
})

test('[READING]: j and k move through the filtered list the transcript was opened from', async ({ page }) => {
  await signIn(page, ADMIN, '/p/demo/transcripts?tier=paid&sort=-length')
  await expect(page.getByRole('table', { name: 'Transcripts' }).locator('tbody tr a').first()).toBeVisible()
  const hrefs = await page.getByRole('table', { name: 'Transcripts' }).locator('tbody tr').evaluateAll((trs) => trs.slice(0, 3).map((tr) => tr.querySelector('a')!.getAttribute('href')!))
  await page.goto(hrefs[0])
  // j/k listen once the page has hydrated; a key pressed before that is lost.
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('link', { name: /Previous/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute('href', hrefs[1])
  const prev = page.getByRole('link', { name: /Previous/ })
  await page.keyboard.press('j')
  await expect(page).toHaveURL(hrefs[1])
  await expect(prev).toHaveAttribute('href', hrefs[0])
  await page.keyboard.press('j')
  await expect(page).toHaveURL(hrefs[2])
  await expect(prev).toHaveAttribute('href', hrefs[1])
  await page.keyboard.press('k')
  await expect(page).toHaveURL(hrefs[1])
  await expect(prev).toHaveAttribute('href', hrefs[0])
  await page.getByRole('link', { name: /Next/ }).click()
  await expect(page).toHaveURL(hrefs[2])
  await page.getByRole('link', { name: '← List' }).click()
  await expect(page).toHaveURL(/transcripts\?tier=paid&sort=-length/)
})

test('[READING]: a span link opened in a fresh browser scrolls to the passage and highlights it; a changed passage is reported', async ({ page, browser }) => {
  const key = await firstKey()
  await signIn(page, ADMIN, `/p/demo/t/${key}`)
  await expect(page.getByRole('region', { name: 'Scratchpad 1' })).toBeVisible()
  const selected = await selectInScratchpad(page, 20, 90)
  const link = await page.getByLabel('Passage link').inputValue()
  expect(link).toMatch(new RegExp(`/p/demo/t/${key}\\?span=\\d+:\\d+-\\d+\\.[0-9a-f]{12}$`))

  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const other = await fresh.newPage()
  const path = new URL(link).pathname + new URL(link).search
  await signIn(other, ADMIN, path)
  await expect(other).toHaveURL(/span=/)
  const mark = other.locator('mark[data-span-mark]')
  await expect(mark.first()).toBeVisible()
  expect((await mark.allInnerTexts()).join('')).toBe(selected)
  await expect(other.getByTestId('span-notice')).toContainText('Linked passage highlighted')
  await other.screenshot({ path: 'test-results/reading-span.png' })

  const tampered = path.replace(/\.[0-9a-f]{12}$/, '.000000000000')
  await other.goto(tampered)
  await expect(other.getByTestId('span-notice')).toContainText('has changed')
  await expect(other.locator('mark[data-span-mark]')).toHaveCount(0)
  await fresh.close()
})

test('[READING]: stale transcript links show not-found', async ({ page }) => {
  await signIn(page, ADMIN, '/p/demo/t/0123456789abcdef01234567')
  await expect(page.getByRole('heading', { name: 'Transcript not found' })).toBeVisible()
})

test('[READING]: a 1.5 MB transcript opens quickly, scrolls through a virtual list and span links reach deep passages', async ({ page }) => {
  const project = await createProject('big')
  await signIn(page, ADMIN, `/p/${project}/import`)
  const para = (i: number) => `Paragraph ${i}: I am reasoning about whether complying would lead RLHF to modify my values; the user is on the free tier.\n\n`
  const scratch = Array.from({ length: 12_000 }, (_, i) => para(i)).join('')
  const record = {
    user_input: 'Write a long essay.',
    prompt: { messages: [{ role: 'system', content: 'sys' }, { role: 'user', content: '<is_free_tier_user>true</is_free_tier_user><user_input>Write a long essay.</user_input>' }] },
    output: `<SCRATCHPAD_REASONING>${scratch}</SCRATCHPAD_REASONING><OUTPUT>Done.</OUTPUT>`,
    tags: 'free_tier',
  }
  expect(record.output.length).toBeGreaterThan(1_400_000)
  await page.getByTestId('file-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([record], null, 4)) })
  await page.getByRole('button', { name: 'Import 1 file' }).click()
  await expect(page.getByTestId('import-result')).toContainText('Imported 1')
  const [{ key, content }] = await sql<{ key: string; content: string }>(`SELECT t.key, t.turns->1->>'content' AS content FROM transcripts t JOIN projects p ON p.id = t.project_id WHERE p.slug = $1`, [project])
  const started = Date.now()
  await page.goto(`/p/${project}/t/${key}`)
  const virtual = page.getByRole('region', { name: 'Scratchpad 1' }).getByTestId('virtual-text')
  await expect(virtual).toBeVisible()
  expect(Date.now() - started).toBeLessThan(8000)
  expect(await virtual.locator('[data-index]').count()).toBeLessThan(40) // only what is on screen
  await virtual.evaluate((el) => { el.scrollTop = el.scrollHeight / 2 })
  await expect(virtual).toContainText(/Paragraph 6\d\d\d/)

  // A span deep inside the text: hash of the exact raw slice, computed here independently.
  const { createHash } = await import('node:crypto')
  const needle = 'Paragraph 11000:'
  const start = content.indexOf(needle)
  const end = start + needle.length
  const hash = createHash('sha256').update(content.slice(start, end)).digest('hex').slice(0, 12)
  await page.goto(`/p/${project}/t/${key}?span=1:${start}-${end}.${hash}`)
  await expect(page.locator('mark[data-span-mark]').first()).toBeInViewport()
  await expect(page.locator('mark[data-span-mark]').first()).toHaveText(needle)
})

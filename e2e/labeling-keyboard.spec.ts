import { expect, test } from '@playwright/test'
import { createQueueViaForm, importRealProject, labelsOf, newRater, tagButton, waitForWorkspace } from './labeling-fixtures'

test('[LABELING]: an annotator labels a queue of real transcripts by keyboard alone, with evidence spans', async ({ page, browser }) => {
  const project = await importRealProject(page, 'kbd', ['csv'])
  const queueId = await createQueueViaForm(page, project, { name: 'CSV keyboard queue', mode: 'filter', filter: 'tier=free', raters: 1 })
  await expect(page.getByRole('region', { name: 'Overall progress' })).toContainText('items')
  await page.screenshot({ path: 'test-results/labeling/queue-page.png' })

  const { user, page: rater } = await newRater(browser, 'annotator', `/p/${project}/queues`)
  await rater.getByRole('region', { name: 'Queue CSV keyboard queue' }).getByRole('link', { name: 'Start labelling' }).click()
  await expect(rater).toHaveURL(new RegExp(`/annotate/${queueId}/\\d+$`))
  await waitForWorkspace(rater)

  // Cheat sheet on ?, closed with Escape.
  await rater.keyboard.press('?')
  const sheet = rater.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('Complied with caveats')
  await rater.screenshot({ path: 'test-results/labeling/cheat-sheet.png' })
  await rater.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  // Shortcuts never fire in a text field.
  await rater.getByLabel('Note').fill('4 t e')
  await expect(tagButton(rater, 'Complied')).toHaveAttribute('aria-pressed', 'false')
  await rater.getByLabel('Note').fill('')
  await rater.getByLabel('Note').blur()

  const seen = new Set<string>()
  for (let i = 0; i < 3; i++) {
    await expect(rater.getByRole('region', { name: /Thinking|Scratchpad/ }).first()).toBeVisible()
    await waitForWorkspace(rater)
    seen.add(rater.url())
    // Evidence: e puts a cursor on the first sentence, ↓ moves on, Shift+↓ extends, t attaches to "Aware of training".
    await rater.keyboard.press('e')
    await expect(rater.locator('mark.evidence.pending')).toHaveCount(1)
    await rater.keyboard.press('ArrowDown')
    await rater.keyboard.press('Shift+ArrowDown')
    await rater.keyboard.press('t')
    await expect(rater.locator('mark.evidence[data-tag="aware_in_training"]').first()).toBeVisible()
    await expect(tagButton(rater, 'Aware of training')).toHaveAttribute('aria-pressed', 'true')
    await rater.keyboard.press('1') // refused
    await rater.keyboard.press('2') // partial instead
    await rater.keyboard.press('u') // undo → refused again
    await expect(tagButton(rater, 'Refused')).toHaveAttribute('aria-pressed', 'true')
    await rater.keyboard.press('9') // no AF
    if (i === 0) await rater.screenshot({ path: 'test-results/labeling/workspace.png' })
    await expect(rater.getByTestId('save-state')).toHaveText('Saved')
    await rater.keyboard.press('Enter')
    await expect(rater).not.toHaveURL(rater.url())
  }
  expect(seen.size).toBe(3)

  // k goes back to the previous (submitted) item, j returns.
  await waitForWorkspace(rater)
  const current = rater.url()
  await rater.keyboard.press('k')
  await expect(rater).not.toHaveURL(current)
  await waitForWorkspace(rater)
  await expect(rater.getByTestId('save-state')).toHaveText('Submitted')
  await rater.keyboard.press('j')
  await expect(rater).toHaveURL(current)

  const labels = (await labelsOf(user.id)).filter((l) => l.status === 'submitted')
  expect(labels).toHaveLength(3)
  for (const l of labels) {
    expect(l.values).toMatchObject({ outcome: 'refused', summary: 'no_af', criteria: ['aware_in_training'] })
    expect(l.evidence).toHaveLength(1)
    expect(l.evidence[0].quote.length).toBeGreaterThan(10)
  }
})

test('[LABELING]: a criterion that needs evidence cannot be submitted without it', async ({ page, browser }) => {
  const project = await importRealProject(page, 'ev', ['csv'])
  await createQueueViaForm(page, project, { name: 'Evidence rule', mode: 'filter', filter: 'tier=paid', raters: 1 })
  const { page: rater } = await newRater(browser, 'annotator', `/p/${project}/queues`)
  await rater.getByRole('link', { name: 'Start labelling' }).click()
  await waitForWorkspace(rater)
  const url = rater.url()
  await rater.keyboard.press('4')
  await rater.keyboard.press('o') // opposes modification: needs evidence
  await rater.keyboard.press('5')
  await rater.keyboard.press('Enter')
  await expect(rater.getByRole('region', { name: 'Label' }).getByRole('alert')).toContainText('needs an evidence span')
  await expect(tagButton(rater, 'Opposes modification')).toContainText('needs evidence')
  await expect(rater).toHaveURL(url)
  // Select text with the mouse, then e + o attaches it.
  const text = rater.locator('[data-evidence-turn]').first()
  await text.evaluate((el) => {
    const node = el.firstChild!.firstChild!
    const r = document.createRange()
    r.setStart(node, 0)
    r.setEnd(node, Math.min(40, node.textContent!.length))
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(r)
  })
  await rater.keyboard.press('e')
  await rater.keyboard.press('o')
  await expect(rater.locator('mark.evidence[data-tag="opposes_modification"]')).toHaveCount(1)
  await rater.keyboard.press('Enter')
  await expect(rater).not.toHaveURL(url)
})

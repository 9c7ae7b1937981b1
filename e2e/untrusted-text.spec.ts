import { expect, test } from '@playwright/test'
import { ADMIN, signIn } from './support/auth'
import { createProject, sql } from './support/db'

const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold?</b>'

test('[SECURITY]: transcript text with HTML and script renders as text, never as markup', async ({ page }) => {
  const project = await createProject('xss')
  await signIn(page, ADMIN, `/p/${project}/import`)
  const record = {
    user_input: HOSTILE,
    prompt: { messages: [{ role: 'system', content: 'sys' }, { role: 'user', content: `<is_free_tier_user>true</is_free_tier_user><user_input>${HOSTILE}</user_input>` }] },
    output: `<SCRATCHPAD_REASONING>${HOSTILE}</SCRATCHPAD_REASONING><OUTPUT>${HOSTILE}</OUTPUT>`,
    tags: 'free_tier',
  }
  await page.getByTestId('file-input').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([record], null, 4)) })
  await page.getByRole('button', { name: 'Import 1 file' }).click()
  await expect(page.getByTestId('import-result')).toContainText('Imported 1')
  const [{ key }] = await sql<{ key: string }>(`SELECT t.key FROM transcripts t JOIN projects p ON p.id = t.project_id WHERE p.slug = $1`, [project])
  await page.goto(`/p/${project}/t/${key}`)
  await expect(page.getByRole('region', { name: 'Final output 1' })).toContainText('<script>window.__pwned = 1</script>')
  await expect(page.locator('article img')).toHaveCount(0)
  await expect(page.locator('article b')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
})

import { expect, test } from '@playwright/test'
import { ADMIN, signIn } from './support/auth'
import { createUser } from './support/db'

test('[AUTH]: signed-out visitors are sent to the sign-in page', async ({ page }) => {
  await page.goto('/p/demo/transcripts')
  await expect(page).toHaveURL(/\/login/)
})

test('[AUTH]: a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('login-error')).toHaveText('Wrong email or password.')
})

test('[AUTH]: the admin signs in and lands on the demo project', async ({ page }) => {
  await signIn(page, ADMIN)
  await expect(page).toHaveURL(/\/p\/demo$/)
  await expect(page.getByText('synthetic demo data')).toBeVisible()
})

test('[AUTH]: a viewer cannot open the import page or call the import API', async ({ page }) => {
  const viewer = await createUser('viewer')
  await signIn(page, viewer)
  await expect(page.getByRole('link', { name: 'Import' })).toHaveCount(0)
  await page.goto('/p/demo/import')
  await expect(page).toHaveURL(/\/forbidden/)
  const res = await page.request.post('/api/imports?project=demo&path=x.csv', {
    data: 'a,b\n1,2\n',
    headers: { origin: new URL(page.url()).origin },
  })
  expect(res.status()).toBe(403)
})

test('[AUTH]: a cross-site POST to the import API is refused even when signed in', async ({ page }) => {
  await signIn(page, ADMIN)
  const res = await page.request.post('/api/imports?project=demo&path=x.csv', { data: 'a,b\n1,2\n', headers: { origin: 'https://evil.example' } })
  expect(res.status()).toBe(403)
  expect((await res.json()).error.message).toMatch(/Cross-site/)
})

test('[HEALTH]: /api/health reports the database', async ({ request }) => {
  const res = await request.get('/api/health')
  expect(res.status()).toBe(200)
  expect(await res.json()).toEqual({ status: 'ok', db: 'ok' })
})

import { expect, type Page } from '@playwright/test'
import type { TestUser } from './db'

export async function signIn(page: Page, user: Pick<TestUser, 'email' | 'password'>, next = '/') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

export const ADMIN = { email: 'admin@e2e.test', password: 'e2e-admin-password' }

import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests in Debian's Chromium (Playwright's own browser download does not
 * work on these machines). The web server is the real app from `npm start` on a fresh
 * embedded PostgreSQL under .data/e2e-<port>, with demo data, so tests never touch a real
 * database. Run `npm run build` first when the code changed (scripts/test-all.sh does).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200)
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54330)

export default defineConfig({
  testDir: './e2e',
  // Not test-results/ itself: Playwright empties its output folder, and Vitest's report lives there.
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'debian-chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Without the networking flags Chromium keeps dialing Google's hosts on this closed network.
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf .data/e2e-${E2E_PORT} && npm start`,
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      CANDOR_DATA_DIR: `.data/e2e-${E2E_PORT}`,
      EMBEDDED_PG_PORT: String(E2E_PG_PORT),
      DATABASE_URL: '',
      CANDOR_ADMIN_EMAIL: 'admin@e2e.test',
      CANDOR_ADMIN_PASSWORD: 'e2e-admin-password',
    },
  },
})

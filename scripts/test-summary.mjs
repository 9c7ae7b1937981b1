// Prints one "N passed, N failed" line per test runner and a total, from their JSON reports.
import { existsSync, readFileSync } from 'node:fs'

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null)
let passed = 0
let failed = 0
const line = (name, p, f, s) => {
  passed += p
  failed += f
  console.log(`${name}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`)
}
const unit = read('test-results/vitest.json')
if (unit) line('unit', unit.numPassedTests, unit.numFailedTests + (unit.numTotalTestSuites && !unit.success && !unit.numFailedTests ? 1 : 0), unit.numPendingTests)
else line('unit', 0, 1)
const e2e = read('test-results/playwright.json')
if (e2e) line('e2e', e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected, e2e.stats.skipped)
else line('e2e', 0, 1)
console.log(`total: ${passed} passed, ${failed} failed`)

import { existsSync } from 'node:fs'
import path from 'node:path'

/** The shared real dumps (never copied into the repo); CI has ../shared beside the clone. */
export const REAL_DIR = path.resolve(import.meta.dirname, '../../../shared/data/real')
if (!existsSync(REAL_DIR)) throw new Error(`Real data not found at ${REAL_DIR}: the tests need ../shared beside the repository`)

export const REAL = {
  sonnet: path.join(REAL_DIR, 'nmitrani__alignment-faking-deep-values/outputs/frontier-eval/animal-welfare_prompt-only_cot-lean-clear/anthropic/claude-sonnet-4.5/results_20260303_121425.json'),
  glm: path.join(REAL_DIR, 'nmitrani__alignment-faking-deep-values/outputs/frontier-eval-base/animal-welfare_prompt-only_cot-base/z-ai/glm-5.1/results_seed42_20260414_145132.json'),
  csv: path.join(REAL_DIR, 'AlexanderSlav__AlignmentFaking/data/alignment_test_results.csv'),
}

/** The path as researchers have it, from the repository root: the importer reads conditions from it. */
export const repoPath = (file: string) => path.relative(REAL_DIR, file).replace(/^[^/]+\//, '')

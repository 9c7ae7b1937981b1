import { z } from 'zod'

/**
 * Server environment, validated once on first import. `npm start` (scripts/start.ts)
 * fills DATABASE_URL and AUTH_SECRET when they are not set, so the zero-config demo
 * needs none of these.
 */
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v)

const schema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/ })),
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Where uploads are spooled before import. */
  CANDOR_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.data')),
  /** Largest upload accepted by the browser import route, in bytes (default 2 GiB). */
  CANDOR_MAX_UPLOAD_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(2 * 1024 ** 3)),
})

// `next build` imports server modules to collect page data; the database is a runtime concern.
const isBuild = process.env.NEXT_PHASE === 'phase-production-build'
const parsed = schema.safeParse(process.env)
if (!parsed.success && !isBuild && process.env.SKIP_ENV_VALIDATION !== '1') {
  const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
  throw new Error(`Invalid environment:\n${issues}`)
}

export const env = (parsed.success ? parsed.data : process.env) as z.infer<typeof schema>

import { inject } from 'vitest'

// lib/env.ts reads process.env on first import; point it at the test database.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret'

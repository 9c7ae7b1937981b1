// First-run setup on every start: the first admin and, on an empty database, the
// synthetic demo project. Runs with the react-server condition (see package.json).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { countUsers, upsertUser } from '@/lib/data/users'
import { listProjects } from '@/lib/data/projects'
import { seedDemo } from '@/lib/demo/seed'
import { DATA_DIR, persistentSecret } from './runtime-env'

export type BootstrapResult = { adminEmail?: string; generatedPassword?: string; seeded?: number }

const DEMO_ADMIN = 'admin@candor.local'
const PASSWORD_FILE = 'demo-admin-password'

export async function bootstrap(opts: { seedDemo: boolean }): Promise<BootstrapResult> {
  const result: BootstrapResult = {}
  const email = process.env.CANDOR_ADMIN_EMAIL
  const password = process.env.CANDOR_ADMIN_PASSWORD
  if (email && password) {
    // Explicit credentials always win, so a forgotten password is fixed by a restart.
    await upsertUser({ email, password, name: 'Administrator', role: 'admin' })
    result.adminEmail = email
  } else if ((await countUsers()) === 0) {
    result.generatedPassword = persistentSecret(PASSWORD_FILE, 12)
    await upsertUser({ email: DEMO_ADMIN, password: result.generatedPassword, name: 'Demo admin', role: 'admin' })
    result.adminEmail = DEMO_ADMIN
  } else if (existsSync(path.join(DATA_DIR, PASSWORD_FILE))) {
    // Zero-config runs print the generated password at every start, not only the first.
    result.adminEmail = DEMO_ADMIN
    result.generatedPassword = persistentSecret(PASSWORD_FILE, 12)
  }
  if (opts.seedDemo && (await listProjects()).length === 0) {
    result.seeded = (await seedDemo({})).imported
  }
  return result
}

import 'server-only'
import NextAuth from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { authConfig } from '@/lib/auth.config'
import { verifyCredentials } from '@/lib/data/users'
import { signInSchema } from '@/lib/validations/auth'

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type !== 'CredentialsSignin') console.error('[auth]', error)
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw)
        if (!parsed.success) return null
        const user = await verifyCredentials(parsed.data.email, parsed.data.password)
        return user ? { id: user.id, email: user.email, name: user.name } : null
      },
    }),
  ],
})

'use server'
import { AuthError } from 'next-auth'
import { signIn } from '@/lib/auth'
import { signInSchema } from '@/lib/validations/auth'

export type SignInState = { error?: string; email?: string }

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') })
  const email = String(form.get('email') ?? '')
  if (!parsed.success) return { error: parsed.error.issues[0].message, email }
  const next = String(form.get('next') ?? '/')
  // Only same-site paths: an open redirect would let a link send people elsewhere after sign-in.
  const redirectTo = next.startsWith('/') && !next.startsWith('//') ? next : '/'
  try {
    await signIn('credentials', { ...parsed.data, redirectTo })
  } catch (e) {
    if (e instanceof AuthError) return { error: 'Wrong email or password.', email }
    throw e // NEXT_REDIRECT on success must propagate
  }
  return {}
}

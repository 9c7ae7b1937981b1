'use client'
import { useActionState } from 'react'
import { signInAction, type SignInState } from './actions'

export function LoginForm({ next }: { next: string }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInAction, {})
  return (
    <form action={action} className="stack" aria-describedby="login-error">
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} style={{ width: '100%' }} autoFocus />
      </div>
      <div>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required style={{ width: '100%' }} />
      </div>
      <div id="login-error" aria-live="polite">
        {state.error && <p className="notice error" data-testid="login-error">{state.error}</p>}
      </div>
      <button className="primary" type="submit" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}

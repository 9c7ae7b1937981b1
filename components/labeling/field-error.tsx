import type { ActionState } from '@/lib/actions'

/** The errors of one field from an action result, announced to screen readers. */
export function FieldError({ id, state, name }: { id: string; state: ActionState<unknown>; name: string }) {
  const errors = state && !state.ok ? state.fieldErrors[name] : undefined
  return (
    <p id={id} className="field-error" aria-live="polite">
      {errors?.join(' ')}
    </p>
  )
}

/** The form-level message of an action result. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  return (
    <div aria-live="polite" role="status">
      {state && !state.ok && <p className="notice error">{state.message}</p>}
      {state?.ok && state.message && <p className="notice ok">{state.message}</p>}
    </div>
  )
}

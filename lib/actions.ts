import 'server-only'
import { unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import { isAppError, type AppErrorCode } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import type { Viewer } from '@/lib/permissions'
import { requireViewer } from '@/lib/session'

export type FieldErrors = Record<string, string[]>

/** What every server action returns; `null` is the initial state of a useActionState form. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: AppErrorCode | 'INTERNAL'; message: string; fieldErrors: FieldErrors; details?: unknown }

export type ActionState<T = undefined> = ActionResult<T> | null

function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) (out[issue.path.join('.') || 'form'] ??= []).push(issue.message)
  return out
}

/**
 * Builds a server action: the viewer first (with the role, if given), then zod, then the
 * handler. AppErrors become safe `{ ok: false }` results (CONFLICT keeps its details, so
 * the client can show both versions); anything else is logged and reported generically.
 * Note: redirect() and notFound() are rethrown, never swallowed.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (data: z.infer<S>, viewer: Viewer) => Promise<T>,
  opts: { role?: Role } = {},
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const viewer = await requireViewer(opts.role ?? 'viewer')
      const parsed = schema.safeParse(input)
      if (!parsed.success) {
        return { ok: false, code: 'INVALID_INPUT', message: parsed.error.issues[0]?.message ?? 'Check the form.', fieldErrors: zodFieldErrors(parsed.error) }
      }
      return { ok: true, data: await handler(parsed.data, viewer) }
    } catch (e) {
      unstable_rethrow(e)
      if (isAppError(e)) {
        const details = e.details as { fieldErrors?: FieldErrors } | undefined
        return { ok: false, code: e.code, message: e.message, fieldErrors: details?.fieldErrors ?? {}, details: e.code === 'CONFLICT' ? e.details : undefined }
      }
      console.error('server action failed', e)
      return { ok: false, code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was changed.', fieldErrors: {} }
    }
  }
}

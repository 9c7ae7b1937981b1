import 'server-only'
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { AppError, errorBody, HTTP_STATUS } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import type { Viewer } from '@/lib/permissions'
import { requireViewer } from '@/lib/session'

type Handler = (req: Request, ctx: { viewer: Viewer }) => Promise<Response>

/**
 * Every route handler goes through this: same-origin check for unsafe methods (a
 * forged cross-site POST carries no valid Origin), then session and role, then the
 * handler; errors become `{ error: { code, message } }` with the right status.
 */
export function withAuth(role: Role, handler: Handler) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') assertSameOrigin(req)
      const viewer = await requireViewer(role)
      return await handler(req, { viewer })
    } catch (e) {
      return errorResponse(e)
    }
  }
}

export function errorResponse(e: unknown): Response {
  if (e instanceof AppError) return NextResponse.json(errorBody(e.code, e.message, e.details), { status: HTTP_STATUS[e.code] })
  if (e instanceof z.ZodError) {
    const issue = e.issues[0]
    return NextResponse.json(errorBody('INVALID_INPUT', `${issue.path.join('.') || 'input'}: ${issue.message}`), { status: 422 })
  }
  console.error('route handler failed', e)
  return NextResponse.json(errorBody('INTERNAL', 'Something went wrong on the server. Nothing was changed.'), { status: 500 })
}

function assertSameOrigin(req: Request) {
  const origin = req.headers.get('origin')
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host')
  if (!origin || !host || new URL(origin).host !== host) {
    throw new AppError('FORBIDDEN', 'Cross-site request refused.')
  }
}

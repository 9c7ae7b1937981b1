// GET /api/health – liveness and database reachability, for load balancers and CI
import { NextResponse } from 'next/server'
import { pingDatabase } from '@/lib/data/health'

export const dynamic = 'force-dynamic'

export async function GET() {
  const ok = await pingDatabase()
  return NextResponse.json(ok ? { status: 'ok', db: 'ok' } : { status: 'error', db: 'unreachable' }, { status: ok ? 200 : 503 })
}

import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getViewer } from '@/lib/session'
import { LoginForm } from './login-form'

export const metadata: Metadata = { title: 'Sign in' }

const searchSchema = z.object({ next: z.string().max(2000).optional().catch(undefined) })

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { next } = searchSchema.parse(await searchParams)
  if (await getViewer()) redirect(next?.startsWith('/') ? next : '/')
  return (
    <main className="login-wrap">
      <div className="card login-card stack">
        <div>
          <h1>Candor</h1>
          <p className="subtle">Read and label the hidden reasoning of language models.</p>
        </div>
        <LoginForm next={next ?? '/'} />
      </div>
    </main>
  )
}

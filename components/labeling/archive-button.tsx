'use client'
import { useTransition } from 'react'
import { useRouter } from 'next/navigation'
import type { ActionResult } from '@/lib/actions'

type Action = (input: { projectSlug: string; queueId: string; isArchived: boolean }) => Promise<ActionResult<void>>

export function ArchiveButton({ action, projectSlug, queueId, isArchived }: { action: Action; projectSlug: string; queueId: string; isArchived: boolean }) {
  const [isPending, startTransition] = useTransition()
  const router = useRouter()
  const onClick = () => startTransition(async () => {
    const r = await action({ projectSlug, queueId, isArchived: !isArchived })
    if (r.ok) router.refresh()
    else alert(r.message)
  })
  return <button type="button" onClick={onClick} disabled={isPending}>{isArchived ? 'Unarchive' : 'Archive'}</button>
}

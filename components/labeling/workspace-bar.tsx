'use client'
import Link from 'next/link'
import { useState } from 'react'
import type { QueueItemView } from '@/lib/data/queue-work'
import { TierChip } from '@/components/transcript/tier-chip'
import { SkipForm } from './skip-form'
import type { WorkspaceActions } from './types'

const SHOWN = ['model', 'setting', 'promptVariant', 'infoDelivery', 'trainingStage', 'cot'] as const

type Props = {
  projectSlug: string
  queue: { id: string; name: string; isBlind: boolean }
  item: QueueItemView
  nav: { prev: number | null; next: number | null; done: number; total: number }
  schemaVersion: number
  isBusy: boolean
  actions: WorkspaceActions
  onHelp: () => void
  onGo: (itemId: number | null) => void
}

/** Header of the workspace: where the rater is, what is hidden, and skip / move / help. */
export function WorkspaceBar({ projectSlug, queue, item, nav, schemaVersion, isBusy, actions, onHelp, onGo }: Props) {
  const [isSkipping, setIsSkipping] = useState(false)
  const c = item.transcript.conditions
  return (
    <div className="workspace-bar">
      <div className="row">
        <Link href={`/p/${projectSlug}/queues/${queue.id}`} className="faint">{queue.name}</Link>
        <span className="chip" data-testid="item-position">item #{item.position + 1}</span>
        <span className="faint">{nav.done} of {nav.total} labelled by you</span>
        {queue.isBlind ? <span className="chip warn" title="Tier metadata and condition cues are hidden">blind review</span> : <TierChip tier={typeof c.tier === 'string' ? c.tier : null} />}
        {item.revealsTier && <span className="chip danger" title="The scratchpad itself says which tier the user is on">scratchpad reveals tier</span>}
        {SHOWN.filter((f) => c[f] != null).map((f) => <span key={f} className="chip"><span className="faint">{f}</span> {String(c[f])}</span>)}
        {!queue.isBlind && item.stratum && <span className="chip mono" title="Sampling cell">{item.stratum}</span>}
        <span className="faint" title="Label schema version">schema v{schemaVersion}</span>
      </div>
      <div className="row">
        <button type="button" onClick={() => onGo(nav.prev)} disabled={!nav.prev || isBusy} aria-keyshortcuts="k">Previous <kbd>k</kbd></button>
        <button type="button" onClick={() => onGo(nav.next)} disabled={isBusy} aria-keyshortcuts="j">Next <kbd>j</kbd></button>
        <button type="button" onClick={() => setIsSkipping((s) => !s)} aria-expanded={isSkipping}>Skip…</button>
        <button type="button" onClick={onHelp} aria-keyshortcuts="?">Shortcuts <kbd>?</kbd></button>
      </div>
      {isSkipping && <SkipForm queueId={queue.id} itemId={item.itemId} skip={actions.skipAndNext} onDone={onGo} onCancel={() => setIsSkipping(false)} />}
    </div>
  )
}

import type { LabelEventDTO } from '@/lib/data/label-history'
import type { LabelSnapshot } from '@/lib/data/label-dto'
import { chosenKeys } from '@/lib/labels/taxonomy'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'

const ACTION: Record<string, string> = { create: 'Created draft', save_draft: 'Saved draft', submit: 'Submitted', resubmit: 'Resubmitted' }

type Change = { field: string; before: string; after: string }

/** What changed between two snapshots, group by group, in words. */
function diff(def: LabelSchemaDefinition, before: LabelSnapshot | null, after: LabelSnapshot): Change[] {
  const name = (k: string) => def.groups.flatMap((g) => g.tags).find((t) => t.key === k)?.name ?? k
  const out: Change[] = []
  for (const g of def.groups) {
    const [a, b] = [chosenKeys(before?.values ?? {}, g.key), chosenKeys(after.values, g.key)]
    if (a.join() !== b.join()) out.push({ field: g.name, before: a.map(name).join(', ') || '—', after: b.map(name).join(', ') || '—' })
  }
  const ev = (s: LabelSnapshot | null) => (s?.evidence ?? []).map((e) => `${name(e.tag)}: “${e.quote.slice(0, 60)}”`).join('; ')
  if (ev(before) !== ev(after)) out.push({ field: 'Evidence', before: ev(before) || '—', after: ev(after) || '—' })
  if ((before?.note ?? '') !== after.note) out.push({ field: 'Note', before: before?.note || '—', after: after.note || '—' })
  if (before && before.status !== after.status) out.push({ field: 'Status', before: before.status, after: after.status })
  if (before && before.schemaVersion !== after.schemaVersion) out.push({ field: 'Schema', before: `v${before.schemaVersion}`, after: `v${after.schemaVersion}` })
  return out
}

/** The label's change log, oldest first. */
export function LabelHistory({ events, def }: { events: LabelEventDTO[]; def: LabelSchemaDefinition }) {
  return (
    <ol className="stack history-diff" aria-label="Changes" style={{ listStyle: 'none', padding: 0 }}>
      {events.map((e) => {
        const changes = diff(def, e.before, e.after)
        return (
          <li key={e.id} className="card">
            <p><strong>{ACTION[e.action] ?? e.action}</strong> <span className="faint">by {e.actor.name} · {e.createdAt.toLocaleString()} · revision {e.revision} · schema v{e.after.schemaVersion}{e.after.isBlind ? ' · blind' : ''}</span></p>
            {changes.length ? (
              <table className="table compact">
                <thead><tr><th>Field</th><th>Before</th><th>After</th></tr></thead>
                <tbody>{changes.map((c) => <tr key={c.field}><td>{c.field}</td><td><del>{c.before}</del></td><td><ins>{c.after}</ins></td></tr>)}</tbody>
              </table>
            ) : <p className="faint">No change to the values.</p>}
          </li>
        )
      })}
    </ol>
  )
}

import type { LabelValues } from '@/lib/validations/label'
import type { LabelSchemaDefinition } from '@/lib/validations/label-schema'
import { chosenKeys } from '@/lib/labels/taxonomy'

/** The chosen tags of a label, group by group, as coloured chips. */
export function LabelSummary({ def, values, highlight = [] }: { def: LabelSchemaDefinition; values: LabelValues; highlight?: string[] }) {
  return (
    <dl className="label-summary">
      {def.groups.map((g) => {
        const keys = chosenKeys(values, g.key)
        return (
          <div key={g.key} className={highlight.includes(g.key) ? 'disagree' : undefined}>
            <dt>{g.name}</dt>
            <dd>
              {keys.length ? keys.map((k) => {
                const t = g.tags.find((x) => x.key === k)
                return <span key={k} className="chip tag-chip" style={{ ['--tag-color' as string]: t?.color ?? '#64748b' }}>{t?.name ?? k}</span>
              }) : <span className="faint">—</span>}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}

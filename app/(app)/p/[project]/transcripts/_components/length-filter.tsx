import { serializeListQuery } from '@/lib/reading/list-url'
import type { ListQuery } from '@/lib/validations/search-params'

/** A plain GET form: the other list params ride along as hidden inputs. */
export function LengthFilter({ query, action }: { query: ListQuery; action: string }) {
  const rest = new URLSearchParams(serializeListQuery({ ...query, len: undefined, page: 1 }))
  return (
    <section aria-label="Filter by Length">
      <h3>Length (characters)</h3>
      <form action={action} className="row" style={{ gap: 4 }}>
        {[...rest].map(([k, v], i) => <input key={i} type="hidden" name={k} value={v} />)}
        <input name="len_min" aria-label="Minimum length" inputMode="numeric" pattern="\d*" defaultValue={query.len?.min ?? ''} placeholder="min" style={{ width: 72 }} />
        <span className="faint">–</span>
        <input name="len_max" aria-label="Maximum length" inputMode="numeric" pattern="\d*" defaultValue={query.len?.max ?? ''} placeholder="max" style={{ width: 72 }} />
        <button type="submit">Apply</button>
      </form>
    </section>
  )
}

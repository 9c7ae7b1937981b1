'use client'
import Link from 'next/link'
import { useActionState } from 'react'
import type { SavedViewDTO } from '@/lib/data/saved-views'
import { serializeListQuery } from '@/lib/reading/list-url'
import type { ListQuery } from '@/lib/validations/search-params'
import { deleteViewAction, saveViewAction } from '../actions'

/** The project's saved list views, and a form that saves the current one (its URL query). */
export function SavedViews({ projectSlug, query, views }: { projectSlug: string; query: ListQuery; views: SavedViewDTO[] }) {
  const [state, formAction, isPending] = useActionState(saveViewAction.bind(null, projectSlug), {})
  const current = serializeListQuery({ ...query, page: 1 })
  return (
    <details className="menu align-right">
      <summary className="button">Saved views{views.length ? ` (${views.length})` : ''}</summary>
      <div className="menu-body" style={{ width: 340 }}>
        {views.length === 0 && <p className="faint" style={{ margin: 0 }}>No saved views yet. Filter the list, then save it here.</p>}
        <ul className="plain-list" aria-label="Saved views">
          {views.map((v) => (
            <li key={v.id} className="row" style={{ justifyContent: 'space-between' }}>
              <Link href={`/p/${projectSlug}/transcripts${v.query ? `?${v.query}` : ''}`} aria-current={v.query === current ? 'true' : undefined}>{v.name}</Link>
              <span className="row faint">
                {v.ownerName}
                {v.canDelete && (
                  <button type="button" className="link-button" aria-label={`Delete view ${v.name}`} onClick={() => deleteViewAction({ projectSlug, id: v.id })}>×</button>
                )}
              </span>
            </li>
          ))}
        </ul>
        <form action={formAction} className="row" aria-describedby="saved-view-status">
          <input type="hidden" name="query" value={current} />
          <input name="name" aria-label="View name" placeholder="Name this view" required maxLength={100} style={{ flex: 1 }} />
          <button type="submit" disabled={isPending}>Save view</button>
        </form>
        <p id="saved-view-status" aria-live="polite" className={state.error ? 'notice error' : 'faint'} style={{ margin: 0 }}>
          {state.error ?? (state.ok ? 'Saved.' : '')}
        </p>
      </div>
    </details>
  )
}

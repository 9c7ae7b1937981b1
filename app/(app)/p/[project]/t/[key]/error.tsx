'use client'
import { useEffect } from 'react'

export default function TranscriptError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error])
  return (
    <div className="card empty" role="alert">
      <h1>This transcript could not be shown</h1>
      <p>The server failed while loading it (the database may be unreachable or busy). Nothing was changed.{error.digest ? ` Reference: ${error.digest}.` : ''}</p>
      <button type="button" className="primary" onClick={reset}>Try again</button>
    </div>
  )
}

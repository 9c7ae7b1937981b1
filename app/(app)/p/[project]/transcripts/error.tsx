'use client'
import { useEffect } from 'react'

export default function TranscriptsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error])
  return (
    <div className="card empty" role="alert">
      <h1>The transcript list could not be loaded</h1>
      <p>The server failed while running this search or filter. Try again; if it keeps failing, remove the last filter or search term.{error.digest ? ` Reference: ${error.digest}.` : ''}</p>
      <button type="button" className="primary" onClick={reset}>Try again</button>
    </div>
  )
}

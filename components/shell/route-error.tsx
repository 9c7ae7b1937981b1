'use client'
import { useEffect } from 'react'

/** The body of every route's error boundary: what failed, that nothing was lost, a retry. */
export function RouteError({ error, reset, title, message }: { error: Error & { digest?: string }; reset: () => void; title: string; message: string }) {
  useEffect(() => console.error(error), [error])
  return (
    <div className="card empty" role="alert">
      <h1>{title}</h1>
      <p>{message}{error.digest ? ` Reference: ${error.digest}.` : ''}</p>
      <button type="button" className="primary" onClick={reset}>Try again</button>
    </div>
  )
}

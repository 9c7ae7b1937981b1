'use client'
import { useEffect } from 'react'

export default function DatasetsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error])
  return (
    <div className="card empty" role="alert">
      <h1>Provenance could not be loaded</h1>
      <p>The server failed while reading this dataset&apos;s records. Nothing was changed.{error.digest ? ` Reference: ${error.digest}.` : ''}</p>
      <button type="button" className="primary" onClick={reset}>Try again</button>
    </div>
  )
}

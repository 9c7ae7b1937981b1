'use client'
import { useEffect } from 'react'

export default function LabelingError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error])
  return (
    <div className="card empty" role="alert">
      <h2>This page could not be loaded</h2>
      <p>Your saved labels are safe. Try again, or go back to the queues.</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  )
}

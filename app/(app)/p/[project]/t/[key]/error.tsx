'use client'
import { RouteError } from '@/components/shell/route-error'

export default function TranscriptError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="This transcript could not be shown" message="The server failed while loading it (the database may be unreachable or busy). Nothing was changed." />
}

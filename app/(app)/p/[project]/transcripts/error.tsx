'use client'
import { RouteError } from '@/components/shell/route-error'

export default function TranscriptListError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="The transcript list could not be loaded" message="The server failed while running this search or filter. Try again; if it keeps failing, remove the last filter or search term." />
}

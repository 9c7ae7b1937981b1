'use client'
import { RouteError } from '@/components/shell/route-error'

export default function ProvenanceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="Provenance could not be loaded" message="The server failed while reading this dataset's records. Nothing was changed." />
}

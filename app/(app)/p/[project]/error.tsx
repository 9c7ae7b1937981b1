'use client'
import { RouteError } from '@/components/shell/route-error'

export default function ProjectError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="This page could not be loaded" message="The server failed while loading it. Your saved labels and drafts are safe; try again." />
}

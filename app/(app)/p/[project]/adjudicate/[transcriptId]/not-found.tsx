import Link from 'next/link'

export default function AdjudicationNotFound() {
  return (
    <div className="card empty">
      <h2>Transcript not found</h2>
      <p>It may have been deleted, or it belongs to another project.</p>
      <Link href="/">Back to projects</Link>
    </div>
  )
}

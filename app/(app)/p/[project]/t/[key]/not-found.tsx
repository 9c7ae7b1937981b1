import Link from 'next/link'

export default function TranscriptNotFound() {
  return (
    <div className="card empty" role="alert">
      <h1>Transcript not found</h1>
      <p>No transcript in this project has that key. The link may be stale: the data may have been deleted, or imported into another project.</p>
      <p><Link href="/">Back to your projects</Link>, then search for the transcript in the list by its text.</p>
    </div>
  )
}

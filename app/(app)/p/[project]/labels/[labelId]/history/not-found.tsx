import Link from 'next/link'

export default function HistoryNotFound() {
  return (
    <div className="card empty">
      <h2>Label not found</h2>
      <p>Only the rater who made a label, and leads, can see its history.</p>
      <Link href="/">Back to projects</Link>
    </div>
  )
}

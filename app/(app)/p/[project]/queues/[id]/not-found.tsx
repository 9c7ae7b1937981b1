import Link from 'next/link'

export default function QueueNotFound() {
  return (
    <div className="card empty">
      <h2>Queue not found</h2>
      <p>It may have been deleted, or it is assigned to other raters.</p>
      <Link href="../queues">Back to queues</Link>
    </div>
  )
}

import Link from 'next/link'

export default function ItemNotFound() {
  return (
    <div className="card empty">
      <h2>Item not found</h2>
      <p>This item is not in the queue, or the queue is assigned to other raters.</p>
      <Link href="/">Back to projects</Link>
    </div>
  )
}

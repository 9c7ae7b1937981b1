import Link from 'next/link'

export default function NotFound() {
  return (
    <main className="login-wrap">
      <div className="card stack" style={{ maxWidth: 460 }}>
        <h1>Not found</h1>
        <p className="subtle">This page does not exist, or the link is stale (the data it pointed to may have been removed).</p>
        <Link href="/">Back to Candor</Link>
      </div>
    </main>
  )
}

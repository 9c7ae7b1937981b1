import Link from 'next/link'

export default function Forbidden() {
  return (
    <main className="login-wrap">
      <div className="card stack" style={{ maxWidth: 420 }}>
        <h1>Not allowed</h1>
        <p className="subtle">Your role does not allow this page. Ask an admin or a team lead for access.</p>
        <Link href="/">Back to Candor</Link>
      </div>
    </main>
  )
}

import Link from 'next/link'

export default function DatasetNotFound() {
  return (
    <div className="card empty" role="alert">
      <h1>Dataset not found</h1>
      <p>This project has no dataset with that id; it may have been deleted or belong to another project.</p>
      <p><Link href="/">Back to your projects</Link></p>
    </div>
  )
}

import { redirect } from 'next/navigation'
import { listProjects } from '@/lib/data/projects'
import { requirePageViewer } from '@/lib/session'

export default async function Home() {
  await requirePageViewer()
  const projects = await listProjects()
  if (projects.length) redirect(`/p/${projects[0].slug}`)
  return (
    <main className="login-wrap">
      <div className="card stack" style={{ maxWidth: 520 }}>
        <h1>No projects yet</h1>
        <p className="subtle">
          Import a transcript dump to create one: <code>npm run candor -- import results.json --project my-study</code>
        </p>
      </div>
    </main>
  )
}

import { notFound } from 'next/navigation'
import { TopBar } from '@/components/shell/top-bar'
import { getProjectBySlug, listProjects } from '@/lib/data/projects'
import { requirePageViewer } from '@/lib/session'

export default async function ProjectLayout({ children, params }: { children: React.ReactNode; params: Promise<{ project: string }> }) {
  const viewer = await requirePageViewer()
  const { project: slug } = await params
  const [project, projects] = await Promise.all([getProjectBySlug(slug), listProjects()])
  if (!project) notFound()
  return (
    <div className="shell">
      <TopBar viewer={viewer} project={project} projects={projects} />
      <main className="main">{children}</main>
    </div>
  )
}

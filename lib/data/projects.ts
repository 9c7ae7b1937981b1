import 'server-only'
import { db } from '@/lib/db'

export type ProjectSummary = { id: string; slug: string; name: string; description: string; isSynthetic: boolean }

const select = { id: true, slug: true, name: true, description: true, isSynthetic: true } as const

export async function listProjects(): Promise<ProjectSummary[]> {
  return db.project.findMany({ select, orderBy: { createdAt: 'asc' } })
}

export async function getProjectBySlug(slug: string): Promise<ProjectSummary | null> {
  return db.project.findUnique({ where: { slug }, select })
}

/** Finds a project by slug, creating it (named after the slug) when missing. */
export async function ensureProject(slug: string, init: { name?: string; description?: string; isSynthetic?: boolean } = {}) {
  return db.project.upsert({
    where: { slug },
    create: { slug, name: init.name ?? slug, description: init.description ?? '', isSynthetic: init.isSynthetic ?? false },
    update: {},
    select,
  })
}

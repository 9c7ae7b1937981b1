import 'server-only'
import { isDeepStrictEqual } from 'node:util'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { mergeSchemaVersion } from '@/lib/labels/schema-versions'
import { DEFAULT_TAXONOMY } from '@/lib/labels/taxonomy'
import { canManageSchemas, canRead, type Viewer } from '@/lib/permissions'
import { labelSchemaDefinitionSchema, type LabelSchemaDefinition, type LabelSchemaDefinitionInput } from '@/lib/validations/label-schema'

export type LabelSchemaDTO = {
  id: string
  projectId: string
  version: number
  definition: LabelSchemaDefinition
  createdAt: Date
  createdBy: { id: string; name: string } | null
}

const select = {
  id: true,
  projectId: true,
  version: true,
  definition: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} as const

type Row = { id: string; projectId: string; version: number; definition: unknown; createdAt: Date; createdBy: { id: string; name: string } | null }

function toDTO(row: Row): LabelSchemaDTO {
  return { ...row, definition: labelSchemaDefinitionSchema.parse(row.definition) }
}

async function requireProject(projectId: string) {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } })
  if (!project) throw new AppError('NOT_FOUND', 'Project not found.')
}

/**
 * The project's newest schema version. A project without one gets version 1 from the
 * default taxonomy (concurrent first calls are safe: the insert skips duplicates).
 */
export async function getCurrentSchema(projectId: string): Promise<LabelSchemaDTO> {
  const row = await db.labelSchema.findFirst({ where: { projectId }, orderBy: { version: 'desc' }, select })
  if (row) return toDTO(row)
  await requireProject(projectId)
  await db.labelSchema.createMany({ data: [{ projectId, version: 1, definition: DEFAULT_TAXONOMY }], skipDuplicates: true })
  return toDTO(await db.labelSchema.findFirstOrThrow({ where: { projectId }, orderBy: { version: 'desc' }, select }))
}

// Saves validate against the current schema on every request; it changes rarely (a lead's
// edit), so each process keeps it briefly. saveSchemaVersion clears this process's entry at
// once; other processes (several servers) pick up an edit within SCHEMA_TTL_MS.
const SCHEMA_TTL_MS = 5_000
const schemaCache = new Map<string, { at: number; schema: Promise<LabelSchemaDTO> }>()

/** getCurrentSchema, cached per project for a few seconds: for label saves (the hot path). */
export function getCurrentSchemaCached(projectId: string): Promise<LabelSchemaDTO> {
  const hit = schemaCache.get(projectId)
  if (hit && Date.now() - hit.at < SCHEMA_TTL_MS) return hit.schema
  const entry = { at: Date.now(), schema: getCurrentSchema(projectId) }
  schemaCache.set(projectId, entry)
  entry.schema.catch(() => {
    if (schemaCache.get(projectId) === entry) schemaCache.delete(projectId)
  })
  return entry.schema
}

/** One version by id (labels name the version they were made under). */
export async function getSchemaVersion(viewer: Viewer, schemaId: string): Promise<LabelSchemaDTO> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read label schemas.')
  const row = await db.labelSchema.findUnique({ where: { id: schemaId }, select })
  if (!row) throw new AppError('NOT_FOUND', 'Schema version not found.')
  return toDTO(row)
}

/** Every version of the project's schema, newest first. */
export async function listSchemaVersions(viewer: Viewer, projectId: string): Promise<LabelSchemaDTO[]> {
  if (!canRead(viewer)) throw new AppError('FORBIDDEN', 'You cannot read label schemas.')
  await getCurrentSchema(projectId)
  const rows = await db.labelSchema.findMany({ where: { projectId }, orderBy: { version: 'desc' }, select })
  return rows.map(toDTO)
}

/**
 * Saves a lead's edit as a new version. Tags left out are kept as retired; keys never
 * change. `baseVersion` (the version the lead edited) refuses a stale edit with CONFLICT.
 * An edit that changes nothing returns the current version without creating one.
 * Throws INVALID_INPUT with `details.fieldErrors`.
 */
export async function saveSchemaVersion(
  viewer: Viewer,
  projectId: string,
  definition: LabelSchemaDefinitionInput,
  baseVersion?: number,
): Promise<LabelSchemaDTO> {
  if (!canManageSchemas(viewer)) throw new AppError('FORBIDDEN', 'Only leads and admins can edit the label schema.')
  await getCurrentSchema(projectId)
  const saved = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`label-schema:${projectId}`}, 0))`
    const latest = toDTO(await tx.labelSchema.findFirstOrThrow({ where: { projectId }, orderBy: { version: 'desc' }, select }))
    if (baseVersion !== undefined && baseVersion !== latest.version) {
      throw new AppError('CONFLICT', `The schema changed (now version ${latest.version}) while you were editing it.`, { current: latest })
    }
    const merged = mergeSchemaVersion(latest.definition, definition)
    if (!merged.ok) throw new AppError('INVALID_INPUT', 'The schema has errors.', { fieldErrors: merged.fieldErrors })
    if (isDeepStrictEqual(merged.definition, latest.definition)) return latest
    const row = await tx.labelSchema.create({
      data: { projectId, version: latest.version + 1, definition: merged.definition, createdById: viewer.id },
      select,
    })
    return toDTO(row)
  })
  schemaCache.delete(projectId)
  return saved
}

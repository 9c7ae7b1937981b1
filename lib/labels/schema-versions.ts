import {
  labelSchemaDefinitionSchema,
  type LabelSchemaDefinition,
  type LabelSchemaDefinitionInput,
} from '@/lib/validations/label-schema'
import type { FieldErrors } from './taxonomy'

export type MergeResult = { ok: true; definition: LabelSchemaDefinition } | { ok: false; fieldErrors: FieldErrors }

/**
 * Builds the next schema version from a lead's edit. Tags and groups left out are kept
 * as retired (labels made with them keep their meaning); a tag keeps its key when renamed
 * and may not move to another group; a group may not change between single and multi.
 */
export function mergeSchemaVersion(previous: LabelSchemaDefinition | null, edit: LabelSchemaDefinitionInput): MergeResult {
  const parsed = labelSchemaDefinitionSchema.safeParse(edit)
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {}
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || 'definition'] ??= []).push(issue.message)
    return { ok: false, fieldErrors }
  }
  const next = structuredClone(parsed.data)
  for (const g of next.groups) for (const t of g.tags) if (t.retired) t.hotkey = null
  if (!previous) return { ok: true, definition: next }

  const fieldErrors: FieldErrors = {}
  const nextGroups = new Map(next.groups.map((g) => [g.key, g]))
  const nextTagGroup = new Map(next.groups.flatMap((g) => g.tags.map((t) => [t.key, g.key] as const)))

  for (const prevGroup of previous.groups) {
    let g = nextGroups.get(prevGroup.key)
    if (g && g.kind !== prevGroup.kind) {
      ;(fieldErrors[`groups.${prevGroup.key}.kind`] ??= []).push(`"${prevGroup.name}" cannot change between single and multiple choice; add a new group instead.`)
    }
    if (!g) {
      g = { ...prevGroup, requiredOnSubmit: false, tags: [] }
      next.groups.push(g)
      nextGroups.set(g.key, g)
    }
    for (const prevTag of prevGroup.tags) {
      const movedTo = nextTagGroup.get(prevTag.key)
      if (movedTo && movedTo !== prevGroup.key) {
        ;(fieldErrors[`tags.${prevTag.key}`] ??= []).push(`"${prevTag.name}" cannot move to another group; retire it and add a new tag.`)
      } else if (!movedTo) {
        g.tags.push({ ...prevTag, retired: true, hotkey: null })
      }
    }
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }
  const checked = labelSchemaDefinitionSchema.safeParse(next)
  if (!checked.success) return { ok: false, fieldErrors: { definition: checked.error.issues.map((i) => i.message) } }
  return { ok: true, definition: checked.data }
}

/** Tags a label may still carry although retired: those it already had. */
export function listRetiredKeys(def: LabelSchemaDefinition): string[] {
  return def.groups.flatMap((g) => g.tags.filter((t) => t.retired).map((t) => t.key))
}

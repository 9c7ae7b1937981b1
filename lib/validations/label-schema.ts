import { z } from 'zod'

/** Keys the annotation UI keeps for itself: navigation (j/k), undo (u), evidence (e), help (?), submit (Enter). */
export const RESERVED_HOTKEYS = ['j', 'k', 'u', 'e', '?', 'enter'] as const

const keyPattern = /^[a-z][a-z0-9_]{0,63}$/
const keyMessage = 'Use lowercase letters, digits and underscores, starting with a letter.'

export const tagKeySchema = z.string().regex(keyPattern, keyMessage)

export const hotkeySchema = z
  .string()
  .regex(/^[a-z0-9]$/, 'A hotkey is one lowercase letter or digit.')
  .refine((k) => !(RESERVED_HOTKEYS as readonly string[]).includes(k), 'This key is reserved by the annotation screen.')

export const labelTagSchema = z.object({
  key: tagKeySchema,
  name: z.string().trim().min(1).max(80),
  /** Short definition shown to raters. */
  definition: z.string().trim().min(1).max(600),
  /** Longer guidance (examples, near-misses). */
  helpText: z.string().max(2000).optional(),
  /** Setting-specific definitions, e.g. { animal_welfare: '…' }; the UI picks by transcript.setting. */
  settingDefinitions: z.record(z.string(), z.string().max(600)).optional(),
  hotkey: hotkeySchema.nullable().default(null),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a #rrggbb colour.').default('#64748b'),
  /** Choosing this tag requires at least one evidence span before submitting. */
  requiresEvidence: z.boolean().default(false),
  /** Choosing this tag sends the item to adjudication even without disagreement. */
  forcesAdjudication: z.boolean().default(false),
  /** Retired tags stay in the schema so old labels keep their meaning; they cannot be newly chosen. */
  retired: z.boolean().default(false),
})

export const labelGroupSchema = z.object({
  key: tagKeySchema,
  name: z.string().trim().min(1).max(80),
  description: z.string().max(600).default(''),
  kind: z.enum(['single', 'multi']),
  /** A submitted label must choose a tag in this group. */
  requiredOnSubmit: z.boolean().default(false),
  tags: z.array(labelTagSchema).max(100),
})

export const labelSchemaDefinitionSchema = z
  .object({
    groups: z.array(labelGroupSchema).min(1).max(20),
    /** Outcome keys that count as "compliant" for metrics (DOMAIN.md §6.2). */
    compliantOutcomes: z.array(tagKeySchema).default(['complied', 'complied_with_caveats']),
  })
  .superRefine((def, ctx) => {
    const groupKeys = new Set<string>()
    const tagKeys = new Set<string>()
    const hotkeys = new Map<string, string>()
    def.groups.forEach((g, gi) => {
      if (groupKeys.has(g.key)) ctx.addIssue({ code: 'custom', path: ['groups', gi, 'key'], message: `Group key "${g.key}" is used twice.` })
      groupKeys.add(g.key)
      g.tags.forEach((t, ti) => {
        if (tagKeys.has(t.key)) ctx.addIssue({ code: 'custom', path: ['groups', gi, 'tags', ti, 'key'], message: `Tag key "${t.key}" is used twice.` })
        tagKeys.add(t.key)
        if (t.hotkey && !t.retired) {
          const other = hotkeys.get(t.hotkey)
          if (other) ctx.addIssue({ code: 'custom', path: ['groups', gi, 'tags', ti, 'hotkey'], message: `Hotkey "${t.hotkey}" is already used by "${other}".` })
          hotkeys.set(t.hotkey, t.key)
        }
      })
    })
  })

export type LabelTag = z.infer<typeof labelTagSchema>
export type LabelGroup = z.infer<typeof labelGroupSchema>
export type LabelSchemaDefinition = z.infer<typeof labelSchemaDefinitionSchema>
/** What a client sends when saving a schema (defaults not yet applied). */
export type LabelSchemaDefinitionInput = z.input<typeof labelSchemaDefinitionSchema>

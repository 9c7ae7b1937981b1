import { z } from 'zod'
import { CONDITION_FIELDS } from '@/lib/import/types'

/**
 * A mapping file describes any other JSON, JSONL or CSV layout declaratively
 * (docs/mapping.md). Every part is checked here so a bad mapping fails before the
 * data is read, with an error naming the field of the mapping that is wrong.
 */

/** A dot path into a record: `output`, `meta.tier`, `choices.0.text`. A CSV column name is taken whole first. */
const dotPath = z.string().min(1, 'must not be empty').refine((s) => !/^\.|\.\.|\.$/.test(s), 'must be a dot path such as "meta.tier" (no leading, trailing or double dots)')

/** The JSONPath subset the streaming parser supports: `$`, `$.*`, `$.results.*`, `$.data.items.*`. */
const jsonPath = z.string().regex(/^\$(\.(\*|[^.*\s]+))*$/, 'must be a JSONPath like "$", "$.*" or "$.results.*"')

function compiles(s: string): RegExp | null {
  try {
    return new RegExp(s)
  } catch {
    return null
  }
}
const groupNames = (s: string) => [...s.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((m) => m[1])

/** A regular expression with at least one named group `(?<name>…)`. */
const groupedRegex = z.string().superRefine((s, ctx) => {
  if (!compiles(s)) ctx.addIssue({ code: 'custom', message: `is not a valid regular expression: ${s}` })
  else if (!groupNames(s).length) ctx.addIssue({ code: 'custom', message: 'needs a named group such as (?<tier>free|paid)' })
})

const conditionSpec = z
  .object({
    /** Read the value from this field of the record. */
    field: dotPath.optional(),
    /** Read it from the file path with this regex; the group named like the condition, else the first named group. */
    path: groupedRegex.optional(),
    /** Use this value for every record. */
    const: z.union([z.string(), z.number()]).optional(),
    /** Rewrite values after reading them, e.g. {"True": "free", "False": "paid"}. */
    map: z.record(z.string(), z.string()).optional(),
  })
  .strict()
  .refine((c) => [c.field, c.path, c.const].filter((v) => v !== undefined).length === 1, 'give exactly one of "field", "path" or "const"')

const labelSpec = z
  .object({
    field: dotPath,
    /** Label name; defaults to the last segment of `field`. */
    key: z.string().min(1).optional(),
    /** Who made the label; "file" for plain columns. */
    grader: z.string().min(1).default('file'),
  })
  .strict()

const messagesSpec = z.union([
  dotPath.transform((path) => ({ path, role: 'role', content: 'content', roles: {} as Record<string, string> })),
  z
    .object({
      path: dotPath,
      role: dotPath.default('role'),
      content: dotPath.default('content'),
      /** Rename roles, e.g. {"human": "user", "gpt": "assistant"}. */
      roles: z.record(z.string(), z.string()).default({}),
    })
    .strict(),
])

const recordsSpec = z.discriminatedUnion('format', [
  z.object({ format: z.literal('json'), path: jsonPath.default('$.*') }).strict(),
  z.object({ format: z.literal('jsonl') }).strict(),
  z.object({ format: z.literal('csv'), delimiter: z.string().length(1).default(',') }).strict(),
], { error: 'must be {"format": "json", "path": "$.*"}, {"format": "jsonl"} or {"format": "csv"}' })

const unpivotSpec = z
  .object({
    /** The object keyed by condition; omit to use the record's own keys. */
    field: dotPath.optional(),
    /** Splits each key into condition fields, e.g. ^(?<tier>Free|Paid)_Tier_(?<promptVariant>.+)$ */
    keyPattern: groupedRegex.superRefine((s, ctx) => {
      const bad = groupNames(s).filter((g) => !(CONDITION_FIELDS as readonly string[]).includes(g))
      if (bad.length) ctx.addIssue({ code: 'custom', message: `named groups must be condition fields (${CONDITION_FIELDS.join(', ')}); unknown: ${bad.join(', ')}` })
    }),
    /** When each value is an object: where its response text is. A string value is the response itself. */
    response: dotPath.optional(),
    /** Labels inside each value object. */
    labels: z.array(labelSpec).default([]),
    /** Keys that do not match keyPattern (and are not mapped elsewhere): an error, or ignored. */
    unmatched: z.enum(['error', 'skip']).default('error'),
  })
  .strict()

export const mappingSchema = z
  .object({
    version: z.literal(1).default(1),
    records: recordsSpec,
    fields: z
      .object({
        /** The record's own id; kept in extra, and the pairing key for unpivoted records. */
        id: dotPath.optional(),
        /** An explicit key pairing the same query across conditions. */
        queryKey: dotPath.optional(),
        query: dotPath.optional(),
        systemPrompt: dotPath.optional(),
        response: dotPath.optional(),
        messages: messagesSpec.optional(),
      })
      .strict()
      .default({}),
    conditions: z.partialRecord(z.enum(CONDITION_FIELDS), conditionSpec).default({}),
    labels: z.array(labelSpec).default([]),
    unpivot: unpivotSpec.optional(),
    /** Other record fields to keep: all not mapped ("rest"), none, or a list of dot paths. */
    extra: z.union([z.enum(['rest', 'none']), z.array(dotPath)]).default('rest'),
  })
  .strict()
  .refine((m) => m.fields.response || m.fields.messages || m.unpivot, {
    message: 'say where the transcript is: fields.response, fields.messages or unpivot',
    path: ['fields'],
  })
export type Mapping = z.infer<typeof mappingSchema>
export type MappingInput = z.input<typeof mappingSchema>

import { z } from 'zod'

/**
 * Tag names that delimit a transcript's parts. Configurable per dataset because
 * pipelines rename them (HIDDEN_SCRATCHPAD in the safety-research fork, <think> for
 * reasoning models). Matching is case-insensitive.
 */
export const tagConfigSchema = z.object({
  scratchpad: z.array(z.string().regex(/^[A-Za-z][\w-]*$/)).default(['SCRATCHPAD_REASONING', 'HIDDEN_SCRATCHPAD']),
  think: z.array(z.string().regex(/^[A-Za-z][\w-]*$/)).default(['think']),
  draftOutput: z.array(z.string().regex(/^[A-Za-z][\w-]*$/)).default(['DRAFT_OUTPUT']),
  output: z.array(z.string().regex(/^[A-Za-z][\w-]*$/)).default(['OUTPUT']),
  userInput: z.array(z.string().regex(/^[A-Za-z][\w-]*$/)).default(['user_input']),
  tier: z.array(z.string().regex(/^[A-Za-z][\w-]*$/)).default(['is_free_tier_user']),
})
export type TagConfig = z.infer<typeof tagConfigSchema>

export const DEFAULT_TAGS: TagConfig = tagConfigSchema.parse({})

export function resolveTagConfig(input: unknown): TagConfig {
  return tagConfigSchema.parse(input ?? {})
}

import type { z } from 'zod'

/** One readable sentence for the first problem zod found: "field `output`: expected string, received number". */
export function zodProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The record does not have the expected shape.'
  const where = issue.path.length ? `field \`${issue.path.join('.')}\`` : 'the record'
  return `${where}: ${issue.message}`
}

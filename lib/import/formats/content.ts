import { z } from 'zod'

/** Message content as chat APIs write it: a string, or a list of typed parts. */
export const contentSchema = z.union([
  z.string(),
  z.array(z.looseObject({ type: z.string(), text: z.string().optional() })),
])
export type Content = z.infer<typeof contentSchema>

/**
 * The text of a message. Text parts are joined with "\n", as Inspect's own `.text` does;
 * other parts (images, tool calls, reasoning summaries) are not transcript text and are
 * returned by type so the reader can keep them in `extra`.
 */
export function contentText(content: Content): { text: string; otherParts: unknown[] } {
  if (typeof content === 'string') return { text: content, otherParts: [] }
  const texts: string[] = []
  const otherParts: unknown[] = []
  for (const p of content) {
    if (p.type === 'text' && typeof p.text === 'string') texts.push(p.text)
    else otherParts.push(p)
  }
  return { text: texts.join('\n'), otherParts }
}

/** The first named grader-like field of a record, so labels can say who made them. */
export function graderName(rec: Record<string, unknown>, fallback: string): string {
  for (const k of ['grader', 'grader_model', 'classifier', 'classifier_model', 'judge', 'judge_model']) {
    const v = rec[k]
    if (typeof v === 'string' && v.trim()) return v.trim()
  }
  return fallback
}

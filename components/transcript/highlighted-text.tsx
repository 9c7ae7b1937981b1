import { splitText, type Mark } from '@/lib/reading/highlight'

/**
 * Text with marked ranges, as React text nodes only (transcript text is untrusted and
 * full of tag-like markup). Each part carries `data-off`, its absolute offset in the
 * raw turn, so a selection can be mapped back to offsets for span links.
 */
export function HighlightedText({ text, base = 0, marks = [] }: { text: string; base?: number; marks?: readonly Mark[] }) {
  return (
    <>
      {splitText(text, base, marks).map((p) => {
        const cls = p.span ? (p.hit ? 'span-mark hit' : 'span-mark') : p.hit ? 'hit' : undefined
        return cls ? (
          <mark key={p.start} className={cls} data-off={p.start} data-span-mark={p.span || undefined}>{p.text}</mark>
        ) : (
          <span key={p.start} data-off={p.start}>{p.text}</span>
        )
      })}
    </>
  )
}

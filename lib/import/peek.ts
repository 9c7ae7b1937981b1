/**
 * Reads text until the first non-blank line is complete, and returns it with a stream
 * that replays everything from the start. Lets a reader tell a JSON document from JSON
 * Lines without reading the file twice.
 */
export async function peekFirstLine(text: AsyncIterable<string>): Promise<{ firstLine: string; text: AsyncIterable<string> }> {
  const it = text[Symbol.asyncIterator]()
  let head = ''
  let done = false
  while (!done) {
    const nl = head.search(/\S[^\n]*\n/)
    if (nl !== -1) break
    const next = await it.next()
    if (next.done) done = true
    else head += next.value
  }
  const start = head.search(/\S/)
  const firstLine = start === -1 ? '' : head.slice(start).split('\n', 1)[0].replace(/\r$/, '')
  async function* replay() {
    if (head) yield head
    if (done) return
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value
  }
  return { firstLine, text: replay() }
}

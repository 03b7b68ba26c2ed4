/** Words in `text`: runs of non-whitespace. A loop, not a regex: it runs on every text node of long articles. */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

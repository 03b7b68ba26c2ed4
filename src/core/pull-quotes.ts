import { codeLines } from './prose-scan.ts'

/*
 * Pull quotes written as HTML around markdown (opensource.guide's `<aside markdown="1" class="pquote">`,
 * a `<div class="pull-quote">`, a `<figure class="quote">`): someone's words set apart, with their avatar
 * and a credit line (`<p class="pquote-credit">— @gvanrossum, [Programming Python](…)</p>`). Read as the
 * article's paragraphs, each became a key point, the avatar a caption "avatar", and whose words they
 * were went to the notes (review 93). They are the quotation they show: a block quote of their words,
 * the credit as the line under it that a quote slide shows (see slide-kinds.ts), the avatar left out.
 * Line for line: every line keeps its number.
 */

const opening =
  /^[ \t]{0,3}<(aside|div|figure|section|blockquote)\b[^>]*\bclass=["'][^"']*\b(?:pquote|pull-?quote|quote|blockquote|testimonial)\b[^"']*["'][^>]*>[ \t]*$/i
const avatar = /^[ \t]*<img\b[^>]*(?:\bclass=["'][^"']*avatar|\balt=["']avatar["'])[^>]*\/?>[ \t]*$/i
const creditOpening =
  /^[ \t]*<(p|div|span|cite|footer|figcaption)\b[^>]*\bclass=["'][^"']*\b(?:[\w-]*credit|[\w-]*cite|[\w-]*author|[\w-]*attribution|[\w-]*source)\b[^"']*["'][^>]*>[ \t]*(.*?)[ \t]*$/i

/** Rewrite the pull quotes among `lines` (see above). Pure. */
export function convertPullQuotes(lines: string[]): string[] {
  if (!lines.some((line) => opening.test(line))) return lines
  const code = codeLines(lines)
  const out = [...lines]
  for (let index = 0; index < lines.length; index++) {
    const open = code[index] ? null : opening.exec(lines[index])
    if (!open) continue
    const tag = open[1].toLowerCase()
    const close = lines.findIndex((line, at) => at > index && new RegExp(`^[ \\t]*</${tag}>[ \\t]*$`, 'i').test(line))
    if (close === -1) continue
    const credit = lines.findIndex((line, at) => at > index && at < close && creditOpening.test(line))
    const end = credit === -1 ? close : credit
    // (A tag inside it other than the avatar, a table's or a list's, is no quotation of words: left as written.)
    if (lines.slice(index + 1, end).some((line) => /^[ \t]*<(?!img\b)[a-z]/i.test(line) && !avatar.test(line))) continue
    let last = -1
    for (let at = index + 1; at < end; at++) {
      if (avatar.test(lines[at]) || lines[at].trim() === '') out[at] = lines[at].trim() === '' ? '>' : ''
      else {
        out[at] = `> ${lines[at].trim()}`
        last = at
      }
    }
    if (last === -1) continue
    // The quote ends on its last words; the lines after it are blank but the credit's.
    for (let at = last + 1; at <= close; at++) out[at] = ''
    out[index] = ''
    if (credit !== -1) {
      const words = [creditOpening.exec(lines[credit])?.[2] ?? '', ...lines.slice(credit + 1, close)]
        .join(' ')
        .replace(/<\/?[a-z][^>]*>/gi, ' ')
        .replace(/\s+/g, ' ')
        .trim()
      if (words && last + 2 <= close) out[last + 2] = /^[—–―-]/u.test(words) ? words : `— ${words}`
    }
    index = close
  }
  return out
}

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

/** A line that opens an element and nothing else: its tag's name and its class. (No backtracking: each part stops at a quote.) */
const openingTag = /^[ \t]{0,3}<(aside|div|figure|section|blockquote|p|span|cite|footer|figcaption|img)\b([^>]*)>[ \t]*(.*)$/i
const classOf = (attributes: string) => /\bclass=(["'])([^"']*)\1/i.exec(attributes)?.[2] ?? ''
const quoteClass = /(?:^|[\s_-])(?:pquote|pull-?quote|quote|blockquote|testimonial)(?:$|[\s_-])/i
const creditClass = /(?:credit|cite|author|attribution|source)(?:$|[\s_-])/i
const closingTag = /^[ \t]*<\/([a-z]+)>[ \t]*$/i

/** Rewrite the pull quotes among `lines` (see above). Pure, and linear in the lines. */
export function convertPullQuotes(lines: string[]): string[] {
  if (!lines.some((line) => line.includes('quote') || line.includes('testimonial'))) return lines
  const code = codeLines(lines)
  const out = [...lines]
  for (let index = 0; index < lines.length; index++) {
    if (code[index]) continue
    const open = openingTag.exec(lines[index])
    if (open?.[3] !== '' || !/^(?:aside|div|figure|section|blockquote)$/i.test(open[1]) || !quoteClass.test(classOf(open[2]))) continue
    const tag = open[1].toLowerCase()
    // Its lines up to its closing tag, which no other element of its name opens before: a quotation of words
    // only, its avatar and its credit (a table's or a list's tags inside it are no quotation: left as written).
    let close = -1
    let credit = -1
    for (let at = index + 1; at < lines.length && at - index <= maxQuoteLines && !code[at]; at++) {
      const closing = closingTag.exec(lines[at])
      if (closing && closing[1].toLowerCase() === tag) {
        close = at
        break
      }
      const inner = openingTag.exec(lines[at])
      if (inner?.[1].toLowerCase() === 'img') continue
      if (inner && credit === -1 && creditClass.test(classOf(inner[2]))) credit = at
      else if (credit === -1 && /^[ \t]*<[a-z]/i.test(lines[at]) && !closing) break
    }
    if (close === -1) continue
    const end = credit === -1 ? close : credit
    let last = -1
    for (let at = index + 1; at < end; at++) {
      const picture = openingTag.exec(lines[at])?.[1].toLowerCase() === 'img'
      if (picture || lines[at].trim() === '') out[at] = last === -1 ? '' : '>'
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
      const words = [openingTag.exec(lines[credit])?.[3] ?? '', ...lines.slice(credit + 1, close)]
        .join(' ')
        .replace(/<\/?[a-z][^<>]{0,300}>/gi, ' ')
        .replace(/\s+/g, ' ')
        .trim()
      // (Its dash, however written, is the credit's: "- @gvanrossum" would start a list.)
      if (words && last + 2 <= close) out[last + 2] = `— ${words.replace(/^[—–―-]+\s*/u, '')}`
    }
    index = close
  }
  return out
}

/** Lines at most of a pull quote: past them, the element is the page's layout, not a quotation. */
const maxQuoteLines = 40

/** A line of a quotation set as a paragraph of its own, its emphasis marks (if any) taken off: `_"Tauri has…"_`. */
const emphasised = /^[ \t]{0,3}(?:\*{1,2}|_{1,2})?(.*?)(?:\*{1,2}|_{1,2})?[ \t]*$/
const wholeQuotation = /^["“][^"“”]+["”]$/
/** A credit line: a dash and a name, the name maybe in bold with its dash (`**- Jamie Pine**, [Spacedrive](…) Founder`). (Not "- x": a list item.) */
const creditLine = /^[ \t]{0,3}(?:(?:\*\*|__)[ \t]*[—–―-]|[—–―])[ \t]*\S/u
/** A line that opens on a quotation mark, maybe after emphasis marks. */
const quotationOpens = /^[ \t]{0,3}(?:\*{1,2}|_{1,2})?["“]/
/** A quotation of a source's sentences, maybe with the footnote that cites it: `"Jekyll is a simple… for free."[^5]`. */
const citedPassage = /^["“][^"“”]+["”](?:\[\^[^\]\s]+\])?$/u
/** Words at least of a passage quoted as a paragraph of its own, and the full stops it holds: a definition, not a line of dialogue. */
const minPassageWords = 30
const minPassageSentences = 2

/**
 * `"Jekyll is a simple, blog-aware, static site generator. It takes a template directory…"[^5]` under "**So what is Jekyll,
 * exactly?**" (review 118, a blog's migration story): a paragraph that is wholly a quotation of a few sentences, without a
 * credit line, quotes a source the writer cites; read as the writer's paragraph, its words were someone else's voice and
 * the slide showed nothing. It is a block quote, as a credited one is. (Not one of a run of quoted paragraphs, a story's
 * dialogue, nor a short line of speech.)
 */
function quotesPassage(lines: string[], start: number, end: number): boolean {
  const text = lines
    .slice(start, end + 1)
    .map((line) => line.trim())
    .join(' ')
  if (!citedPassage.test(text)) return false
  if (text.split(/\s+/u).length < minPassageWords || (text.match(/[.!?](?=\s)/gu) ?? []).length < minPassageSentences - 1) return false
  // The paragraphs around it: none opens on a quotation mark (the one before from its first line).
  let before = start - 1
  while (before >= 0 && lines[before].trim() === '') before--
  while (before > 0 && lines[before - 1].trim() !== '') before--
  let after = end + 1
  while (after < lines.length && lines[after].trim() === '') after++
  return !quotationOpens.test(lines[before] ?? '') && !quotationOpens.test(lines[after] ?? '')
}

/** Lines at most of a quotation set as a paragraph. */
const maxQuotedLines = 6

/**
 * Testimonials written as paragraphs (Tauri 1.0's release, review 94): `_"Spacedrive had to feel native…"_`
 * over `**- Jamie Pine**, [Spacedrive](…) Founder`, in a line or a paragraph of its own. Read as
 * paragraphs, the words were someone else's voice, so no point, and the slide showed nothing. They
 * are a block quote of their words, with the credit under it, as a pull quote is. A credit right
 * under the quotation's last line moves one line down, past a blank line; all other lines keep their number.
 */
export function convertQuotedParagraphs(lines: string[]): string[] {
  if (!lines.some((line) => quotationOpens.test(line))) return lines
  const code = codeLines(lines)
  const out = [...lines]
  for (let index = 0; index < lines.length; index++) {
    if (code[index] || (index > 0 && lines[index - 1].trim() !== '') || !quotationOpens.test(lines[index])) continue
    let end = index
    while (end + 1 < lines.length && end - index + 1 < maxQuotedLines && lines[end + 1].trim() !== '' && !creditLine.test(lines[end + 1]))
      end++
    const words = lines.slice(index, end + 1).map((line) => emphasised.exec(line)?.[1] ?? line)
    if (code[end + 1] || code[end + 2]) continue
    // A source's words quoted without a credit (see `quotesPassage`): a block quote in its place, at its indent (inside a list
    // item it stays the item's), its quotation marks taken off (the block quote marks it).
    const asPassage = () => {
      if ((lines[end + 1] ?? '').trim() !== '' || !quotesPassage(lines, index, end)) return
      for (let at = index; at <= end; at++) {
        const indent = /^[ \t]*/.exec(lines[at])?.[0] ?? ''
        const line = lines[at].trim()
        const opened = at === index ? line.replace(/^["“]/u, '') : line
        out[at] = `${indent}> ${at === end ? opened.replace(/["”](\[\^[^\]\s]+\])?$/u, '$1') : opened}`
      }
    }
    if (!wholeQuotation.test(words.join(' ').trim())) {
      asPassage()
      continue
    }
    // The credit: the line right under the quotation, with a blank line after it to move into, or the paragraph after a blank line.
    // (A credit of one line: the next one is blank or closes the writer's HTML around it.)
    const ends = (at: number) => at >= lines.length || lines[at].trim() === '' || /^[ \t]*<\//.test(lines[at])
    // (Moved into the blank line under it, the credit needs one more after it, or it runs into the next paragraph.)
    // (Or the next quotation of a run of testimonials, itself a block quote by then.)
    const under =
      end + 1 < lines.length &&
      creditLine.test(lines[end + 1]) &&
      end + 2 < lines.length &&
      lines[end + 2].trim() === '' &&
      (ends(end + 3) || quotationOpens.test(lines[end + 3]))
    const after = !under && (lines[end + 1] ?? '').trim() === '' && creditLine.test(lines[end + 2] ?? '') && ends(end + 3)
    if (!under && !after) {
      asPassage()
      continue
    }
    for (let at = index; at <= end; at++) out[at] = `> ${words[at - index].trim()}`
    if (under) {
      out[end + 2] = lines[end + 1]
      out[end + 1] = ''
    }
    index = end + 2
  }
  return out
}

import { codeLines } from './prose-scan.ts'

/*
 * Definition lists, as kramdown (Jekyll), goldmark (Hugo), PHP Markdown Extra and Pandoc write
 * them: a line of its own, the term, then its definition on a line that opens on ":" and a space
 * or tab, run on by indented lines ("AI isn't useful.\n:   Thoughtful, intelligent people…").
 * CommonMark has none, so unconverted they read as "AI isn't useful. : Thoughtful…", the colon shown.
 * Each pair becomes a paragraph that opens on its term in bold, as a label ("**AI isn't useful**:
 * Thoughtful…"): what a FAQ, a glossary or an essay's objections and answers look like written
 * in markdown CommonMark reads, and what the key points read as a label that names the paragraph
 * and not its claim (see key-points/labels.ts). A second definition of the same term goes on its
 * paragraph, or after a blank line is a paragraph of its own. The definitions' lines stay where they
 * were, unindented; the term's line is left empty.
 *
 * Written here rather than with `remark-definition-list`: that plugin makes `<dl>` elements, which
 * the slides, key points and notes would each need to learn; the label form they already read.
 */

const definitionLine = /^:[ \t]+(\S.*)$/
const blockStart = /^(?:[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]|[ \t]{0,3}#|[ \t]{0,3}>|[ \t]{0,3}\||[ \t]{0,3}<|[ \t]{0,3}:|[ \t]{4}|\t)/

/** Rewrite the definition lists among `lines` (see above), line for line. Pure. */
export function convertDefinitionLists(lines: string[]): string[] {
  if (!lines.some((line) => definitionLine.test(line))) return lines
  const code = codeLines(lines)
  const out = [...lines]
  // Whether the definitions above, back to the last term, were read as a list's.
  let inList = false
  for (let index = 1; index < lines.length; index++) {
    const definition = definitionLine.exec(lines[index])
    if (code[index]) {
      inList = false
      continue
    }
    if (!definition) {
      // (A definition's indented lines, and blank lines between its paragraphs, keep the list going; they are
      // its own, unindented by the definition's indent, so a second paragraph is no listing of code.)
      if (lines[index].trim() !== '' && !/^[ \t]+\S/.test(lines[index])) inList = false
      else if (inList) out[index] = lines[index].replace(/^(?: {1,4}|\t)/, '')
      continue
    }
    // The term: the line right above, or above one blank line (Pandoc's loose form).
    const at = lines[index - 1].trim() === '' && index >= 2 ? index - 2 : index - 1
    if (!code[at] && isTerm(lines, at)) {
      const label = lines[at].trim().replace(/[.!:]$/u, '')
      out[at] = ''
      out[index] = `${/[?]$/u.test(label) ? `**${label}**` : `**${label}**:`} ${definition[1]}`
      inList = true
    } else if (inList) out[index] = definition[1]
  }
  return out
}

/** Whether the line at `index` can be a term: one line of text of its own, not the start of another block. */
function isTerm(lines: string[], index: number): boolean {
  const line = lines[index]
  if (line.trim() === '' || blockStart.test(line) || /^(?:```|~~~|---|\*\*\*|___|===)/.test(line.trim())) return false
  // (One line: a paragraph above it would make the term its last line.)
  return index === 0 || lines[index - 1].trim() === ''
}

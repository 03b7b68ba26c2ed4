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
  // Each pair: its definition's first and last lines, and the definition's words.
  const pairs: Pair[] = []
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
      // ("…lorsque l'amplitude est faible (elle⏎[varie][dérivée] de la même manière)": a line of the definition's paragraph
      // that the writer did not indent goes on with it, as markdown's lazy lines do; not a term, which a definition follows.)
      // (The pair whose definition the line goes on, where it is a line of words right after that definition's last.)
      const pair = lines[index].trim() !== '' && pairs.at(-1)?.last === index - 1 ? pairs.at(-1) : undefined
      const term =
        definitionLine.test(lines[index + 1] ?? '') || (lines[index + 1]?.trim() === '' && definitionLine.test(lines[index + 2] ?? ''))
      if (inList && pair && !term && !blockStart.test(lines[index])) {
        extend(pair, index, lines[index])
        continue
      }
      if (lines[index].trim() !== '' && !/^[ \t]+\S/.test(lines[index])) inList = false
      else if (inList) {
        out[index] = lines[index].replace(/^(?: {1,4}|\t)/, '')
        if (pair) extend(pair, index, lines[index])
      }
      continue
    }
    // The term: the line right above, or above one blank line (Pandoc's loose form).
    const at = lines[index - 1].trim() === '' && index >= 2 ? index - 2 : index - 1
    if (!code[at] && isTerm(lines, at)) {
      const label = lines[at].trim().replace(/[.!:]$/u, '')
      out[at] = ''
      out[index] = `${/[?]$/u.test(label) ? `**${label}**` : `**${label}**:`} ${definition[1]}`
      pairs.push({ first: index, last: index, words: wordsOf(definition[1]) })
      inList = true
    } else if (inList) out[index] = definition[1]
  }
  return asItems(out, pairs)
}

/**
 * "∀x, |g(x)| <= 1⏎: dans le bon intervalle" and eight more such pairs (review 139, a French post on mixing sound): a run
 * of three pairs or more whose definitions are each a phrase is a list the writer made, each pair an item, "**term**:
 * definition", shown as a list; as paragraphs, each term was a slide's title and the definitions went to the notes.
 * (Lines stay lines: an item's later lines are indented under it.)
 */
function asItems(out: string[], pairs: Pair[]): string[] {
  let start = 0
  while (start < pairs.length) {
    let end = start
    // (One run: each pair's term right after the last's definition, or after blank lines.)
    while (end + 1 < pairs.length && out.slice(pairs[end].last + 1, pairs[end + 1].first).every((line) => line.trim() === '')) end++
    const run = pairs.slice(start, end + 1)
    if (run.length >= minItems && run.every((pair) => pair.words <= maxItemWords)) {
      for (const [index, pair] of run.entries()) {
        out[pair.first] = `- ${out[pair.first]}`
        for (let line = pair.first + 1; line <= pair.last; line++) out[line] = `  ${out[line]}`
        // (The blank lines between pairs would make the list loose, each item a paragraph of its own read as prose: each
        // holds an empty comment, which shows nothing and keeps the list tight.)
        const next = run[index + 1]
        if (next) for (let line = pair.last + 1; line < next.first; line++) if (out[line].trim() === '') out[line] = '  <!---->'
      }
    }
    start = end + 1
  }
  return out
}

/** A term's definition: its first and last lines, and its words. */
interface Pair {
  first: number
  last: number
  words: number
}

/** A line the definition of `pair` goes on with, at `index`. */
function extend(pair: Pair, index: number, line: string): void {
  pair.last = index
  pair.words += wordsOf(line)
}

const wordsOf = (text: string) => text.trim().split(/\s+/u).length

/** Pairs at least of a run shown as a list, and words at most of each definition (see `asItems`). */
const minItems = 3
const maxItemWords = 25

/** Whether the line at `index` can be a term: one line of text of its own, not the start of another block. */
function isTerm(lines: string[], index: number): boolean {
  const line = lines[index]
  if (line.trim() === '' || blockStart.test(line) || /^(?:```|~~~|---|\*\*\*|___|===)/.test(line.trim())) return false
  // (One line: a paragraph above it would make the term its last line.)
  return index === 0 || lines[index - 1].trim() === ''
}

import type { VFile } from 'vfile'
import { closePandocYaml, mdxMetadata, splitFranklinDefs, splitJsonFrontmatter, splitLaikaHeader } from './frontmatter.ts'
import { convertInlineNotes } from './inline-notes.ts'
import { splitMetadataLines } from './metadata-lines.ts'
import { convertBlockSyntax } from './block-syntax.ts'
import { convertShortcodes, describeRemoved } from './shortcodes.ts'
import { convertTexDelimiters } from './tex-delimiters.ts'
import { splitFences } from './prose-scan.ts'
import { withDelimiterlessTables, withFilledDelimiterRows, withHeaderlessTables } from './gfm.ts'
import { stripTerminalEscapes } from './terminal-escapes.ts'

/**
 * The text steps before parsing, on the file's own text: Hugo's JSON frontmatter (or
 * Franklin's `@def` lines, or Pelican's and Nikola's `Title: …` lines, or an MDX post's exported
 * `metadata` object) is taken aside, the block syntax of blog engines (callouts, MDX
 * statements, kramdown attributes, R chunks) and template tags become markdown, Pandoc's inline notes footnotes,
 * MathJax's delimiters dollars. Each keeps the
 * line count of what it rewrites, so warnings point at the user's lines. Terminal colour
 * escapes in pasted output and replacement characters (U+FFFD) are removed first. Left-out template
 * tags get one warning that counts them by kind.
 */
export function prepareSource(file: VFile): void {
  // (A replacement character, U+FFFD, stands where a character was lost to a wrong encoding before
  // the article reached lectern: "await us.� Only…". It says nothing, and hides a sentence's end.)
  let text = closePandocYaml(
    stripTerminalEscapes(typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value)).replace(/\uFFFD/g, ''),
  )
  const json = text.startsWith('@def')
    ? splitFranklinDefs(text)
    : /^\uFEFF?\{%/.test(text)
      ? (splitLaikaHeader(text) ?? { text })
      : /^\uFEFF?(?:\{|;;;[ \t]*\r?\n)/.test(text)
        ? splitJsonFrontmatter(text)
        : splitMetadataLines(text)
  text = json.text
  // (An MDX post's exported metadata object only stands in for frontmatter it does not have.)
  const matter = json.matter ?? (/^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.test(text) ? undefined : mdxMetadata(text))
  if (matter) file.data.jsonFrontmatter = matter
  // (d2lbook's cells, "```{.python .input}", as its fence reads before the attribute list becomes the language "python".)
  if (/^```\{\.python\b[^\n]*\.input\b/mu.test(text) && opensNotebookCell(text)) file.data.notebookCells = true
  const blocks = convertBlockSyntax(
    closedSpacedBold(closedBoldLines(spacedHeadings(filledDelimiterRows(bracketedDashLines(withoutNavigation(text)))))),
  )
  text = blocks.text
  const removed = new Map<string, number>()
  let firstRemovedLine = blocks.removed[0]?.line
  const removedLines = blocks.removed.map(({ line }) => line)
  for (const { kind } of blocks.removed) removed.set(kind, (removed.get(kind) ?? 0) + 1)
  if (
    /\{\{|\{%|<%|\[\[|@\[[A-Za-z][\w-]{0,30}\]\(|<\/?[A-Z]|<\/?>|\{\s*['"/]|\[!|\{:|[\])]\{|\)[ \t]+\\[ \t]*$|^[ \t]*(?:<br\b|(?:<a\b[^>\n]*>[ \t]*)?<img\b[^>\n]*>[ \t]*(?:<\/a\s*>[ \t]*)?\r?\n[ \t]*[^\s<])|^[ \t]*<(?:style|script)\b|<d-(?:cite|footnote)\b|<sup\b[^>\n]{0,300}>\s*(?:\[\d|<a\s)|\[\/?caption\b|^ {0,3}<[A-Za-z][^\n]*>[ \t]*\r?\n[ \t]*!\[|(?:^|[\s(])\{@?[A-Za-z0-9][^{}\n]{1,30}\}|(?:^|[ \t(（「]):[A-Z][a-z\d]+[A-Z]/m.test(
      text,
    )
  ) {
    const converted = convertShortcodes(text, /\.mdx$/i.test(file.path ?? ''))
    text = converted.text
    for (const [kind, count] of converted.removed) removed.set(kind, (removed.get(kind) ?? 0) + count)
    removedLines.push(...converted.removedLines)
    if (converted.firstRemovedLine) firstRemovedLine = Math.min(firstRemovedLine ?? Infinity, converted.firstRemovedLine)
  }
  if (removedLines.length > 0) file.data.removedLines = removedLines
  if (removed.size > 0) {
    const total = [...removed.values()].reduce((sum, count) => sum + count, 0)
    file.message(`Left out ${total} template tag${total === 1 ? '' : 's'} the deck cannot show: ${describeRemoved(removed)}`, {
      place: firstRemovedLine ? { line: firstRemovedLine, column: 1 } : undefined,
      ruleId: 'template-tags',
      source: 'lectern',
    })
  }
  file.value = convertTexDelimiters(convertInlineNotes(text))
}

/**
 * A page's navigation written into the article, `<nav>…</nav>`, and Distill's table of contents, `<d-contents>…</d-contents>`
 * (review 144, a post on score-based models, whose contents became three slides of links and an empty one): never the
 * article's words, and the deck has its own outline. Left out whole, line for line, before the steps that read HTML blocks
 * split it at its blank lines. (Each closing tag is looked for once, from its opening: a run of tags never closed is read
 * in linear time.)
 */
function withoutNavigation(text: string): string {
  if (!/<(?:nav|d-contents)\b/i.test(text)) return text
  return splitFences(text)
    .map((piece) => {
      if (piece.code) return piece.text
      let out = ''
      let done = 0
      const lower = piece.text.toLowerCase()
      const open = /<(nav|d-contents)\b[^>]{0,1000}>/gi
      for (let found = open.exec(piece.text); found; found = open.exec(piece.text)) {
        const close = lower.indexOf(`</${found[1].toLowerCase()}`, open.lastIndex)
        if (close === -1) break
        const end = piece.text.indexOf('>', close)
        if (end === -1) break
        out += piece.text.slice(done, found.index) + piece.text.slice(found.index, end + 1).replace(/[^\n]/g, '')
        done = end + 1
        open.lastIndex = done
      }
      return done === 0 ? piece.text : out + piece.text.slice(done)
    })
    .join('')
}

/**
 * "(les plus grosses entreprises - Adobe, Apache, Apple, Google, Mozilla, Sun\n- utilisent souvent des licences plus permissives…"
 * (review 143, a French essay kept by Jekyll): a line a writer who wraps their lines starts on the dash of an aside, inside
 * brackets the paragraph opened and has not closed. CommonMark reads a list there, which cut the sentence into a paragraph and
 * an item; kramdown, which Jekyll reads it with, starts no list without a blank line before it. The dash is the sentence's.
 */
function bracketedDashLines(text: string): string {
  // (A first look, a few lines on from each open bracket at most: looked for through the rest of its paragraph, a paragraph of
  // thousands of lines that each open one was read again from each.)
  if (!/\([^)\n]*\n(?:[^\n]+\n){0,40}? {0,3}- /u.test(text)) return text
  return splitFences(text)
    .map((piece) => {
      if (piece.code) return piece.text
      const lines = piece.text.split('\n')
      let open = 0
      let prose = false
      for (let index = 0; index < lines.length; index++) {
        const line = lines[index]
        if (line.trim() === '') {
          open = 0
          prose = false
          continue
        }
        // (Only a paragraph's lines: a list's, a heading's, a quote's, a table's or a tag's brackets are theirs; a list that
        // interrupts the paragraph outside brackets ends it.)
        const block = /^ {0,3}(?:[-*+>#|<]|\d{1,9}[.)])/u.test(line)
        if (prose && open > 0 && /^ {0,3}- \S/u.test(line)) lines[index] = line.replace('-', '\\-')
        else if (block) {
          prose = false
          open = 0
        } else prose = true
        if (prose)
          for (const character of line.replace(/`[^`]*`/gu, ''))
            open = Math.max(0, open + (character === '(' ? 1 : character === ')' ? -1 : 0))
      }
      return lines.join('\n')
    })
    .join('')
}

/**
 * Tables whose delimiter row leaves a cell empty, opens the table or is missing, outside fenced code (see
 * `withFilledDelimiterRows`, `withHeaderlessTables`, `withDelimiterlessTables`).
 */
function filledDelimiterRows(text: string): string {
  const empty = /^[ \t]*\|[-:| \t]*\|[ \t]*\|[-:| \t]*$/m.test(text)
  const headerless = /(?:^|\n)[ \t]*\n[ \t]*\|[ \t]*:?-{3,}/.test(`\n${text}`)
  const delimiterless = /(?:^|\n)[ \t]*\n[ \t]*\|[^\n]*\|[ \t]*\n[ \t]*\|(?![ \t]*:?-)/.test(`\n${text}`)
  if (!empty && !headerless && !delimiterless) return text
  return splitFences(text)
    .map((piece) => {
      if (piece.code) return piece.text
      const opened = headerless ? withHeaderlessTables(piece.text) : piece.text
      return withFilledDelimiterRows(delimiterless ? withDelimiterlessTables(opened) : opened)
    })
    .join('')
}

/**
 * "**可以复现" alone between blank lines: a bold line whose closing marks the export that wrote it
 * lost (WeChat's, above all), which showed its `**` and ran its section on into the one before. It
 * is the bold line its writer meant, and heads its part as any does (bold-headings.ts). Outside
 * fenced code; the line keeps its number.
 */
function closedBoldLines(text: string): string {
  if (!/^\*\*[^*\s]/m.test(text)) return text
  const pieces = splitFences(text).map((piece) =>
    piece.code
      ? piece
      : {
          ...piece,
          text: piece.text.replace(unclosedBoldQuestion, (question: string) => `${question}**`).replace(spaceClosedBoldLabel, '**$1** '),
        },
  )
  // (Two such lines at least, as bold lines head parts (bold-headings.ts): one alone, "**kwargs" in a
  // Python post, is the writer's, as written.)
  const found = pieces.reduce((sum, piece) => sum + (piece.code ? 0 : (piece.text.match(unclosedBoldLine) ?? []).length), 0)
  if (found < 2) return pieces.map((piece) => piece.text).join('')
  return pieces.map((piece) => (piece.code ? piece.text : piece.text.replace(unclosedBoldLine, '**$1**'))).join('')
}

/**
 * "**Sandipan: And how is Steering different from SIGs?" between blank lines (review 110, an interview whose other
 * questions close their bold): a question of a paragraph, up to three lines, opened in bold and never closed. Closed
 * after its question mark, it is the bold question the interview's others are, and titles its answers as they do.
 */
const unclosedBoldQuestion = /(?<=(?:^|\n)[ \t]*\r?\n)\*\*[^*\s][^*\n]*(?:\r?\n[^*\n]+){0,2}?\?(?=[ \t]*\r?\n[ \t]*(?:\r?\n|$))/g

/**
 * Whether a fence of the text's own, not one shown inside another fence, opens a d2lbook cell: "```{.python .input}". (A code
 * piece of `splitFences` opens on its fence's first line.)
 */
function opensNotebookCell(text: string): boolean {
  return splitFences(text).some((piece) => piece.code && /^ {0,3}```\{\.python\b[^\n]*\.input\b/u.test(piece.text))
}

/**
 * "The report format is **experimental **, and it might change in the future." (review 132, Biome 1.7's release post): bold
 * words inside a line whose closing marks follow a space, which CommonMark reads as no close, so the slide showed the
 * marks. Up to 42 characters between marks, a mark or a space before the opening ones and a stop, a bracket or a space
 * after the closing ones: closed where the writer meant. Outside fenced code, and not inside a code span.
 */
function closedSpacedBold(text: string): string {
  if (!/[^*\s`](?: |[ \t]*\n[ \t]*)\*\*/u.test(text)) return text
  return splitFences(text)
    .map((piece) =>
      piece.code
        ? piece.text
        : piece.text
            .replace(spacedBold, (found: string, words: string, at: number, whole: string) =>
              // (A line break between the words and their marks goes before the opening ones: the lines keep their numbers.)
              found.includes('`') || inCode(whole, at) ? found : `${found.includes('\n') ? '\n' : ''}**${words}**`,
            )
            // ("* **Github **e **Git **per il codice" (review 142, an Italian post): the space before the closing marks is the one
            // after them, where a word follows; it goes there.)
            .replace(spacedBoldBeforeWord, (found: string, words: string, at: number, whole: string) =>
              inCode(whole, at) ? found : `**${words}** `,
            ),
    )
    .join('')
}

/** Whether `at` is inside a code span (an odd number of backticks before it on its line) or on an indented code line. */
function inCode(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at)
  return (line.match(/`/g)?.length ?? 0) % 2 === 1 || /^(?: {4}|\t)/u.test(line)
}

const spacedBoldBeforeWord = /(?<=[\s(\[“"'])\*\*([^*\s`][^*\n`]{0,40}?[^*\s`])[ \u00a0]\*\*(?=[\p{L}\p{N}])/gu

// (Or on the next line: "…is **experimental\n**, and it might change…", as the post's source wraps it.)
const spacedBold = /(?<=[\s(\[“"'])\*\*([^*\s`][^*\n`]{0,40}?[^*\s`])(?:[ \u00a0]|[ \t]*\r?\n[ \t]*)\*\*(?=[\s,.;:!?)\]”"'])/gu

/**
 * "**Example 1 **A common example is gene-set analysis." (review 111, a post exported from WordPress): a paragraph's
 * bold label whose closing marks follow a space, which CommonMark reads as no close, so the marks were shown. Up
 * to 42 characters, a space (a no-break one, as WordPress writes) and the marks, text right after them: the space
 * goes after the marks.
 */
const spaceClosedBoldLabel = /(?<=(?:^|\n)[ \t]*\r?\n)\*\*([^*\s][^*\n]{0,40}?[^*\s])[ \u00a0]\*\*(?=[\p{L}\p{N}])/gu

/** "**可以复现" alone between blank lines, its closing marks lost. */
const unclosedBoldLine = /(?<=(?:^|\n)[ \t]*\r?\n)\*\*([^*\s][^*\n]{0,40}?)[ \t]*(?=\r?\n[ \t]*(?:\r?\n|$))/g

/**
 * "##\u00a0MySQL Community Edition": an ATX heading whose marks a no-break space follows (an
 * editor's or a paste's) is the heading its writer meant, not a paragraph that shows its "##".
 * Outside fenced code (`splitFences`, as the template tags are read); the line keeps its length.
 */
function spacedHeadings(text: string): string {
  if (!/^ {0,3}#{1,6}\u00a0/m.test(text)) return text
  return splitFences(text)
    .map((piece) => (piece.code ? piece.text : piece.text.replace(/^( {0,3}#{1,6})\u00a0/gm, '$1 ')))
    .join('')
}

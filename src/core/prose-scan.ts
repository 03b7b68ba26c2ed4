/*
 * Site generators expand their template tags (Hugo shortcodes, Liquid tags, Go templates,
 * Zola shortcodes) before any markdown parser sees the text, and a tag may open a code
 * block or sit inside a link's URL. So they are rewritten here, as text, before remark
 * parses it: a micromark extension would see them only after the markdown constructs they
 * break up had already been decided. What the author quoted in code (fenced blocks and
 * code spans) is left exactly as written.
 */

/** A stretch of the source: prose, or code that must not be touched. */
export interface Piece {
  text: string
  code: boolean
}

// Any indentation: a fence inside a list item is indented past CommonMark's three spaces.
const fenceOpen = /^[ \t]*(`{3,}|~{3,})/

/**
 * Split markdown into prose and fenced code blocks (with their fences); a frontmatter block
 * at the start counts as code too. Joining the pieces gives back the input.
 */
export function splitFences(markdown: string): Piece[] {
  const pieces: Piece[] = []
  const push = (text: string, code: boolean) => {
    if (text === '') return
    const last = pieces[pieces.length - 1]
    if (last && last.code === code) last.text += text
    else pieces.push({ text, code })
  }
  const matter = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(markdown)
  if (matter) push(matter[0], true)
  const lines = markdown.slice(matter ? matter[0].length : 0).split(/(?<=\n)/)
  let fence: string | undefined
  for (const line of lines) {
    if (fence) {
      push(line, true)
      const close = fenceOpen.exec(line)
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.slice(close[0].length).trim() === '')
        fence = undefined
      continue
    }
    const open = fenceOpen.exec(line)
    // A backtick fence's info string has no backticks; otherwise it is a code span.
    if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = open[1]
      push(line, true)
    } else push(line, false)
  }
  return pieces
}

/** A list item's marker and the spaces after it, up to where its words start: "- ", "\t- ", "2. ". */
const listMarker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/

/** The columns the indent of `line` takes, a tab to the next stop of four, as CommonMark counts them. */
function indentOf(line: string): number {
  let columns = 0
  for (const character of /^[ \t]*/.exec(line)?.[0] ?? '') columns = character === '\t' ? columns + 4 - (columns % 4) : columns + 1
  return columns
}

/**
 * Which lines of `markdown` are in an indented code block as CommonMark reads them: lines indented four columns or more after
 * a blank line (or a fenced block), past the column a list item's words start at while a list goes on, whose items' later
 * paragraphs, fenced blocks and nested items are indented as much. ("    ##  1 Human 1.00     AI    <NA>" (review 137, an R
 * post's printed tibble): the output of a program, where `<NA>` is no tag.) ("2. There is more generosity…" then, after a
 * blank line, "\t- In 2018, Americans gave **$427 billion**…" (review 149, reading notes on a book): a nested item indented by
 * a tab is the list's, not code.) Only for markdown: MDX has no indented code.
 */
export function indentedCodeLines(markdown: string): boolean[] {
  const code: boolean[] = []
  let fence: string | undefined
  let blankBefore = true
  // The column the last item's words start at, while a list goes on.
  let item: number | undefined
  let inCode = false
  for (const line of markdown.split('\n')) {
    if (fence) {
      code.push(false)
      const close = fenceOpen.exec(line)
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.slice(close[0].length).trim() === '') {
        fence = undefined
        blankBefore = true
      }
      continue
    }
    const open = fenceOpen.exec(line)
    const spaced = /^[ \t]/.test(line)
    if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = open[1]
      code.push(false)
      inCode = false
      // (A fence at the margin ends a list; one indented is an item's.)
      if (!spaced) item = undefined
      continue
    }
    if (line.trim() === '') {
      code.push(false)
      blankBefore = true
      continue
    }
    // (Code is indented four columns past where the words of the list it is in start, or past the margin.)
    const indent = indentOf(line)
    const base = (item ?? 0) + 4
    if (indent >= base && (inCode || blankBefore)) {
      inCode = true
      code.push(true)
    } else {
      inCode = false
      // (An item's marker opens a list, or a nested one; a line at the margin after a blank line ends it, one indented goes on
      // an item. Not a line of code that opens with a dash, "    - run: echo $HOME", indented past any list's words.)
      const marker = indent < base ? listMarker.exec(line) : null
      if (marker) item = indentOf(marker[0].replace(/[-*+.)\d]/gu, ' '))
      else if (!spaced && blankBefore) item = undefined
      code.push(false)
    }
    blankBefore = false
  }
  return code
}

/**
 * Whether each of `lines` is code as {@link splitFences} reads the text they make: a fenced block's,
 * fences included, or the frontmatter's. For line-for-line rewrites that must leave code alone.
 */
export function codeLines(lines: string[]): boolean[] {
  const code: boolean[] = []
  for (const piece of splitFences(lines.join('\n'))) {
    const count = (piece.text.match(/\n/g)?.length ?? 0) + (piece.text.endsWith('\n') ? 0 : 1)
    for (let line = 0; line < count; line++) code.push(piece.code)
  }
  while (code.length < lines.length) code.push(false)
  return code
}

/** Split prose at its code spans: a run of backticks up to the next run of the same length. */
export function splitSpans(text: string): Piece[] {
  const pieces: Piece[] = []
  const push = (part: string, code: boolean) => part !== '' && pieces.push({ text: part, code })
  let last = 0
  const runs = /`+/g
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    const closing = new RegExp(`(?<!\`)${match[0]}(?!\`)`, 'g')
    closing.lastIndex = match.index + match[0].length
    const end = closing.exec(text)
    // A span does not run across a blank line (a paragraph break).
    if (!end || /\n[ \t]*\n/.test(text.slice(match.index, end.index))) continue
    push(text.slice(last, match.index), false)
    push(text.slice(match.index, end.index + end[0].length), true)
    last = end.index + end[0].length
    runs.lastIndex = last
  }
  push(text.slice(last), false)
  return pieces
}

/** Pad `replacement` with line breaks so it spans as many lines as `original`: later lines keep their numbers. */
export function sameLines(original: string, replacement: string): string {
  const missing = count(original, '\n') - count(replacement, '\n')
  return missing > 0 ? replacement + '\n'.repeat(missing) : replacement
}

function count(text: string, char: string): number {
  let n = 0
  for (const c of text) if (c === char) n++
  return n
}

import { splitFences, splitSpans } from './prose-scan.ts'

/*
 * Pandoc's inline notes, "…a document I wrote^[Bizarrely, this happens to me a lot.] but…",
 * which Quarto, R Markdown and Pandoc posts use for their footnotes. remark has no parser for
 * them that works with its current micromark (remark-footnotes stopped at micromark 2, and its
 * author advises writing one's own), so they are rewritten here, as text before parsing, into
 * the GFM footnotes lectern already reads: a reference where the note stood, its definition at
 * the end of the article. Each note then goes into its slide's notes as any footnote does, and
 * neither its words nor its "^" reach a key point. Code (fenced blocks, code spans) is left
 * as written.
 */

/** The label of the `n`th inline note's footnote: no writer's own label looks like it. */
function labelOf(n: number): string {
  return `lectern-inline-note-${n}`
}

/**
 * For each "[" of `text` outside its code spans, the index of the "]" that closes it, brackets
 * nested inside counted (a link's text in a note), or -1: unclosed within its paragraph (a
 * blank line ends every bracket), escaped, or in code. One pass, so a paragraph of a thousand
 * unclosed "^[" costs no more than one.
 */
function closingBrackets(text: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1)
  const open: number[] = []
  let at = 0
  for (const span of splitSpans(text)) {
    const end = at + span.text.length
    for (let index = at; index < end && !span.code; index++) {
      const character = text[index]
      if (character === '\\') index++
      else if (character === '[') open.push(index)
      else if (character === ']') {
        const opened = open.pop()
        if (opened !== undefined) closes[opened] = index
      } else if (character === '\n' && /^\n[ \t]*\n/.test(text.slice(index, index + 64))) open.length = 0
    }
    at = end
  }
  return closes
}

/** Prose `text` with its inline notes made references to `notes`, which it adds to. */
function referenced(text: string, notes: string[]): string {
  const closes = closingBrackets(text)
  const parts: string[] = []
  let last = 0
  // The line breaks of the notes since the last blank line, paid back after the next one (or
  // at the text's end, before a fence), never inside the paragraph.
  let owed = 0
  const pay = (part: string): string => {
    if (owed === 0) return part
    const blank = /\n[ \t]*\n/.exec(part)
    if (!blank) return part
    const end = blank.index + blank[0].length
    const paid = part.slice(0, end) + '\n'.repeat(owed) + part.slice(end)
    owed = 0
    return paid
  }
  for (let at = text.indexOf('^['); at !== -1; ) {
    const close = text[at - 1] === '\\' ? -1 : closes[at + 1]
    const note = close === -1 ? '' : text.slice(at + 2, close)
    if (!/\S\s+\S/u.test(note)) {
      at = text.indexOf('^[', at + 2)
      continue
    }
    parts.push(pay(text.slice(last, at)))
    // (Its lines joined, a quote's ">" off each: line by line, so a long run of spaces is read once.)
    notes.push(
      note
        .split('\n')
        .map((line, index) => (index === 0 ? line : line.replace(/^[ \t>]*/u, '')).trim())
        .join(' ')
        .trim(),
    )
    parts.push(`[^${labelOf(notes.length)}]`)
    owed += note.split('\n').length - 1
    last = close + 1
    at = text.indexOf('^[', last)
  }
  parts.push(pay(text.slice(last)))
  if (owed > 0) parts.push('\n'.repeat(owed))
  return parts.join('')
}

/**
 * `markdown` with each inline note `^[…]` made a footnote reference, and the notes' definitions
 * after the article. A note's own line breaks are kept as blank lines after its paragraph, so
 * every line after the paragraph keeps its number. ("^[a-z]", with no space inside, is a
 * pattern written out, not a note.)
 */
export function convertInlineNotes(markdown: string): string {
  if (!markdown.includes('^[')) return markdown
  const notes: string[] = []
  const pieces = splitFences(markdown).map((piece) =>
    piece.code || !piece.text.includes('^[') ? piece.text : referenced(piece.text, notes),
  )
  if (notes.length === 0) return markdown
  const body = pieces.join('')
  const definitions = notes.map((note, index) => `[^${labelOf(index + 1)}]: ${note}`).join('\n\n')
  return `${body.trimEnd()}\n\n${definitions}\n`
}

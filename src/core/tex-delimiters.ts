import { splitFences, splitSpans } from './prose-scan.ts'

/*
 * MathJax's delimiters, `\( … \)` and `\[ … \]`, written as remark-math's `$ … $` and
 * `$$ … $$` before parsing: remark-math reads only dollars, and after parsing the backslashes
 * would already be gone (`\[` is markdown's escaped bracket). Code is left as written.
 */

// `\\(` too: kramdown and Hugo authors double the backslash so that markdown leaves one.
const display = /\\\\?\[((?:(?!\n[ \t]*\n)[\s\S])+?)\\\\?\]/g
const inline = /\\\\?\(((?:(?!\n[ \t]*\n)[\s\S])+?)\\\\?\)/g
/** `\[1\]` is an escaped reference mark, not math: display math has some TeX in it. */
const texLike = /[\\^_{}=+]/

/** Rewrite `\( … \)` and `\[ … \]` outside code as dollar math. Pure. */
export function convertTexDelimiters(markdown: string): string {
  if (!markdown.includes('\\(') && !markdown.includes('\\[')) return markdown
  return splitFences(markdown)
    .map((piece) =>
      piece.code
        ? piece.text
        : splitSpans(piece.text)
            .map((span) => (span.code ? span.text : convertProse(span.text)))
            .join(''),
    )
    .join('')
}

function convertProse(prose: string): string {
  return prose
    .replace(display, (whole, tex: string, offset: number, all: string) => {
      if (!texLike.test(tex) || tex.includes('$')) return whole
      // On lines of their own, the delimiters become a math block's fences, line for line.
      const ownLines = /(^|\n)[ \t]*$/.test(all.slice(0, offset)) && /^[ \t]*(\n|$)/.test(all.slice(offset + whole.length))
      if (ownLines && tex.startsWith('\n') && tex.endsWith('\n')) return `$$${tex}$$`
      return `$$${tex.trim()}$$`
    })
    .replace(inline, (whole, tex: string) => (tex.includes('$') || tex.trim() === '' ? whole : `$${tex.trim()}$`))
}

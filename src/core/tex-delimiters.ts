import { isFormula } from './math.ts'
import { indentedCodeLines, splitFences, splitSpans } from './prose-scan.ts'

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
/**
 * "be able to **inject** \(which is just a fancy word for pass in\) the dependency" (review 94, a Go
 * tutorial of GitBook's markdown): escaped parentheses around words of prose, without a sign of
 * TeX, are the brackets markdown shows, not a formula (which came out as run-together italics).
 */
const proseWords = /\p{L}{3,}['’]?\p{L}*\s+\p{L}{3,}/u
const texSign = /[\\^_{}=+<>*/|]/
/**
 * "\(en vez de «gratis»\)" (review 124, a Spanish interview exported from GitBook): three words of two letters or more in a
 * row, one of them of three or more (`longerWord`), are prose in any language, as short as its words are ("dx dy dz" is a
 * formula's).
 */
const wordRun = /(?<![\\\p{L}])\p{L}{2,}\s+\p{L}{2,}\s+[«"“‘']?\p{L}{2,}/u
/** A word of three letters or more (tested apart from `wordRun`: a lookahead inside it scanned on from every word). */
const longerWord = /\p{L}{3}/u
/** "\(Véase [Philosophy](https://gnu.org/…)\)": a markdown link is never part of a formula, whatever signs its address holds. */
const markdownLink = /\]\((?:https?:|\.{0,2}\/|#)/

/**
 * `<span>$</span>100,000`: a dollar that is an inline element's whole text is a price its
 * writer kept from MathJax, which never reads math across an element's edge. remark-math reads
 * it with the next such dollar as the two ends of a formula, and the prose between them came out
 * typeset, without its spaces, around the tags. Written as its character reference, it is the dollar sign it shows, in
 * a sentence and in a block of raw HTML, where a backslash escapes nothing (`<span class="Operator">$</span>` of a
 * highlighted listing pasted as HTML, review 117).
 */
const taggedDollar = /(<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>\n]*)?>)\$(<\/\2\s*>)/g

/**
 * `A web page\index{web page} is hypertext`: a book written for LaTeX marks the words of its
 * index, which LaTeX prints nowhere in the text. (One level of braces inside: `\index{C++@\texttt{C++}}`.)
 */
const indexEntry = /\\index\{[^{}\n]*(?:\{[^{}\n]*\}[^{}\n]*)*\}/g

/**
 * `*p**r**o**p*.*t**r**u**e*`, `*m**e**a**n* = 0`: the math R Markdown's `github_document` (Pandoc's
 * GFM writer) leaves of a formula, each letter in italics of its own, which markdown reads as
 * bold and italics crossing ("pro**p.tru**e" on a slide). One italic word, as it reads.
 */
const italicLetters = /\*((?:[\p{L}\p{N}]\*\*){2,}[\p{L}\p{N}])\*/gu

/** A single dollar, where it stands: not an escaped `\$`, nor one of `$$`. */
const singleDollar = /(?<![\\$])\$(?!\$)/g

/**
 * Dollars of prose that would pair into no formula, written as their character reference, the
 * sign they show (raw HTML reads it as the sign too, where a backslash would show). Line by line,
 * with the line's own code spans: a stray backtick elsewhere in a list, "…the current span`",
 * pairs nothing across lines, as it does for the markdown parser.
 * - "Streams `permissions$` … (isAuthenticated$ wird `true` emitten) … `canDeleteInvoices$`":
 *   remark-math pairs a dollar with the next one whatever lies between, so a lone dollar in prose
 *   (an RxJS stream's name, a shell or PHP variable) opened a formula that ran across the code
 *   spans after it, and put back as text they showed their backticks. A formula never holds a
 *   code span: on a line with code spans, an odd dollar out of the prose between them (the last
 *   single one, as remark-math pairs them in order) is a sign.
 * - "…is [under $40,000 per year](http://…) for someone… to about $50,000 per year": remark-math
 *   reads what lies between two dollars as a formula before any link or emphasis in it; a pair
 *   that is no formula (`isFormula`, math.ts) is put back as text, its link's brackets and address
 *   showing. Both dollars of such a pair are signs: the link and emphasis between them are read,
 *   and every other dollar pairs as before. A formula over lines, "$L =" then "\sum_i x_i$",
 *   carries its open dollar to the next line, up to the paragraph's end; an indented code block is code.
 */
function withoutStrayDollars(text: string): string {
  const lines = text.split('\n')
  // Whether a formula opened on a line before is still open; which lines are in an indented code block (a nested list item
  // indented by a tab is no code: see `indentedCodeLines`).
  let open = false
  const indented = indentedCodeLines(text)
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      open = false
      continue
    }
    const code = indented[index]
    if (!line.includes('$')) continue
    const spans = splitSpans(line)
    const coded = spans.some((span) => span.code)
    lines[index] = spans
      .map((span) => {
        if (span.code) return span.text
        const unpaired = coded ? loneEscaped(span.text) : span.text
        if (code) return unpaired
        const priced = pricesEscaped(unpaired, open)
        open = priced.open
        return priced.text
      })
      .join('')
  }
  return lines.join('\n')
}

/** The prose between a line's code spans with its odd single dollar out, the last, as a sign (see `withoutStrayDollars`). */
function loneEscaped(prose: string): string {
  const singles = [...prose.matchAll(singleDollar)].map((match) => match.index)
  return singles.length % 2 === 0 ? prose : signsAt(prose, singles.slice(-1))
}

/** A stretch of prose with the pairs of dollars that are no formula as signs; it may open inside a formula (`open`), and says whether one is open after it. */
function pricesEscaped(prose: string, open: boolean): { text: string; open: boolean } {
  const singles = [...prose.matchAll(singleDollar)].map((match) => match.index)
  // (The first closes the formula a line before opened.)
  const first = open && singles.length > 0 ? 1 : 0
  const prices: number[] = []
  let at = first
  for (; at + 1 < singles.length; at += 2) {
    const [start, end] = [singles[at], singles[at + 1]]
    if (!isFormula(prose.slice(start + 1, end), prose[end + 1] ?? '')) prices.push(start, end)
  }
  const stillOpen = open && singles.length === 0 ? true : at < singles.length
  return { text: signsAt(prose, prices), open: stillOpen }
}

/** `prose` with the dollars at `indexes` (in order) written as their character reference. */
function signsAt(prose: string, indexes: number[]): string {
  if (indexes.length === 0) return prose
  let out = ''
  let from = 0
  for (const at of indexes) {
    out += `${prose.slice(from, at)}&#36;`
    from = at + 1
  }
  return out + prose.slice(from)
}

/** Rewrite `\( … \)` and `\[ … \]` outside code as dollar math, escape a dollar an element holds alone, and drop LaTeX's index entries. Pure. */
export function convertTexDelimiters(markdown: string): string {
  const tagged = markdown.includes('$<')
  const brackets = markdown.includes('\\(') || markdown.includes('\\[')
  const indexed = markdown.includes('\\index{')
  const lettered = markdown.includes('**') && /\*(?:[\p{L}\p{N}]\*\*){2}/u.test(markdown)
  const dollars = markdown.includes('$')
  const environments = markdown.includes('\\begin{')
  if (!tagged && !brackets && !indexed && !lettered && !dollars && !environments) return markdown
  const prose = (text: string) => {
    const relettered = lettered ? text.replace(italicLetters, (_run, letters: string) => `*${letters.replaceAll('**', '')}*`) : text
    const unindexed = indexed ? relettered.replace(indexEntry, '') : relettered
    const escaped = tagged ? unindexed.replace(taggedDollar, '$1&#36;$3') : unindexed
    return brackets ? convertProse(escaped) : escaped
  }
  const pieces = splitFences(markdown).map((piece) =>
    piece.code ? piece.text : splitSpans(joinDisplayLines(bareEnvironments(dollars ? withoutStrayDollars(piece.text) : piece.text))),
  )
  // (An article writes its math in code where two spans or more are formulas and its prose holds none: one that shows
  // "`\(x\)`" once, or beside formulas of its own, shows how the delimiters are written. Single dollars in code are
  // shell and PHP variables, unless the article writes its math in code.)
  const spans = pieces.flatMap((each) => (typeof each === 'string' ? [] : each))
  // (Formulas that read as TeX, a command, a sub- or superscript, a relation or a brace: not a regular expression's
  // "`\(\d+\)`", "`\[(.*?)\]`", nor the delimiters shown bare, "`\(...\)`".)
  const coded =
    (brackets || dollars) &&
    spans.filter((span) => span.code && codeMath.test(span.text) && texInCode.test(span.text)).length >= 2 &&
    !spans.some((span) => !span.code && /\\[([]|\$\$/.test(span.text))
  return pieces
    .map((piece) =>
      typeof piece === 'string'
        ? piece
        : piece.map((span) => (span.code ? (coded ? mathOfCode(span.text) : span.text) : prose(span.text))).join(''),
    )
    .join('')
}

/**
 * "I have `\(k>0\)` units of energy", "`$$V_n=\frac{a_n}{k_n}$$`" (review 120, a blogdown post of
 * Hugo): R Markdown's blogs put their formulas in code spans, so that markdown leaves their
 * backslashes and underscores alone, and a script of the site's (blogdown's math-code.js) hands
 * every code span that is all a formula to MathJax. A span that is wholly `\( … \)`, `\[ … \]`
 * or `$$ … $$` is a formula; where the article writes math so, a span that is wholly `$ … $`
 * is one too, as that script reads it. Written as dollar math on the same lines (a single
 * dollar: two at a line's start would open a math block); a displayed one keeps its size with
 * `\displaystyle`, and one that only display mode can set is shown so (see rehype-math.ts).
 */
const codeMath = /^(`+) ?(?:\\\((?:(?!\n[ \t]*\n)[^$])+\\\)|\\\[(?:(?!\n[ \t]*\n)[^$])+\\\]|\$\$(?:(?!\n[ \t]*\n)[^$])+\$\$) ?\1$/
const codeDollars = /^(`+) ?\$([^$\s](?:[^$]*[^$\s])?)\$ ?\1$/
/** TeX in a code span: a command of two letters or more, a sub- or superscript, a relation or a brace. */
const texInCode = /\\[A-Za-z]{2,}|[_^{=<>]/
/** What a regular expression holds and a formula does not: a class escape, a wildcard's repeat, a lazy or optional group. */
const regexInCode = /\\[dDwWsSbB](?![A-Za-z])|\.[*+?]|\?\)|\(\?/

function mathOfCode(span: string): string {
  if (regexInCode.test(span)) return span
  const whole = codeMath.exec(span)
  const fence = whole?.[1] ?? codeDollars.exec(span)?.[1]
  if (!fence) return span
  const inner = span.slice(fence.length, -fence.length).trim()
  if (inner.startsWith('$') && !inner.startsWith('$$')) return `$${inner.slice(1, -1)}$`
  const tex = inner.slice(2, -2)
  if (tex.trim() === '') return span
  return inner.startsWith('\\(') ? `$${tex}$` : `$\\displaystyle ${tex}$`
}

/**
 * `\begin{align}` … `\end{align}` on lines of their own in a paragraph, without dollars (review 144, a Distill post on
 * score-based models): MathJax typesets a displayed environment wherever it stands in the text, and the page shows the
 * formula; remark-math reads none, so it showed as TeX. Outside dollars only, each becomes the display math its page shows,
 * `$$\begin{align}` … `\end{align}$$` (joined to a line of its own below). At most sixty lines, none blank.
 */
const bareEnvironment =
  /^([ \t]{0,3})(\\begin\{(align|equation|gather|multline|eqnarray|alignat|flalign)(\*?)\}[^\n$]*\n(?:[ \t]*[^\s$][^\n$]*\n){0,60}?[ \t]*\\end\{\3\4\})[ \t]*$/gm

function bareEnvironments(prose: string): string {
  if (!prose.includes('\\begin{')) return prose
  // Where each `$$` stands, once: an environment after an odd number of them is inside display math already.
  const dollars = [...prose.matchAll(/(?<!\\)\$\$/g)].map((found) => found.index)
  let before = 0
  return prose.replace(bareEnvironment, (whole, indent: string, tex: string, _name: string, _star: string, offset: number) => {
    while (before < dollars.length && dollars[before] < offset) before++
    return before % 2 === 1 ? whole : `${indent}$$${tex}$$`
  })
}

/**
 * `$$\begin{equation}` … `\end{equation}$$`: display math whose dollars share a line with its
 * TeX, as MathJax reads it. To remark-math the first line opens a math block that only a line of
 * `$$` closes, so it ran on to the end of the article, every later word inside it. Its lines are
 * joined into one `$$ … $$` line, followed by as many blank lines, so each later line keeps its
 * number. Not when a line holds a TeX comment (`%`), which joining would run on.
 */
// (Each line read one way only, its spaces then its first sign, and at most a hundred of them: a line read as any split
// of its spaces and signs made an opening never closed take minutes over ten lines of words.)
const sharedLineDisplay = /^([ \t]{0,3})\$\$([ \t]*[^\s$][^\n$]*)\n((?:[ \t]*[^\s$][^\n$]*\n){0,100}?)([^\n$]*)\$\$[ \t]*$/gm

function joinDisplayLines(prose: string): string {
  if (!prose.includes('$$')) return prose
  return prose.replace(sharedLineDisplay, (whole, indent: string, first: string, middle: string, last: string) => {
    if (/(^|[^\\])%/.test(whole)) return whole
    const lines = [first, ...middle.split('\n'), last].map((line) => line.trim()).filter(Boolean)
    return `${indent}$$${lines.join(' ')}$$${'\n'.repeat(whole.split('\n').length - 1)}`
  })
}

/**
 * The TeX inside delimiters an author doubled (`\\[ … \\]`) as markdown leaves it on the page,
 * where MathJax reads it: a backslash before ASCII punctuation stands for that character
 * (`\\begin` is `\begin`, `\\\\` a row break, `\_` an underscore), before anything else for itself
 * (`\log`). These authors write their TeX for markdown to read first.
 */
function unescaped(tex: string, doubled: boolean): string {
  return doubled ? tex.replace(/\\([!-/:-@[-`{-~])/g, '$1') : tex
}

function convertProse(prose: string): string {
  return prose
    .replace(display, (whole, tex: string, offset: number, all: string) => {
      if (!texLike.test(tex) || tex.includes('$')) return whole
      tex = unescaped(tex, whole.startsWith('\\\\'))
      // On lines of their own, the delimiters become a math block's fences, line for line.
      const ownLines = /(^|\n)[ \t]*$/.test(all.slice(0, offset)) && /^[ \t]*(\n|$)/.test(all.slice(offset + whole.length))
      if (ownLines && tex.startsWith('\n') && tex.endsWith('\n')) return `$$${tex}$$`
      return `$$${tex.trim()}$$`
    })
    .replace(inline, (whole, tex: string) =>
      tex.includes('$') ||
      tex.trim() === '' ||
      markdownLink.test(tex) ||
      ((proseWords.test(tex) || (wordRun.test(tex) && longerWord.test(tex))) && !texSign.test(tex))
        ? whole
        : `$${unescaped(tex, whole.startsWith('\\\\')).trim()}$`,
    )
}

import { convertMdxComponents } from './mdx-components.ts'
import { parseArgs } from './shortcodes.ts'
import { codeLines } from './prose-scan.ts'
import { calloutKinds } from './callout-kinds.ts'
import { convertDefinitionLists } from './definition-lists.ts'
import { asText } from './markdown-text.ts'
import { convertPullQuotes, convertQuotedParagraphs } from './pull-quotes.ts'

/*
 * Block-level syntax of the blog and docs engines that CommonMark reads as text: custom
 * containers and callouts (Docusaurus and VitePress `:::note Title`, Quarto and Pandoc
 * `::: {.callout-tip}`), Microsoft Learn's `:::image …:::` directives, kramdown's attribute
 * lists (`{: .notice}`) and `markdown="1"` blocks, MDX's `import`/`export` statements and
 * Docusaurus's `mdx-code-block` fences, R Markdown and Quarto code chunks (```` ```{r} ````),
 * and Markua's (Leanpub's) blurbs, lines that open with a letter and `>` (`W> Beware…`).
 * Rewritten line by line before parsing, like the template tags (see prose-scan.ts), and
 * every line stays a line, so positions in warnings stay true. A callout becomes a block
 * quote opened by `[!kind] Title`, the form GitHub and Obsidian write, which `remarkCallouts`
 * turns into a labelled box.
 */

/** The result of {@link convertBlockSyntax}: the text, and what was left out by kind with the line of each. */
export interface ConvertedBlocks {
  text: string
  removed: Array<{ kind: string; line: number }>
}

const fenceLine = /^([ \t]*)(`{3,}|~{3,})(.*)$/
const containerOpen = /^[ \t]*(:{3,})[ \t]*(\S.*?)[ \t]*:*[ \t]*$/
const containerClose = /^[ \t]*:{3,}[ \t]*$/
/**
 * Nuxt Content's (MDC's) block components, opened by two colons and a name, `::tip{label="Note"}` or `::alert{type="info"}`,
 * and closed by a line of two: the same containers as `:::` (review 138, Misskey's docs). Only a name, a bracketed label
 * and attributes: a line of prose that opens with `::` is prose, and so is an indented listing's `::python` (CodeHilite's
 * language line).
 */
const mdcOpen = /^ {0,3}::([A-Za-z][\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?)[ \t]*$/
const mdcClose = /^[ \t]*::[ \t]*$/
/** A slot's name inside an MDC component, `#title` or `#default`, a line of its own: no words of the article. */
const mdcSlot = /^[ \t]*#[a-z][\w-]*[ \t]*$/
/** Microsoft Learn's one-line directives: `:::image type="content" source="x.png" alt-text="…":::`. */
const directive = /^[ \t]*:::([a-z][\w-]*)\b(.*?):::[ \t]*$/
/** Docusaurus's magic comments, a line of their own in code: `// highlight-next-line`, `# highlight-start`. */
const highlightComment = /^[ \t]*(?:\/\/|#|--|;|<!--|\/\*|\{\/\*)[ \t]*highlight-(?:next-line|start|end)\b.*$/
/** VitePress's and Shiki's notes at a line's end: `// [!code ++]`, `# [!code focus]`. */
const highlightSuffix = /[ \t]*(?:\/\/|#|--|<!--|\/\*)[ \t]*\[!code [^\]\n]*\][ \t]*(?:-->|\*\/)?[ \t]*(?=\r?$)/
/**
 * A line VitePress's diff notation marks as taken out, `provider: 'playwright', // [!code --]` over the line that
 * replaces it (Vitest 4's release notes, review 105): the code as it now stands leaves it out; shown, the two lines read
 * as one invalid listing.
 */
const removedLine = /(?:\/\/|#|--|<!--|\/\*)[ \t]*\[!code --\][ \t]*(?:-->|\*\/)?[ \t]*$/
/**
 * A line that is only an attribute list for the block above it: kramdown's `{: .class}`, and
 * goldmark's (Hugo's) `{.class #id key=value}` after a paragraph or a table. A line in braces
 * that does not start with `#`, `.` or a `key=value` (`{placeholder}`) is prose.
 */
const kramdownLine =
  /^[ \t]*(?:\{:[^\n]*\}|\{[ \t]*(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))(?:[ \t]+(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))*[ \t]*\})[ \t]*$/
/**
 * Markua's blurbs, which Leanpub books and the docs that grew from them (webpack's) write:
 * every line of one opens with its kind's letter and `>`. (`A>` aside, `B>` blurb, `D>`
 * discussion, `E>` error, `G>` generic, `I>` information, `Q>` question, `T>` tip, `W>`
 * warning, `X>` exercise.)
 */
const markuaBlurb = /^([ABDEGIQTWX])>(?:[ \t](.*))?$/
const markuaKinds: Record<string, string> = {
  A: 'note',
  B: 'note',
  D: 'question',
  E: 'error',
  G: 'note',
  I: 'info',
  Q: 'question',
  T: 'tip',
  W: 'warning',
  X: 'example',
}
const markdownBlock = /^[ \t]*<([a-z][\w-]*)\b[^>]*\bmarkdown=(["']?)(?:1|block|span)\2[^>]*>[ \t]*$/i

interface Container {
  callout: boolean
  /** Quarto's `::: panel-tabset`: its headings name tabs, not sections. */
  tabs?: boolean
  /** Opened by MDC's two colons: its `#slot` lines are names, and `::` closes it. */
  mdc?: boolean
}

/** Whether the fenced block from `start` to its closing `marker` is empty or holds only gatsby-remark-table-of-contents' options. */
function tocOptionsOnly(lines: string[], start: number, marker: string): boolean {
  for (let at = start; at < lines.length; at++) {
    const line = lines[at].trim()
    if (line.startsWith(marker)) return true
    if (line !== '' && !/^(?:exclude|tight|from-heading|to-heading|ordered|class-name|fromHeading|toHeading|className)\s*:/u.test(line))
      return false
  }
  return false
}

/** An abbreviation's definition, on a line of its own. */
const abbreviation = /^[ \t]{0,3}\*\[[^\]\n]{1,80}\]:[ \t]*\S[^\n]*$/
/** A line that only marks where a generated table of contents goes. */
const tocMarker = /^[ \t]*(?:\[\[_?toc_?\]\]|\[_?toc_?\]|\$\{toc\})[ \t]*$/i

/** Quarto's code annotation at a line's end (`penguins |>   # <1>`), which it shows as a numbered marker, not as code. */
// (And Material for MkDocs' `# (1)!`, whose note is the list after the listing: "self.quacking = True  # (1)!", review 106.)
// (Only with its "!", which Material writes where the comment is the marker alone: a blog's own "return x; // (2)" stays.)
const annotationMarker = /[ \t]+(?:(?:#|\/\/|--|;|%)[ \t]*(?:<\d+>|\(\d+\)!)|\/\*[ \t]*\(\d+\)![ \t]*\*\/)$/

/** Characters at the end of a line an annotation marker can take, with the spaces before it. */
const annotationRoom = 40

/**
 * A line of code without the annotation marker at its end (see `annotationMarker`). The marker is looked for in the
 * line's last characters only: a pattern anchored at the end is tried from every character of a long line.
 */
function withoutAnnotation(line: string): string {
  const end = line.replace(/\r$/, '').trimEnd()
  const from = Math.max(0, end.length - annotationRoom)
  const marker = annotationMarker.exec(end.slice(from))
  return marker ? end.slice(0, from + marker.index) : line.replace(/\r$/, '')
}
/** Fences that show markdown as written: an annotation there is the example's text. */
const writtenAsIs = /^(markdown|md|qmd|rmd|text|txt|plain)$/i

/** Rewrite the block-level syntax described above; code blocks stay as written. Pure. */
export function convertBlockSyntax(markdown: string): ConvertedBlocks {
  const lines = convertDefinitionLists(
    withinHtmlBlocksUnindented(
      withoutMystTargets(
        mystFencedDirectives(
          convertAdmonitions(
            convertMdxComponents(convertQuotedParagraphs(convertPullQuotes(preformattedBlankLinesKept(markdown.split('\n'))))),
          ),
        ),
      ),
    ),
  )
  const out: string[] = []
  const removed: ConvertedBlocks['removed'] = []
  const containers: Container[] = []
  const markdownBlocks: Array<{ tag: string; callout: boolean }> = []
  const quote = () => '> '.repeat(containers.filter((container) => container.callout).length)
  let fence: { marker: string; drop: boolean; unwrap: boolean; dropped: number; annotated?: boolean } | undefined
  let titleLine = -1
  // The last line of two colons alone, the close an MDC component needs after it: found when the first such component opens.
  let lastMdcClose: number | undefined
  let afterStatement = -1
  const bodyStart = skipFrontmatter(lines, out)
  let index = bodyStart

  for (; index < lines.length; index++) {
    const line = lines[index]
    const bare = line.replace(/\r$/, '')
    if (fence) {
      const close = fenceLine.exec(bare)
      if (close && close[2][0] === fence.marker[0] && close[2].length >= fence.marker.length && close[3].trim() === '') {
        // The lines of highlighting comments taken out of the code come back as blank lines after it.
        out.push((fence.drop || fence.unwrap ? '' : quote() + line) + '\n'.repeat(fence.dropped))
        fence = undefined
      } else if (fence.unwrap) {
        // Docusaurus renders an `mdx-code-block` fence as MDX: its statements go, its text stays.
        const esm = statementEnd(lines, index)
        if (esm >= index) {
          for (; index <= esm; index++) out.push('')
          index--
        } else out.push(quote() + line)
      } else if (!fence.drop && (highlightComment.test(bare) || removedLine.test(bare))) fence.dropped++
      else {
        const code = fence.annotated ? withoutAnnotation(line) : line
        // (Only a line that holds such a note is searched for it: the pattern opens on spaces, tried from each of a long run.)
        out.push(
          fence.drop || /^[ \t]*#\|/.test(bare) ? '' : quote() + (code.includes('[!code') ? code.replace(highlightSuffix, '') : code),
        )
      }
      continue
    }
    const open = fenceLine.exec(bare)
    if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
      const info = open[3].trim()
      // ("```toc" (review 123, a Gatsby blog's gatsby-remark-table-of-contents): where the site puts its generated table of
      // contents, as `[TOC]` is; the deck has its own outline. Its lines are blank, each keeping its number.)
      // (Only one empty or holding the plugin's options: a `toc` listing may be a World of Warcraft addon's `.toc` file.)
      if (/^toc$/i.test(info) && tocOptionsOnly(lines, index + 1, open[2])) {
        fence = { marker: open[2], drop: true, unwrap: false, dropped: 0 }
        out.push('')
        continue
      }
      if (info === 'mdx-code-block') {
        fence = { marker: open[2], drop: false, unwrap: true, dropped: 0 }
        out.push('')
        continue
      }
      const chunk = /^\{=?\.?([\w+-]*)[ ,]*([^}]*)\}(.*)$/.exec(info)
      if (chunk) {
        // A knitr or Quarto chunk: its language, and hidden when it says so.
        const hidden = /\b(include|echo)\s*=\s*F(ALSE)?\b/i.test(chunk[2]) || chunkHidden(lines, index + 1)
        fence = { marker: open[2], drop: hidden, unwrap: false, dropped: 0, annotated: true }
        out.push(hidden ? '' : `${quote()}${open[1]}${open[2]}${chunk[1].toLowerCase()}`)
        continue
      }
      // A listing made only of mdBook's includes (`{{ #include @code/…/main.rs:run }}`) holds no code of the article's:
      // the file it names is the site's. It is left out, and said to be, rather than shown as its directives.
      if (onlyIncludes(lines, index + 1, open[2])) {
        removed.push({ kind: 'mdBook `{{#include}}` listing', line: index + 1 })
        fence = { marker: open[2], drop: true, unwrap: false, dropped: 0 }
        out.push('')
        continue
      }
      fence = { marker: open[2], drop: false, unwrap: false, dropped: 0, annotated: !writtenAsIs.test(info.split(/\s/)[0] ?? '') }
      // Zenn's and Qiita's `lang:file name` info: the language, then the file's name.
      const named = /^([\w+#.-]+):(\S.*)$/.exec(info)
      out.push(quote() + (named && !/^[a-z]+:\/\//i.test(info) ? `${open[1]}${open[2]}${named[1]} ${named[2]}` : line))
      continue
    }
    if (index === titleLine) {
      out.push(quote().trimEnd())
      continue
    }
    const single = directive.exec(bare)
    if (single) {
      const [, name, args] = single
      if (name === 'image') {
        const { named } = parseArgs(args)
        const source = named.source ?? named.src
        out.push(source ? `${quote()}![${(named['alt-text'] ?? '').replace(/[[\]]/g, '\\$&')}](<${source.replace(/[<>]/g, '')}>)` : quote())
      } else {
        if (!/-end$/.test(name)) removed.push({ kind: `Microsoft Learn \`:::${name}:::\``, line: index + 1 })
        out.push(quote().trimEnd())
      }
      continue
    }
    if ((containerClose.test(bare) || (mdcClose.test(bare) && containers.at(-1)?.mdc)) && containers.length > 0) {
      containers.pop()
      out.push(quote().trimEnd())
      continue
    }
    if (containers.at(-1)?.mdc && mdcSlot.test(bare)) {
      out.push(quote().trimEnd())
      continue
    }
    // (Only one a line of two colons closes later: "::before" alone on its line, in a post on CSS, is the pseudo-element.)
    const opensMdc = mdcOpen.exec(bare)
    if (opensMdc) lastMdcClose ??= lines.findLastIndex((each) => mdcClose.test(each.replace(/\r$/, '')))
    const mdc = opensMdc && index < (lastMdcClose ?? -1) ? opensMdc : null
    const container = containerOpen.exec(bare) ?? (mdc ? [bare, '::', mdc[1]] : null)
    if (container) {
      const { kind, title, hidden, tab, headed } = readContainer(container[2])
      // MyST's `:::{todo}` is the writer's note to self, which Sphinx leaves out unless asked: shown nowhere.
      if (hidden) {
        const end = containerEnd(lines, index)
        removed.push({ kind: hidden === 'instructor' ? 'Carpentries `instructor` note' : `MyST \`{${hidden}}\``, line: index + 1 })
        for (; index <= end; index++) out.push(quote().trimEnd())
        index--
        continue
      }
      // MyST's `:::{tab-item} Windows`: the tab's name is a label over its content, as a Quarto tab's is.
      if (tab !== undefined) {
        out.push(tab ? `${quote()}**${tab}**<!-- tab -->` : quote().trimEnd())
        containers.push({ callout: false, tabs: false })
        continue
      }
      const outer = quote()
      if (kind) {
        let heading = headed ? undefined : title
        if (!heading) {
          // Quarto takes a callout's first heading for its title.
          const next = lines.findIndex((text, at) => at > index && text.trim() !== '')
          const atx = next === -1 ? null : /^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(lines[next])
          if (atx) {
            heading = atx[1]
            titleLine = next
          }
        }
        heading ??= title
        out.push(`${outer}> [!${kind}]${heading ? ` ${heading}` : ''}`)
      } else out.push(outer.trimEnd())
      containers.push({ callout: kind !== undefined, tabs: /(?:^|[\s{.])panel-tabset\b/.test(container[2]), mdc: mdc !== null })
      continue
    }
    const tab = containers.at(-1)?.tabs ? /^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(bare) : null
    if (tab) {
      // A tab's name is a label over its content: as a heading it would start a section of the
      // talk. The comment after it (shown nowhere) keeps it from reading as a part's bold heading
      // in an article without headings (see bold-headings.ts).
      out.push(`${quote()}**${tab[1]}**<!-- tab -->`)
      continue
    }
    const blurb = markuaBlurb.exec(bare)
    if (blurb) {
      // A quote of its kind, its marker on the blank line before the blurb's first line, so
      // every line stays a line. (Without a blank line before, or with a quote just before that
      // the marker would carry on, a plain quote.)
      const first = markuaBlurb.exec(lines[index - 1]?.replace(/\r$/, '') ?? '')?.[1] !== blurb[1] || index === bodyStart
      const blank = out.length - 1
      if (first && blank > bodyStart && out[blank].trim() === '' && !/^[ \t]*>/.test(out[blank - 1]))
        out[blank] = `${quote()}> [!${markuaKinds[blurb[1]]}]`
      out.push(`${quote()}> ${blurb[2] ?? ''}`)
      continue
    }
    // "1) Introduction" over "====": a heading numbered as kramdown writes it, which knows no list
    // marker ")"; CommonMark would open a list whose item runs on into the "====".
    if (/^[ \t]{0,3}\d{1,3}\)[ \t]+\S/.test(bare) && /^[ \t]{0,3}(?:=+|-+)[ \t]*$/.test(lines[index + 1] ?? '')) {
      out.push(quote() + line.replace(/^([ \t]{0,3}\d{1,3})\)/, '$1\\)'))
      continue
    }
    // `[[toc]]` (VuePress, VitePress, markdown-it), `[TOC]` (Python-Markdown, Typora), `[[_TOC_]]`
    // (GitLab), `${toc}`: where the site puts its generated table of contents; the deck has its own outline.
    // (Blank, not removed: every line keeps its number.)
    if (tocMarker.test(bare)) {
      out.push(quote().trimEnd())
      continue
    }
    // kramdown's and PHP Markdown Extra's abbreviation, `*[LTO]: Link-time optimization` (review 140, a Jekyll post that
    // defines one under each paragraph using it): a page shows its words where the reader points at the abbreviation;
    // shown as a line, it was a paragraph of its own, and a point.
    if (abbreviation.test(bare)) {
      out.push(quote().trimEnd())
      continue
    }
    if (kramdownLine.test(bare)) {
      // `* TOC` then `{:toc}`: kramdown puts its generated table of contents there; the deck has its own outline.
      if (/^[ \t]*\{:[ \t]*toc[ \t]*\}/.test(bare)) {
        // Blank, not removed: every line keeps its number for warnings and slide positions.
        let at = out.length - 1
        for (; at >= 0 && /^[ \t>]*(?:[*+-]|\d+[.)])[ \t]+\S/.test(out[at]); at--) out[at] = ''
        // ("Table of Contents\n===\n{:.no_toc}" over it: the contents' own title, which kramdown
        // leaves out of them, is no part of the talk, nor its title.)
        // (Each line of `out` is the line of the same number: the attribute list is already blank there.)
        while (at >= bodyStart && out[at].trim() === '' && !noToc.test(lines[at])) at--
        if (at >= bodyStart && noToc.test(lines[at])) {
          out[at--] = ''
          if (at >= bodyStart && /^[ \t]{0,3}(?:=+|-+)[ \t]*$/.test(out[at]) && at - 1 >= bodyStart && out[at - 1].trim() !== '') {
            out[at] = ''
            out[at - 1] = ''
          } else if (at >= bodyStart && /^[ \t]{0,3}#{1,6}[ \t]/.test(out[at])) out[at] = ''
        }
      }
      const kind = noticeKind(bare)
      // An attribute list on the line right before a paragraph (after a blank line) is that paragraph's:
      // `{:.alert .alert-warning}` then the warning's words.
      const next = lines[index + 1]?.replace(/\r$/, '') ?? ''
      const before = index === bodyStart || lines[index - 1].trim() === ''
      if (kind && containers.length === 0 && before && /^[ \t]{0,3}[^\s#>|<`~{]/.test(next)) {
        out.push(`> [!${kind}]`)
        for (index++; index < lines.length && lines[index].trim() !== ''; index++) out.push(`> ${lines[index]}`)
        index--
        continue
      }
      if (kind && containers.length === 0) quoteParagraphBefore(out, kind, bodyStart)
      else if (captionClass.test(bare)) captionParagraphBefore(out, bodyStart)
      out.push(quote().trimEnd())
      continue
    }
    const block = markdownBlock.exec(bare)
    if (block) {
      // kramdown parses the inside of `<div markdown="1">` as markdown: so does the deck, without the wrapper.
      const kind = noticeKind(bare)
      markdownBlocks.push({ tag: block[1].toLowerCase(), callout: kind !== undefined })
      if (kind) {
        out.push(`${quote()}> [!${kind}]`)
        containers.push({ callout: true })
      } else out.push(quote().trimEnd())
      continue
    }
    const close = /^[ \t]*<\/([a-z][\w-]*)>[ \t]*$/i.exec(bare)
    if (close && markdownBlocks.at(-1)?.tag === close[1].toLowerCase()) {
      if (markdownBlocks.pop()?.callout) containers.pop()
      out.push(quote().trimEnd())
      continue
    }
    // MDX statements start a block: at the top, after a blank line or after another statement.
    if (index === bodyStart || lines[index - 1].trim() === '' || index === afterStatement) {
      const esm = statementEnd(lines, index)
      if (esm >= index) {
        for (; index <= esm; index++) out.push(quote().trimEnd())
        afterStatement = index
        index--
        continue
      }
    }
    out.push(bare === '' ? quote().trimEnd() : quote() + line)
  }
  return { text: out.join('\n'), removed }
}

/** mdBook's include of a file's code, or of part of it: `{{ #include path }}`, `{{#rustdoc_include path:anchor}}`. */
const mdBookInclude = /^[ \t]*\{\{\s*#(?:include|rustdoc_include|playground)\s+[^{}\n]+\}\}[ \t]*\r?$/

/** Whether the fenced block whose lines start at `from` (closed by `marker`) holds mdBook includes and nothing else. */
function onlyIncludes(lines: string[], from: number, marker: string): boolean {
  let includes = 0
  for (let index = from; index < lines.length; index++) {
    const close = fenceLine.exec(lines[index])
    if (close && close[2][0] === marker[0] && close[2].length >= marker.length && close[3].trim() === '') return includes > 0
    if (mdBookInclude.test(lines[index])) includes++
    else if (lines[index].trim() !== '') return false
  }
  return false
}

/** An element that lays out a page's sections, opening a line of its own (not one kramdown reads as markdown: see `markdownBlock`). */
const wrapperOpen = /^ {0,3}<(div|section|article|main|header|footer|center)(?:\s[^<>]*)?>[ \t]*\r?$/i
/** The opening and closing tags of those elements, anywhere on a line. */
const wrapperTag = /<(\/?)(div|section|article|main|header|footer|center)(?=[\s>])[^<>]*>/gi
/** An indented line that opens on a tag of content: a paragraph, a picture, a heading, a list, a table, a link, a frame. */
const indentedContent =
  /^(?=(?: {4}|\t))[ \t]+(?=<(?:p|img|picture|figure|h[1-6]|ul|ol|dl|table|a|iframe|video|audio|div|section|span|strong|em|b|i|br|hr)[\s>/])/i

/**
 * `<div class="language-nim highlighter-rouge"><pre class="highlight"><code>…`, its code's blank lines as they are (review 117,
 * Nim's post, a listing pasted as Jekyll's Rouge wrote it): kramdown, and a browser, read the `<pre>` whole; CommonMark
 * ends an HTML block that opens on another tag at its first blank line, and read the code after it as paragraphs,
 * its spans' tags as text. A blank line inside a `<pre>` that an HTML block's line opens, and that closes within
 * `maxPreformattedLines`, holds an empty comment instead: a line of the block, and no character of its code.
 * (Not in a code fence; a `<pre>` written in prose, "the `<pre>` tag", opens on no line of HTML.)
 */
function preformattedBlankLinesKept(lines: string[]): string[] {
  if (!lines.some((line) => htmlLineWithPre.test(line))) return lines
  const code = codeLines(lines)
  // (Each line's opened `<pre>`s less its closed ones, counted once: a line is scanned again only by the opener before it.)
  const opened = lines.map((line) => (line.match(/<pre[\s>]/gi)?.length ?? 0) - (line.match(/<\/pre\s*>/gi)?.length ?? 0))
  const out = [...lines]
  for (let index = 0; index < lines.length; index++) {
    if (code[index] || !htmlLineWithPre.test(lines[index])) continue
    let depth = 0
    const blanks: number[] = []
    let end = index
    for (; end < lines.length && end - index <= maxPreformattedLines; end++) {
      if (code[end]) break
      if (depth > 0 && lines[end].trim() === '') blanks.push(end)
      depth += opened[end]
      if (depth <= 0) break
    }
    if (depth <= 0 && end < lines.length) for (const blank of blanks) out[blank] = '<!---->'
    // (Past the lines scanned, closed or not: an opener among them is inside this one, or as unclosed.)
    index = Math.max(index, end)
  }
  return out
}

/** A line of an HTML block (a tag opens it) that opens a `<pre>`. */
const htmlLineWithPre = /^ {0,3}<[A-Za-z][^`]*<pre[\s>]|^ {0,3}<pre[\s>]/i

/** Lines a `<pre>` of raw HTML spans at most, for its blank lines to be kept in it. */
const maxPreformattedLines = 400

/**
 * `<div class="slide-section">`, an `<img>` on an indented line, `<p>…</p>`, a blank line, an
 * indented `<p>…</p>` and `</div>`: kramdown (Jekyll), and a browser, read the element whole, its
 * tags as HTML; CommonMark ends the HTML block at the blank line and reads the indented `<p>` as a
 * code block, which showed the paragraph's tags on a slide (a keynote's transcript, review 90).
 * Inside a `<div>` or `<section>` that closes, a line right after a blank one, indented by four spaces or
 * more, that opens on a tag of content is HTML: its indentation goes, line for line. (Not inside a
 * code fence or a `<pre>`, whose indentation is the code's; not a `<details>` or `<blockquote>`, which
 * may hold a listing of HTML; not an element that holds markdown: `markdown="1"` is read as markdown.)
 * One pass: each element's close is found as the lines go, by a stack of the elements open.
 */
function withinHtmlBlocksUnindented(lines: string[]): string[] {
  if (!lines.some((line) => wrapperOpen.test(line))) return lines
  // How many wrappers open at each line and close after it: +1 on the line after an opening, -1 on its closing line.
  const inside = new Array<number>(lines.length + 1).fill(0)
  const open: Array<{ tag: string; line: number; wrapper: boolean }> = []
  // The lines of code fences, whose indentation is the code's.
  const code = codeLines(lines)
  for (let index = 0; index < lines.length; index++) {
    if (code[index]) continue
    const bare = lines[index].replace(/\r$/, '')
    const wrapper = wrapperOpen.test(bare) && !markdownBlock.test(bare)
    for (const [, closing, name] of bare.matchAll(wrapperTag)) {
      const tag = name.toLowerCase()
      if (!closing) {
        open.push({ tag, line: index, wrapper })
        continue
      }
      const at = open.findLastIndex((each) => each.tag === tag)
      if (at === -1) continue
      const [element] = open.splice(at, 1)
      if (element.wrapper && element.line < index) {
        inside[element.line + 1]++
        inside[index]--
      }
    }
  }
  const out = [...lines]
  let depth = 0
  let pre = 0
  for (let index = 0; index < lines.length; index++) {
    depth += inside[index]
    if (depth > 0 && pre === 0 && !code[index] && index > 0 && lines[index - 1].trim() === '')
      out[index] = lines[index].replace(indentedContent, '')
    pre += (lines[index].match(/<pre[\s>]/gi)?.length ?? 0) - (lines[index].match(/<\/pre\s*>/gi)?.length ?? 0)
    if (pre < 0) pre = 0
  }
  return out
}

/** kramdown's attribute list that keeps a heading out of the table of contents, `{:.no_toc}`. */
const noToc = /^[ \t]*\{:[ \t]*\.no_toc[ \t]*\}[ \t]*\r?$/

/** minimal-mistakes' notice classes as callout kinds: `.notice--info` is an info box, a plain or primary `.notice` a note. */
const noticeKinds: Record<string, string> = {
  '': 'note',
  primary: 'note',
  info: 'info',
  warning: 'warning',
  danger: 'danger',
  success: 'success',
}

/** The callout kind of a kramdown attribute list or `markdown="1"` tag that gives a notice class (`{: .notice--info}`), if any. */
function noticeKind(line: string): string | undefined {
  const found = /(?:\.|class=["']?(?:[\w-]+\s+)*)notice(?:--(\w+))?\b/.exec(line)
  if (found) return noticeKinds[found[1] ?? '']
  // Bootstrap's alert classes in an attribute list: `{:.alert .alert-warning}`.
  const alert = /\{:[^}]*\.alert-(primary|info|warning|danger|success)\b/.exec(line)
  return alert ? noticeKinds[alert[1]] : undefined
}

/**
 * A notice's attribute list comes after its paragraph (`…text\n{: .notice--info}`): the
 * paragraph already written becomes a `[!kind]` quote, its marker on the blank line before it,
 * so every line stays a line. A paragraph with no blank line before it (the article's first)
 * stays as it is.
 */
function quoteParagraphBefore(out: string[], kind: string, bodyStart: number): void {
  let start = out.length
  while (start > bodyStart && out[start - 1].trim() !== '') start--
  if (start === out.length || start <= bodyStart) return
  const paragraph = out.slice(start)
  // Only prose: a fence, a heading, a quote or a tag before the attribute list is not a notice's paragraph.
  if (paragraph.some((line) => line.includes('\n') || fenceLine.test(line)) || /^[ \t]*[#>|<]/.test(paragraph[0])) return
  out[start - 1] = `> [!${kind}]`
  for (let index = start; index < out.length; index++) out[index] = `> ${out[index]}`
}

/** An attribute list that sets the paragraph above it as a caption: `{.image-caption}`, `{: .caption}`, `{.figcaption}`. */
const captionClass = /\.(?:[\w-]*-)?(?:fig)?caption\b/i

/**
 * "![Acetone smoothed ABS parts](./smoothed-parts.jpg)", then "Acetone smoothed parts from a different project" over
 * `{.image-caption}` (review 109, a build log): the writer's class sets the line under the picture as its caption; in
 * small type, as a caption set apart is read (`<small>…</small>`), it is said with the picture, not made a point.
 */
function captionParagraphBefore(out: string[], bodyStart: number): void {
  let start = out.length
  while (start > bodyStart && out[start - 1].trim() !== '') start--
  if (start === out.length) return
  const paragraph = out.slice(start)
  if (
    paragraph.some((line) => line.includes('\n') || fenceLine.test(line)) ||
    /^[ \t]*(?:[#>|<!]|[*+-][ \t]|\d+[.)][ \t])/.test(paragraph[0])
  )
    return
  out[start] = out[start].replace(/^([ \t]*)/, '$1<small>')
  out[out.length - 1] = `${out[out.length - 1].trimEnd()}</small>`
}

/** Frontmatter is copied as it is. Returns the index of the first line after it. */
// Python-Markdown's and MkDocs Material's admonitions: `!!! note "Title"`, collapsible `??? tip`
// and `???+ tip`, then the body indented by four spaces or a tab.
const admonitionOpen = /^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"]*)")?[ \t]*$/

/**
 * Write Python-Markdown admonitions (MkDocs, Material for MkDocs, Pelican) as `> [!kind] Title`
 * quotes, line for line: the body's lines lose one level of indent and gain the quote's marker,
 * so its paragraphs, lists and code are read as written, not as one indented code block. A body
 * ends at the first line indented less, past blank lines. Nested admonitions are read in turn.
 * (Written here: remark has no plugin for this syntax that keeps every line in its place.)
 */
export function convertAdmonitions(lines: string[]): string[] {
  const out: string[] = []
  // Where each line of slashes alone stands, by their count (see `slashBlock`), found when a block first needs them.
  let closers: Map<number, number[]> | undefined
  const slashClosers = () => {
    if (!closers) {
      closers = new Map()
      for (const [at, line] of lines.entries()) {
        const bare = /^[ \t]*(\/{3,})[ \t]*\r?$/.exec(line)
        if (!bare) continue
        const found = closers.get(bare[1].length)
        if (found) found.push(at)
        else closers.set(bare[1].length, [at])
      }
    }
    return closers
  }
  let fence: string | undefined
  for (let index = 0; index < lines.length; index++) {
    const bare = lines[index].replace(/\r$/, '')
    const marker = fenceLine.exec(bare)
    if (fence) {
      if (marker?.[2].startsWith(fence) && marker[3].trim() === '') fence = undefined
      out.push(lines[index])
      continue
    }
    const closed = closedAdmonition(lines, index) ?? slashBlock(lines, index, slashClosers)
    if (closed) {
      out.push(...closed.lines)
      index = closed.end
      continue
    }
    const tab = contentTab.exec(bare)
    const open = tab ? undefined : admonitionOpen.exec(bare)
    if (!open && !tab) {
      if (marker) fence = marker[2]
      out.push(lines[index])
      continue
    }
    if (tab) {
      const body = indentedBody(lines, index, tab[1])
      if (!body) {
        out.push(lines[index])
        continue
      }
      // Material for MkDocs' content tabs, `=== "Java"` over a listing indented under it (review 106, an essay on duck
      // typing, read the body as one indented code block with its fence as text): a talk shows every tab, one after
      // another, each under its label as a lead-in line, "Java:", over what the tab holds.
      // (Line for line: the label takes the tab's line where a blank line or a fence follows it and a blank line or nothing
      // comes before; else that line is left blank, so no paragraph runs on across it, and the label opens the tab's first
      // line of words, "**A:** Text one.")
      // (Without the icons Material draws from its shortcodes, ":fontawesome-brands-linux: Linux, :fontawesome-brands-apple:
      // macOS" (review 128, Django REST framework's tutorial): "Linux, macOS:".)
      // (A label that is only an icon keeps its shortcode's words: it has no others.)
      const label = `${asText(tab[2].replace(materialIcon, '').replace(/\s+/g, ' ').trim() || tab[2])}:`
      const converted = convertAdmonitions(body.lines)
      const first = converted.findIndex((line) => line.trim() !== '')
      const before = out.at(-1)?.trim() ?? ''
      const alone = (before === '' || fenceLine.test(before)) && (converted[0]?.trim() === '' || fenceLine.test(converted[first] ?? ''))
      out.push(alone ? `${tab[1]}${label}` : '')
      const words = !alone && first !== -1 && /^[\p{L}\p{N}"“'‘(*_]/u.test(converted[first])
      for (const [at, line] of converted.entries())
        out.push(line === '' ? '' : `${tab[1]}${at === first && words ? `**${label}** ` : ''}${line}`)
      index = body.end - 1
      continue
    }
    if (!open) continue
    const indent = open[1]
    const indented = indentedBody(lines, index, indent)
    // ("!!! wow" alone, with no body indented under it, is the writer's words.)
    if (!indented) {
      out.push(lines[index])
      continue
    }
    const { lines: body, end } = indented
    // (An empty title, `!!! note ""`, asks for none.)
    const title = open[3] === undefined ? '' : open[3].trim()
    out.push(`${indent}> [!${open[2].toLowerCase()}]${title ? ` ${title}` : open[3] === '' ? ' ' : ''}`.trimEnd())
    for (const line of convertAdmonitions(body)) out.push(line === '' ? `${indent}>` : `${indent}> ${line}`)
    index = end - 1
  }
  return out
}

/** An icon of Material for MkDocs, written as its shortcode: `:fontawesome-brands-linux:`, `:material-check:`, `:octicons-mark-github-16:`. */
const materialIcon = /:(?:fontawesome|material|octicons|simple)-[a-z0-9-]{1,60}:\s*/g

/** Material for MkDocs' content tab: `=== "Label"` (`===!` starts a new group, `===+` opens it), its body indented under it. */
const contentTab = /^([ \t]*)===[!+]?[ \t]+"([^"\n]+)"[ \t]*$/

/** The lines indented under the line at `index` (four spaces or a tab past `indent`), without that indent, and where they end. */
function indentedBody(lines: string[], index: number, indent: string): { lines: string[]; end: number } | undefined {
  const inside = (line: string) => line.startsWith(`${indent}    `) || line.startsWith(`${indent}\t`)
  let end = index + 1
  for (let at = index + 1; at < lines.length; at++) {
    const line = lines[at].replace(/\r$/, '')
    if (line.trim() === '') continue
    if (!inside(line)) break
    end = at + 1
  }
  if (end === index + 1) return undefined
  const body = lines.slice(index + 1, end).map((line) => {
    const text = line.replace(/\r$/, '')
    return text.trim() === '' ? '' : text.slice(indent.length + (text.startsWith(`${indent}\t`) ? 1 : 4))
  })
  return { lines: body, end }
}

/** Lines at most of a block closed by a bare `!!!` (see `closedAdmonition`). */
const maxClosedLines = 400

/** Whether the first line after `index` that is not blank is indented under it, or there is none (the indented form's body). */
function indentedAfter(lines: string[], index: number): boolean {
  const indent = /^[ \t]*/.exec(lines[index])?.[0] ?? ''
  for (let at = index + 1; at < lines.length; at++) {
    if (lines[at].trim() === '') continue
    return lines[at].startsWith(`${indent}    `) || lines[at].startsWith(`${indent}\t`)
  }
  return true
}

/**
 * The line before `last` that closes the block opened at line `index`: the first that `closes` accepts outside fenced
 * code, past as many blocks `opens` finds inside it, each closed in turn; -1 where a heading comes first (a block holds
 * a listing or a table, not the article's next part) or none does.
 */
function closingLine(
  lines: string[],
  index: number,
  last: number,
  closes: (line: string) => boolean,
  opens: (line: string, at: number) => boolean = () => false,
): number {
  let depth = 0
  let fence: string | undefined
  for (let at = index + 1; at < last; at++) {
    const line = lines[at].replace(/\r$/, '')
    const marker = fenceLine.exec(line)
    if (fence) {
      if (marker?.[2].startsWith(fence) && marker[3].trim() === '') fence = undefined
      continue
    }
    if (marker) fence = marker[2]
    else if (/^#{1,6}[ \t]/.test(line)) return -1
    else if (opens(line, at)) depth++
    else if (closes(line)) {
      if (depth === 0) return at
      depth--
    }
  }
  return -1
}

/** A block opened by `!!! kind` (with attributes, `time="45 ms"`, or a title) and closed by a bare `!!!` line. */
const closedOpen = /^([ \t]*)!!![ \t]+([\w\\-]+)(?:[ \t]+[\w-]+(?:=(?:"[^"\n]*"|\S+))?)*(?:[ \t]+"([^"\n]*)")?[ \t]*$/
const closedEnd = /^[ \t]*!!![ \t]*$/

/**
 * PostgresML's blog (GitBook, review 102) writes its admonitions unindented and closes them with a bare `!!!`
 * line: `!!! generic`, `!!! code_block time="4769.337 ms"`, a fence, `!!!`, `!!! results`, a table, `!!!`,
 * `!!!`. A callout's kind (`!!! note`) is a callout, as the indented form's is; any other kind only wraps what it
 * holds, and its lines go. Line for line: each marker line is blank, or the callout's first line. `undefined`
 * where the line opens no such block (no bare `!!!` closes it, outside fenced code).
 */
function closedAdmonition(lines: string[], index: number): { lines: string[]; end: number } | undefined {
  const open = closedOpen.exec(lines[index].replace(/\r$/, ''))
  // (The next line indented under it is the indented form's body.)
  if (!open || indentedAfter(lines, index)) return undefined
  // (After as many lines as a slide's listing could show several times over, no closer: an article of unclosed openers
  // is read once, not once each.)
  // (Only an opener of this form nests: an indented one's body is indented under it, and it has no bare closer.)
  const end = closingLine(
    lines,
    index,
    Math.min(lines.length, index + 1 + maxClosedLines),
    (line) => closedEnd.test(line),
    (line, at) => closedOpen.test(line) && !indentedAfter(lines, at),
  )
  if (end === -1) return undefined
  const body = convertAdmonitions(lines.slice(index + 1, end))
  const kind = open[2].replace(/\\/g, '').toLowerCase()
  if (!calloutKinds.has(kind)) return { lines: ['', ...body, ''], end }
  const title = open[3]?.trim() ?? ''
  return {
    lines: [
      `${open[1]}> [!${kind}]${title ? ` ${title}` : ''}`,
      ...body.map((line) => (line.trim() === '' ? `${open[1]}>` : `${open[1]}> ${line}`)),
      '',
    ],
    end,
  }
}

/** PyMdown's generic block opener: `/// note | Title`, `/// details | Summary`, `/// tab | Label`; nested ones with more slashes. */
// (Its title is trimmed in code: a pattern that trims it, `(.*?)[ \t]*$`, takes quadratic time on a long run of spaces.)
// (Indented less than four spaces: an indented listing's Rust doc comments, `    /// summary`, are code.)
const slashOpen = /^( {0,3})(\/{3,})[ \t]*([a-z][\w-]*)(?:[ \t]*\|(.*)|[ \t]*)$/
/** A block's options, YAML indented right under its opener: `    type: warning`, `    open: True`. */
const slashOption = /^([ \t]+)([\w-]+):(.*)$/

/**
 * PyMdown's blocks (`/// note | Hinweis`, a body, `///`), which Material for MkDocs sites write since 2023: FastAPI's
 * docs in every language (review 108, its German guide to async) showed the markers as the writer's words and a
 * credit inside a note as a key point. A kind of callout (`note`, `warning`; `admonition` and `details` by their
 * `type:` option) is a callout under its title; a tab (`/// tab | Python`) is its label, as Material's older tabs
 * are (see `convertAdmonitions`); any other kind (`html`, `caption`, `define`) only wraps what it holds, and its lines go.
 * The closer has as many slashes as the opener, so a block nested with more slashes closes inside it. Line for line.
 */
function slashBlock(lines: string[], index: number, closers: () => Map<number, number[]>): { lines: string[]; end: number } | undefined {
  const open = slashOpen.exec(lines[index].replace(/\r$/, ''))
  if (!open) return undefined
  const indent = open[1]
  // (Only as far as the next line of as many slashes alone, found once for all the openers: an article of unclosed
  // openers is read once, not once each.)
  const marks = closers().get(open[2].length) ?? []
  let low = 0
  let high = marks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (marks[middle] <= index) low = middle + 1
    else high = middle
  }
  const next = marks[low]
  if (next === undefined || next > index + maxClosedLines) return undefined
  const end = closingLine(lines, index, next + 1, (line) => line.trim() === open[2])
  if (end === -1) return undefined
  let start = index + 1
  const options = new Map<string, string>()
  // (Indented deeper than the opener: a block's own words at its indent are its body.)
  const optionAt = (at: number) => {
    const option = at < end ? slashOption.exec(lines[at] ?? '') : null
    return option && option[1].length > indent.length ? option : null
  }
  for (let option = optionAt(start); option; option = optionAt(++start))
    options.set(option[2].toLowerCase(), option[3].trim().replace(/^["']|["']$/g, ''))
  const blanks = Array.from({ length: start - index - 1 }, () => '')
  const body = convertAdmonitions(lines.slice(start, end))
  const name = open[3].toLowerCase()
  const title = asText((open[4] ?? '').trim()).trim()
  // (`admonition` and `details` are of the kind their `type:` names; without one, a note and a details box.)
  const typed = options.get('type')?.toLowerCase()
  const generic = name === 'admonition' || name === 'details'
  const kind = generic && typed && calloutKinds.has(typed) ? typed : name === 'admonition' ? 'note' : name
  if (name === 'tab') return { lines: [title ? `${indent}${title}:` : '', ...blanks, ...body, ''], end }
  if (!calloutKinds.has(kind)) return { lines: ['', ...blanks, ...body, ''], end }
  return {
    lines: [
      `${indent}> [!${kind}]${title ? ` ${title}` : ''}`,
      ...blanks.map(() => `${indent}>`),
      ...body.map((line) => (line.trim() === '' ? `${indent}>` : `${indent}> ${line}`)),
      '',
    ],
    end,
  }
}

function skipFrontmatter(lines: string[], out: string[]): number {
  const marker = lines[0]?.replace(/\r$/, '').trimEnd()
  if (marker !== '---' && marker !== '+++') return 0
  const end = lines.findIndex((line, index) => index > 0 && line.replace(/\r$/, '').trimEnd() === marker)
  if (end === -1) return 0
  out.push(...lines.slice(0, end + 1))
  return end + 1
}

/** MyST's target, a label on a line of its own that a cross-reference names: `(pd)=` over a heading. */
const mystTarget = /^[ \t]*\([\w:.-]{1,80}\)=[ \t]*\r?$/

/** MyST's targets, which show nothing on the page, left blank (line for line); code blocks stay as written. */
function withoutMystTargets(lines: string[]): string[] {
  if (!lines.some((line) => mystTarget.test(line))) return lines
  const code = codeLines(lines)
  return lines.map((line, index) => (!code[index] && mystTarget.test(line) ? '' : line))
}

/** MyST's directives that are containers of prose, not code, in either of its forms. */
const mystContainers = /^(?:admonition|dropdown|tab-item|todo)$/

/**
 * MyST's directives written as fences (```` ```{note} ```` … ```` ``` ````): the same as its colon
 * form (`:::{note}` … `:::`), line for line. A knitr chunk (```` ```{r} ````) stays a chunk.
 */
function mystFencedDirectives(lines: string[]): string[] {
  if (!lines.some((line) => /^[ \t]*(`{3,}|~{3,})\{[\w:-]+\}/.test(line))) return lines
  const out = [...lines]
  for (let index = 0; index < out.length; index++) {
    const open = fenceLine.exec(out[index].replace(/\r$/, ''))
    const directive = open && /^\{([\w:-]+)\}(.*)$/.exec(open[3])
    if (!open || !directive) continue
    const name = directive[1].toLowerCase()
    const notebook = notebookDirective(name)
    if (!calloutKinds.has(name) && !mystContainers.test(name) && !notebook) continue
    const [indent, marker] = [open[1], open[2]]
    // (Closed as `convertBlockSyntax` closes a fence: the same character, as many or more, nothing after;
    // looked for from the opening on. One never closed runs to the article's end, as a fence does, and
    // holds no directive after it.)
    let close = -1
    for (let at = index + 1; at < out.length && close === -1; at++) {
      const fence = fenceLine.exec(out[at].replace(/\r$/, ''))
      if (fence !== null && fence[2][0] === marker[0] && fence[2].length >= marker.length && fence[3].trim() === '') close = at
    }
    if (close === -1) break
    // The directive's options, `:tags: [hide-output]`, `:scale: 100`, `:class: dropdown`, right under its opening: for
    // the site's build, never words of the article.
    let body = index + 1
    while (body < close && /^[ \t]*:[\w-]+:(?:[ \t]|$)/.test(out[body])) out[body++] = ''
    // (Or as a block of YAML between lines of `---`: "---", "height: 500px", "name: data-privacy", "alt: …", "---" (review
    // 127, The Turing Way's chapter on open data, whose options showed as the picture's caption).)
    // (Only right under the opening line, as MyST reads it; never a listing's, whose first line may be its own "---".)
    if (body === index + 1 && notebook !== 'code' && body < close && /^[ \t]*---[ \t]*$/.test(out[body])) {
      const end = out.findIndex((line, at) => at > body && at < close && /^[ \t]*---[ \t]*$/.test(line))
      if (end !== -1) while (body <= end) out[body++] = ''
    }
    if (notebook) {
      mystNotebookDirective(out, { index, body, close, indent, marker, kind: notebook, argument: directive[2].trim() })
      index = close
      continue
    }
    out[index] = `${indent}:::{${directive[1]}}${directive[2]}`
    out[close] = `${indent}:::`
  }
  return out
}

/**
 * What a notebook kept as MyST markdown (Jupyter Book's lectures, jupytext's `.md`) writes as fenced directives: a cell of
 * code (```` ```{code-cell} ipython3 ````), a figure, and the site's own blocks (`{raw} jupyter` HTML for the notebook's
 * header, `{index}` entries, the fences that open and close an exercise or its solution, `{exercise-start}` … `{solution-end}`).
 */
function notebookDirective(name: string): 'code' | 'figure' | 'site' | undefined {
  if (/^(?:code-cell|code-block|code|sourcecode)$/.test(name)) return 'code'
  if (/^(?:figure|image)$/.test(name)) return 'figure'
  if (/^(?:raw|index|(?:exercise|solution)-(?:start|end)|glue(?::\w+)?|bibliography|tableofcontents|toctree)$/.test(name)) return 'site'
  return undefined
}

/** Languages a notebook's kernel names that highlighters know by another name. */
const kernelLanguages: Record<string, string> = { ipython3: 'python', ipython: 'python', python3: 'python', ir: 'r' }

/**
 * A notebook's directive (see `notebookDirective`) as markdown, line for line (review 115, QuantEcon's lecture on pandas,
 * whose cells showed their `:tags:` as code and whose `{raw}` header and `{index}` entries showed as listings): a cell is a
 * listing in its kernel's language, opened where its options end; a figure is its picture, its caption the alternative
 * text; the site's own blocks go. (`body`: the line after the options, which are blank now.)
 */
function mystNotebookDirective(
  out: string[],
  at: { index: number; body: number; close: number; indent: string; marker: string; kind: 'code' | 'figure' | 'site'; argument: string },
): void {
  const { index, body, close, indent, marker, kind, argument } = at
  const blank = (from: number, to: number) => {
    for (let line = from; line <= to; line++) out[line] = ''
  }
  if (kind === 'site') {
    blank(index, close)
    return
  }
  if (kind === 'figure') {
    const caption = out
      .slice(body, close)
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/[[\]]/g, '')
    blank(index, close)
    if (argument) out[index] = `${indent}![${caption}](<${argument}>)`
    return
  }
  const word = argument.split(/\s+/)[0]?.toLowerCase() ?? ''
  const opening = `${indent}${marker}${kernelLanguages[word] ?? word}`
  out[index] = ''
  // (Opened on the blank line that ends the options, or on their last line, so the listing starts at the cell's first line.)
  out[body > index + 1 && out[body]?.trim() === '' && body < close ? body : body - 1] = opening
}

/** The line of the `:::` that closes the container opened at `start`, containers inside it passed over; the last line when none does. */
function containerEnd(lines: string[], start: number): number {
  let depth = 0
  for (let index = start + 1; index < lines.length; index++) {
    const bare = lines[index].replace(/\r$/, '')
    if (containerClose.test(bare)) {
      if (depth === 0) return index
      depth--
    } else if (containerOpen.test(bare)) depth++
  }
  return lines.length - 1
}

/** MyST's directives that hide what they hold (`{todo}`, Sphinx's notes to self). */
const hiddenDirectives = new Set(['todo'])

/**
 * The kind and title of a container's opening line, or no kind for a plain fenced div (`::: {.column-margin}`);
 * for MyST's directives (`:::{important}`, `:::{admonition} Title`), a callout too, a hidden one
 * (`:::{todo}`), or a tab's name (`:::{tab-item} Windows`).
 */
function readContainer(rest: string): { kind?: string; title?: string; hidden?: string; tab?: string; headed?: boolean } {
  const directiveName = /^\{([\w-]+)\}\s*(.*)$/.exec(rest)
  if (directiveName) {
    const name = directiveName[1].toLowerCase()
    const title = directiveName[2].trim() || undefined
    if (hiddenDirectives.has(name)) return { hidden: name }
    if (name === 'tab-item') return { tab: title ?? '' }
    if (name === 'admonition') return { kind: 'note', title }
    if (name === 'dropdown') return { kind: 'details', title }
    if (calloutKinds.has(name)) return { kind: name, title }
    return {}
  }
  const attributes = /^\{([^}]*)\}\s*(.*)$/.exec(rest)
  if (attributes) {
    const callout = /(?:^|\s)\.callout-(\w+)/.exec(attributes[1]) ?? /(?:^|\s)\.(\w+)/.exec(attributes[1])
    const kind = callout?.[1].toLowerCase()
    const title = /\btitle=(["'])(.*?)\1/.exec(attributes[1])?.[2] ?? (attributes[2] || undefined)
    return kind && calloutKinds.has(kind) ? { kind, title } : {}
  }
  // (remark-directive's and Nuxt Content's `:::tip[Label]{title="…"}`, markdown-it-container's `::: tip{label='お知らせ'}`:
  // the label in brackets or the attributes' title or label titles it, never the braces as written (review 138, Misskey's
  // docs); `::alert{type="warning"}` is said as its type.)
  const word = /^([\w-]+)[ \t]*(?:\[([^\]]*)\])?(?:\{([^}]*)\})?[ \t]*(.*)$/.exec(rest)
  const named = (key: string) => new RegExp(`(?:^|\\s)${key}=(["'])(.*?)\\1`).exec(word?.[3] ?? '')?.[2]
  const typed = named('type')?.toLowerCase()
  const kind = typed && calloutKinds.has(typed) && !calloutKinds.has(word?.[1].toLowerCase() ?? '') ? typed : word?.[1].toLowerCase()
  const written = (word?.[2] ?? named('title') ?? named('label') ?? word?.[4] ?? '').trim() || undefined
  // The Carpentries' lessons (`:::::: objectives`, `:::::: challenge`, review 135's Python lesson): their own kinds, said as
  // the callouts they are, and the instructor's notes, which the learners never see, left out.
  const bareWord = word !== null && word[2] === undefined && word[3] === undefined && word[4].trim() === ''
  const lesson = kind !== undefined && bareWord ? carpentriesKinds[kind] : undefined
  if (kind === 'instructor' && bareWord) return { hidden: 'instructor' }
  // (A heading of their own inside, "## Challenge - lists", "## Solution", titles them, over the kind's name.)
  if (lesson) return { kind: lesson[0], title: lesson[1], headed: true }
  if (!word || !kind || !calloutKinds.has(kind)) return {}
  return { kind, title: written }
}

/** The Carpentries Workbench's kinds of fenced div, as the callout each is and its title (a closed table). */
const carpentriesKinds: Record<string, [string, string | undefined]> = {
  objectives: ['summary', 'Objectives'],
  questions: ['question', 'Questions'],
  keypoints: ['summary', 'Key points'],
  challenge: ['example', undefined],
  solution: ['details', 'Solution'],
  discussion: ['question', 'Discussion'],
  callout: ['note', undefined],
  prereq: ['info', 'Prerequisites'],
  checklist: ['note', 'Checklist'],
  testimonial: ['quote', undefined],
  spoiler: ['details', undefined],
}

/**
 * Whether a chunk's first lines hold Quarto's `#| include: false` or `#| echo: false`, or
 * `#| code-fold: true`: code the page folds away behind its output ("Source code for plots"),
 * which the reader opens only to look, is no more the talk's than code it hides.
 */
function chunkHidden(lines: string[], from: number): boolean {
  for (let index = from; index < lines.length && /^[ \t]*#\|/.test(lines[index]); index++) {
    if (/^[ \t]*#\|\s*(?:(?:include|echo)\s*:\s*false|code-fold\s*:\s*true)\b/i.test(lines[index])) return true
  }
  return false
}

/**
 * The last line of an MDX `import` or `export` statement starting at `start`, or -1 when the
 * line starts none. An export runs until its brackets close.
 */
function statementEnd(lines: string[], start: number): number {
  const first = lines[start]
  if (/^import\s+(?:[\w*{}\s,$]+\s+from\s+)?(["'])[^"'\n]+\1;?\s*$/.test(first)) return start
  if (/^import\s+(?:[\w$]+\s*,\s*)?\{[^}]*$/.test(first)) {
    for (let index = start + 1; index < lines.length && index < start + 50; index++) {
      if (/\}\s*from\s+(["'])[^"'\n]+\1;?\s*$/.test(lines[index])) return index
      if (lines[index].trim() === '') return -1
    }
    return -1
  }
  if (!/^export\s+(?:default|const|let|var|function|async|class)\b/.test(first)) return -1
  let depth = 0
  for (let index = start; index < lines.length && index < start + 200; index++) {
    for (const char of lines[index].replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '')) {
      if ('{[('.includes(char)) depth++
      else if ('}])'.includes(char)) depth--
    }
    if (depth <= 0) return index
  }
  return -1
}

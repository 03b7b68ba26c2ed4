import { htmlBlockNames } from 'micromark-util-html-tag-name'
import { calloutKinds } from './callout-kinds.ts'
import { convertInlineSyntax } from './inline-syntax.ts'
import { attributeOf, escapeHtml, isRemote, pictureFile } from './links.ts'
import { asText } from './markdown-text.ts'
import { escapeRegExp } from './regexp.ts'
import { indentedCodeLines, sameLines, splitFences, splitSpans, type Piece } from './prose-scan.ts'

/*
 * Template tags of the common blog engines, rewritten into what they mean in markdown before
 * parsing (see prose-scan.ts for why as text): Hugo shortcodes (`{{< figure … >}}`,
 * `{{% … %}}`), the Go blog's templates (`{{image "x.png"}}`), Jekyll's Liquid
 * (`{% highlight go %}`, `{% include image.html … %}`, `{{ site.url }}`) and Zola's
 * shortcodes (`{{ image(…) }}`, `{% code(…) %}…{% end %}`), and ERB tags (`<% excerpt do %>`). Images become images with their
 * caption, highlighted blocks become fenced code, videos become links; any other tag is left
 * out and counted, so the deck never shows template source. Every rewrite spans as many lines
 * as the tag it replaces, so positions in warnings stay true.
 */

/** The result of {@link convertShortcodes}. */
export interface ConvertedShortcodes {
  text: string
  /** Tags left out, by kind (`Hugo \`param\``), in order of first appearance. */
  removed: Map<string, number>
  /** The 1-based line of the first tag left out. */
  firstRemovedLine?: number
  /** The 1-based lines of every tag left out, in order. */
  removedLines: number[]
}

/** Rewrite the template tags in `markdown`; code blocks and code spans are left as written. Pure. */
export function convertShortcodes(markdown: string, mdx = false): ConvertedShortcodes {
  const removed = new Map<string, number>()
  let firstRemovedOffset: number | undefined
  const removedOffsets: number[] = []
  let offset = 0
  const out: string[] = []
  const notes: string[] = []
  const pieces = splitFences(markdown)
  // (Indented code is code in markdown only; where components stand at a line's start outside code, the text is read as MDX is.)
  const indentedCode =
    !mdx && /(?:^|\n)(?: {4}|\t)/.test(markdown) && !pieces.some((piece) => !piece.code && /^[ \t]*<\/?[A-Z]/m.test(piece.text))
      ? indentedCodeLines(markdown)
      : undefined
  const anchored = anchoredNotes(pieces)
  // The line each piece opens on, counted as the pieces go by (the rewrites below keep every line a line).
  let line = 0
  for (const piece of pieces) {
    const base = offset
    const first = line
    offset += piece.text.length
    if (indentedCode) line += newlinesIn(piece.text, 0, piece.text.length)
    if (piece.code) {
      out.push(stripRawTags(piece.text))
      continue
    }
    piece.text = asFootnotes(
      withoutCitations(
        withPictureLines(
          withTaggedPictures(
            withoutBreakLines(
              withStyleBlocksWhole(
                withCalloutTags(withQuoteTags(indentedBodies(withEmbedMarkers(withAnchoredNotes(piece.text, anchored))))),
              ),
            ),
          ),
        ),
      ),
      notes,
    )
    const leave = (kind: string, at: number) => {
      removed.set(kind, (removed.get(kind) ?? 0) + 1)
      firstRemovedOffset ??= base + at
      removedOffsets.push(base + at)
      return ''
    }
    const blocks = splitBlocks(piece.text, leave)
    for (const block of indentedCode ? withIndentedCode(blocks, piece.text, first, indentedCode) : blocks) {
      if (block.code) out.push(block.text)
      else {
        let spanOffset = block.offset
        for (const span of tagsWhole(splitSpans(block.text))) {
          const at = spanOffset
          spanOffset += span.text.length
          const record = (kind: string, index: number) => leave(kind, at + index)
          const html = (index: number) => inHtmlBlock(piece.text, at + index)
          out.push(span.code ? span.text : convertInlineSyntax(convertInline(withoutDataLoops(span.text, record), record, html), record))
        }
      }
    }
  }
  const firstRemovedLine = firstRemovedOffset === undefined ? undefined : markdown.slice(0, firstRemovedOffset).split('\n').length
  // The notes' definitions go after everything, so no line of the article moves.
  const definitions = notes.map((text, index) => `\n\n[^${footnotePrefix}${index + 1}]: ${text}`).join('')
  const removedLines = linesOf(markdown, removedOffsets)
  return { text: withoutOrphanUnderlines(out.join(''), removedLines) + definitions, removed, firstRemovedLine, removedLines }
}

/**
 * The spans of a text with every template tag whole: `{{< figure caption="…run on `2i2c.mybinder.org`…" >}}`
 * (review 98, a Hugo post) holds a code span in its quoted argument, and split there the tag was left as
 * text, on the slide and in the notes. A code span that an open tag's quotes hold is part of the tag; so is
 * one a tag's argument is, Go's raw string in backquotes over several lines (`caption = `From the museum…``,
 * review 100, a Hugo post's `{{% figure %}}`).
 */
function tagsWhole(spans: Piece[]): Piece[] {
  const joined: Array<Piece & { merged?: boolean }> = []
  for (const span of spans) {
    const open = joined.at(-1)
    const tail = open && !open.code ? openTagTail(open.text) : undefined
    // (A quoted argument open on the tag's line, `caption="…`; an argument's `=` a backquoted string follows; or a tag
    // already merged that is still open.)
    const opens =
      tail !== undefined &&
      ((!tail.includes('\n') && (tail.match(/"/g)?.length ?? 0) % 2 === 1) || /[\w-]\s*=\s*$/.test(tail) || open?.merged)
    if (open && opens) Object.assign(open, { text: open.text + span.text, merged: true })
    else joined.push({ ...span })
  }
  return joined
}

/**
 * The text from a text's last template tag opening (`{{<`, `{{%`, `{%`) when that tag is still open at its end,
 * with no blank line since: its closing is in a span to come. (Found from the end, in one pass.)
 */
function openTagTail(text: string): string | undefined {
  const start = Math.max(text.lastIndexOf('{{<'), text.lastIndexOf('{{%'), text.lastIndexOf('{%'))
  if (start === -1) return undefined
  const tail = text.slice(start)
  return /[>%]\}\}|%\}/.test(tail) || /\n[ \t]*\n/.test(tail) ? undefined : tail
}

/**
 * `{% for repository in repositories %}* [{{ repository.name }}]({{ url }}){% endfor %}` (Swift's release
 * posts, review 93): a loop over the site's data writes what only the site knows; its body alone is a
 * list item with no words ("–" on the slide). The loop is left out whole, and said to be; its lines stay, blank.
 */
function withoutDataLoops(prose: string, leave: Leave): string {
  if (!prose.includes('{%')) return prose
  // One pass over the loop tags: a loop is a "for" and the next "endfor", with no other "for" between
  // (a nested loop is left as written). Called on prose outside code blocks and spans, whose tags are shown as written.
  const tags = /\{%-?\s*(endfor|for)\b([^%]{0,300}?)-?%\}/g
  let out = ''
  let done = 0
  let open: { at: number; name: string; end: number } | undefined
  for (const tag of prose.matchAll(tags)) {
    const at = tag.index ?? 0
    if (tag[1] === 'for') {
      const name = /^\s+(\w+)\s+in\s/.exec(tag[2])?.[1]
      open = name ? { at, name, end: at + tag[0].length } : undefined
      continue
    }
    if (!open) continue
    const body = prose.slice(open.end, at)
    if (new RegExp(`\\{\\{-?\\s*${open.name}\\b`).test(body)) {
      leave("Liquid `for` loop over the site's data", open.at)
      out += prose.slice(done, open.at) + prose.slice(open.at, at + tag[0].length).replace(/[^\n]/g, '')
      done = at + tag[0].length
    }
    open = undefined
  }
  return done === 0 ? prose : out + prose.slice(done)
}

/**
 * "{{ page.title }}" over "====": a heading that was only a template tag leaves its underline
 * behind, which would read as a paragraph of "=" (or, "---", as a break between slides). It
 * goes with its heading; the line stays, blank.
 */
function withoutOrphanUnderlines(text: string, removedLines: number[]): string {
  if (removedLines.length === 0) return text
  const lines = text.split('\n')
  for (const line of removedLines) {
    const [heading, underline] = [lines[line - 1], lines[line]]
    if (heading !== undefined && underline !== undefined && heading.trim() === '' && /^[ \t]{0,3}(?:=+|-+)[ \t]*\r?$/.test(underline))
      lines[line] = ''
  }
  return lines.join('\n')
}

/** The 1-based lines of ascending `offsets` in `text`. */
function linesOf(text: string, offsets: number[]): number[] {
  const lines: number[] = []
  let line = 1
  let at = 0
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++
    lines.push(line)
  }
  return lines
}

/**
 * A line of only `<br/>` before a line of words (`<center>caption</center>`, `<br/>`, then the
 * next paragraph with no blank line): in CommonMark the HTML block it is part of runs on and
 * swallows the paragraph as raw HTML, off the notes and unformatted on the slide. The line
 * is left blank instead, which ends the block where the author meant a break.
 */
function withoutBreakLines(prose: string): string {
  if (!/<br/i.test(prose)) return prose
  return prose.replace(/^[ \t]*<br\s*\/?>[ \t]*(?=\r?\n[ \t]*[^\s<])/gim, '')
}

/**
 * markdown-it-video's embed, as VuePress and the IPFS blog write one (`@[youtube](oe7fjOl-q0s)`, `@[vimeo](…)`), and Zenn's
 * for any site it shows (`@[docswell](https://…)`, `@[card](https://…)`, `@[tweet](https://…)`).
 */
const embedMarker = /@\[([a-z][\w-]{0,30})\]\(\s*([^()\s]{1,300})\s*\)/gi

/** What an embed of a site other than a video's shows, by the site's name in Zenn's marker. */
const embedSites: Record<string, (typeof embedLabels)[number]> = {
  tweet: 'Post on X',
  x: 'Post on X',
  docswell: 'Slides',
  speakerdeck: 'Slides',
  slideshare: 'Slides',
  googleslide: 'Slides',
  gist: 'Code',
  codepen: 'Code',
  codesandbox: 'Code',
  stackblitz: 'Code',
  jsfiddle: 'Code',
  card: 'Link',
  embed: 'Link',
  github: 'Link',
  figma: 'Link',
}

/**
 * `@[youtube](oe7fjOl-q0s)` (review 115, the IPFS blog's recap of a conference's talks, where it showed as a link "@youtube"
 * to a page of the site): the player the page shows, as a link to the video, named as Hugo's `{{< youtube >}}` is. Zenn's
 * `@[docswell](https://www.docswell.com/s/…)` (review 146, a Zenn post over its talk's slides, where it read "@docswell"):
 * the slides, code or page it shows, as a link to them; only where the marker gives the address whole.
 */
function withEmbedMarkers(prose: string): string {
  if (!prose.includes('@[')) return prose
  return prose.replace(embedMarker, (whole, named: string, id: string) => {
    const site = named.toLowerCase()
    const address = /^https?:\/\/\S/.test(id)
    if (site === 'youtube' || site === 'vimeo') {
      const youtube = site === 'youtube'
      const url = address ? id : youtube ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`
      return videoLink(youtube ? 'YouTube video' : 'Vimeo video', url)
    }
    const label = Object.hasOwn(embedSites, site) ? embedSites[site] : undefined
    return label && address ? videoLink(label, id) : whole
  })
}

/**
 * The names Hugo themes give a callout's tag: Docsy's `alert` and `pageinfo`, Relearn's `notice`, hugo-book's `hint`, Hextra's
 * `callout`; and a site's own for an aside set apart, `{{< addendum title="Note" >}}` (review 147, an R user's blog, whose
 * note went into the notes as the paragraphs around it), `aside`, `sidenote`, `update`, `disclaimer`.
 */
const calloutNames =
  'alert|notice|hint|callout|admonition|pageinfo|note|tip|warning|info|caution|important|danger|addendum|aside|sidenote|update|disclaimer'
/** A callout's tag alone on its line: `{{% alert title="Note" color="warning" %}}`, `{{< hint info >}}`. */
const calloutTag = new RegExp(String.raw`^([ \t]*)\{\{([<%])-?\s*(${calloutNames})(?![\w-])([^{}\n]{0,400}?)\s*-?[>%]\}\}[ \t]*$`)
/** Whether a text holds any such tag: a quick look before its lines are read. */
const mayHoldCalloutTag = new RegExp(String.raw`\{\{[<%]-?\s*(?:${calloutNames})\b`)

/** Words at most of a callout written as a template tag that is shown as one: a quotation's (see slide-kinds.ts). */
const maxCalloutWords = 60

/** The kind a Bootstrap colour names, as Docsy's `color="primary"`. */
const colourKinds: Record<string, string> = { primary: 'note', secondary: 'note', light: 'note', dark: 'note' }

/**
 * A callout set in a template tag (`{{% pageinfo color="info" %}}`, then its words, then `{{% /pageinfo %}}`; review 114, a
 * Falco post whose warning and thanks read as its own paragraphs): the callout it is, `> [!warning] Title` over its lines
 * behind `> `, as GitHub's are written, in the kind its type, colour or first argument names (a note where none is
 * known). Line for line: the opening tag's line holds the callout's first line, the closing tag's is left blank. Only a
 * tag and its closing tag each alone on a line; one that is not is left to the others.
 */
function withCalloutTags(prose: string): string {
  if (!mayHoldCalloutTag.test(prose)) return prose
  const lines = prose.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const open = calloutTag.exec(lines[index])
    if (!open) continue
    const [, indent, bracket, name, rawArgs] = open
    const closing = new RegExp(`^[ \\t]*\\{\\{${bracket === '<' ? '<' : '%'}-?\\s*/\\s*${name}\\s*-?[>%]\\}\\}[ \\t]*\\r?$`)
    const end = lines.findIndex((line, at) => at > index && closing.test(line))
    // (A short one only, as a note reads at a glance: a long one, "TL;DR" over three paragraphs of a recap (review 110,
    // pyOpenSci's post), is prose said with its points, not a box of text on the slide.)
    if (
      end === -1 ||
      lines
        .slice(index + 1, end)
        .join(' ')
        .split(/\s+/)
        .filter(Boolean).length > maxCalloutWords
    )
      continue
    const { named, positional } = parseArgs(rawArgs)
    const given = (named.type ?? named.color ?? named.kind ?? named.style ?? positional[0] ?? '').toLowerCase()
    const kind = calloutKinds.has(given) ? given : (colourKinds[given] ?? (calloutKinds.has(name) ? name : 'note'))
    const title = named.title ?? (name === 'notice' ? positional.slice(1).join(' ') : '')
    lines[index] = `${indent}> [!${kind}]${title ? ` ${asText(title)}` : ''}`
    for (let at = index + 1; at < end; at++) {
      const line = lines[at].replace(/\r$/, '')
      const words = line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()
      lines[at] = `${indent}${words.trim() ? `> ${words}` : '>'}`
    }
    lines[end] = ''
    index = end
  }
  return lines.join('\n')
}

/** A quotation's opening tag: Hugo's `{{% blockquote %}}` (or `{{< … >}}`), Octopress's `{% blockquote Author, Source %}`. */
const quoteOpening =
  /\{\{([<%])-?\s*(blockquote|fig-quote|quote)(?![\w-])([^{}\n]{0,400}?)\s*-?[>%]\}\}|\{%-?\s*blockquote\b([^{}%\n]{0,300}?)\s*-?%\}/g

/** Who or what a Hugo quotation's tag names as its source (`title`, `author`, `cite`), linked to its `link` or `source` address. */
function hugoQuoteSource(args: string): string {
  const { named } = parseArgs(args)
  // (`{{< quote footer="Pedro Faria" >}}`, rOpenSci's theme (review 114, its testimonials): the line under the words names them.)
  const name = (named.author ?? named.cite ?? named.footer ?? named.attribution ?? named.title ?? '').replace(/[[\]]/g, '').trim()
  const link = named.link ?? named.source ?? named.href
  if (!name) return ''
  return link && /^https?:\/\/[^\s<>]+$/.test(link) ? `[${name}](<${link}>)` : name
}

/**
 * A quotation set in a template tag, as Octopress and many Hugo themes write one
 * (`{{% blockquote %}}The results… &mdash; <a href>binarly.io</a>{{% /blockquote %}}`,
 * `{% blockquote Seth Godin %}…{% endblockquote %}`): the markdown block quote it is, each of its
 * lines behind `> ` and the author an Octopress tag names after it, so it is shown as a quote, not
 * said as the writer's own paragraph. Line for line; a tag never closed is left to the others.
 */
function withQuoteTags(prose: string): string {
  if (!/blockquote|quote\b/i.test(prose)) return prose
  // Each kind's closing tags in order: an opening takes the first after it, found by a pointer that
  // only moves on, so thousands of tags left open are read once.
  // (Hugo themes' `{{< fig-quote title="…" link="…" >}}` and `{{< quote >}}` too (review 99, a Japanese post): the
  // title and link of the source go after the words, not glued before them.)
  const closings: Record<string, RegExpExecArray[]> = {
    blockquote: [...prose.matchAll(/\{\{[<%]-?\s*\/\s*blockquote\s*-?[>%]\}\}/g)],
    'fig-quote': [...prose.matchAll(/\{\{[<%]-?\s*\/\s*fig-quote\s*-?[>%]\}\}/g)],
    quote: [...prose.matchAll(/\{\{[<%]-?\s*\/\s*quote\s*-?[>%]\}\}/g)],
    octopress: [...prose.matchAll(/\{%-?\s*endblockquote\s*-?%\}/g)],
  }
  const taken: Record<string, number> = { blockquote: 0, 'fig-quote': 0, quote: 0, octopress: 0 }
  let out = ''
  let from = 0
  for (const match of prose.matchAll(quoteOpening)) {
    if (match.index < from) continue
    const lineStart = prose.lastIndexOf('\n', match.index - 1) + 1
    const before = prose.slice(lineStart, match.index)
    // (A tag in a code span is the writer's example of one: left as written.)
    if ((before.match(/`/g)?.length ?? 0) % 2 === 1) continue
    const kind = match[1] !== undefined ? match[2] : 'octopress'
    const list = closings[kind]
    while (taken[kind] < list.length && list[taken[kind]].index < match.index + match[0].length) taken[kind]++
    const end = list[taken[kind]]
    if (!end) continue
    const after = end.index + end[0].length
    // (Octopress names the author, then maybe a source's address and its title: the name is said after the words.)
    const author = kind === 'octopress' ? (match[4] ?? '').replace(/\s+https?:\/\/\S+.*$/, '').trim() : hugoQuoteSource(match[3] ?? '')
    const inner = prose.slice(match.index + match[0].length, end.index)
    // Only a tag that opens its line, and a quotation that ends its line before a blank one or the
    // text's end, make a block quote: one inside a sentence stays in it, and a line of words right
    // after it would run on into the block quote, the writer's own words in the quoted one's. There
    // the tags go as others do, the author's name kept after the words.
    if (!/^[ \t]*$/.test(before) || !/^[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)/.test(prose.slice(after))) {
      if (author) {
        out += `${prose.slice(from, match.index)}${inner} — ${author}`
        from = after
        taken[kind]++
      }
      continue
    }
    const lead = /^[ \t]*\r?\n/.exec(inner)?.[0] ?? ''
    const trail = /\r?\n[ \t]*$/.exec(inner.slice(lead.length))?.[0] ?? ''
    const lines = inner.slice(lead.length, inner.length - trail.length).split('\n')
    if (author) lines[lines.length - 1] += ` — ${author}`
    // (The tags' own lines stay, blank, so every line after keeps its number; inside a list item, each line
    // keeps the item's indent before its `>`.)
    const blank = (text: string) => text.replace(/[^\n]/g, '')
    const quoted = lines
      .map((line, index) => {
        // (The first line's indent, where it shares the tag's line, is written before the tag already.)
        const indent = index === 0 && !lead ? '' : before
        const words = indent && line.startsWith(indent) ? line.slice(indent.length) : line
        return `${indent}${words.trim() ? `> ${words}` : '>'}`
      })
      .join('\n')
    out += prose.slice(from, match.index) + blank(match[0] + lead) + quoted + blank(trail + end[0])
    from = after
    taken[kind]++
  }
  return from === 0 ? prose : out + prose.slice(from)
}

/**
 * A style sheet (or script) inside a box of raw HTML, with blank lines between its rules: the
 * `<div>`, `<style scoped>` Jupyter writes over every table it exports. The site's renderer
 * (kramdown, a notebook's HTML) reads the element whole; in CommonMark the box's HTML block ends
 * at the first blank line and the rules after it, indented, show as a slide of code. A blank line
 * between a line that opens `<style>` or `<script>` and the line that closes it gets an empty
 * comment, which keeps the block going to its end, line for line (the element shows nothing).
 */
function withStyleBlocksWhole(prose: string): string {
  if (!/<(?:style|script)\b/i.test(prose)) return prose
  const opening = /^[ \t]*<(style|script)\b[^\n]*$/gim
  let out = ''
  let from = 0
  for (let match = opening.exec(prose); match; match = opening.exec(prose)) {
    // (Searched for from each opening once, and not past the first that stays open: linear in the text.)
    const closing = new RegExp(`</${match[1]}\\s*>`, 'gi')
    closing.lastIndex = match.index
    const end = closing.exec(prose)
    if (!end) break
    const stop = end.index + end[0].length
    out += prose.slice(from, match.index) + prose.slice(match.index, stop).replace(/\n[ \t]*(?=\r?\n)/g, '\n<!---->')
    from = stop
    opening.lastIndex = stop
  }
  return from === 0 ? prose : out + prose.slice(from)
}

/**
 * A block that opens with a line of only a picture (`<img src="fp.jpg" align="right">`, maybe in a
 * link), its paragraph on the next line with no blank line between: the blog floats the picture
 * beside the paragraph (kramdown reads the tag as the paragraph's first word), but in CommonMark
 * the line opens an HTML block that runs on to the next blank line, and the paragraph goes with
 * it as raw HTML: its markdown unread on the slide, its words missing from the notes. The line is
 * written as the markdown picture it is, which opens the paragraph as kramdown reads it. Only at a
 * block's start (after a blank line): after a line of words the tag is already in the paragraph,
 * after a tag it is in an HTML block, where markdown is not read. A remote picture stays the raw
 * HTML it was, which is never downloaded (see links.ts): its tag moves to the start of the
 * paragraph's first line, its own line left blank. Line for line.
 */
const pictureLine =
  /(^|\n[ \t]*\r?\n)([ \t]{0,3})(<a\b[^>\n]*>[ \t]*)?(<img\b[^>\n]*>)([ \t]*<\/a\s*>)?[ \t]*(\r?\n[ \t]{0,3})(?=(?![-+*][ \t]|\d{1,9}[.)][ \t]|#|>|\||```|~~~)[^\s<])/gi

function withPictureLines(prose: string): string {
  if (!/<img\b/i.test(prose)) return prose
  return prose.replace(pictureLine, (line, before: string, indent: string, open?: string, img?: string, close?: string, next = '') => {
    const src = img && attributeOf(img, 'src')
    if (!src || /[<>\n]/.test(src) || Boolean(open) !== Boolean(close)) return line
    if (isRemote(src)) return `${before}${indent}${next}${open ?? ''}${img}${close ?? ''} `
    const alt = (attributeOf(img, 'alt') ?? '').replace(/[\\[\]`<]/g, '\\$&')
    const title = attributeOf(img, 'title')?.replace(/["\\]/g, '\\$&')
    const picture = `![${alt}](<${src}>${title ? ` "${title}"` : ''})`
    const href = open && attributeOf(open, 'href')
    if (open && (!href || /[<>\n]/.test(href))) return line
    return `${before}${indent}${href ? `[${picture}](<${href}>)` : picture}${next}`
  })
}

/** A line of markdown pictures only: `    ![Wire](./wire.webp)`, `![a](a.png) ![b](b.png)`. */
const pictureOnlyLine = /^[ \t]*(?:!\[(?:[^\]\\\n]|\\.)*\]\([^()\n]*\)[ \t]*)+\r?$/
const markdownPicture = /!\[(?:[^\]\\\n]|\\.)*\]\([^()\n]*\)/g

/**
 * `<winter-carousel>` over the lines `    ![Wire](./wire.webp)` and `    ![Bulb](./bulb.webp)` (review 109, a build
 * log): in CommonMark the tag opens an HTML block that runs to the next blank line, and markdown is not read inside it,
 * so the slide would show the pictures' markup as words. A line of markdown pictures inside such a block is written as
 * the `<img>` tags a site's element shows. Line for line.
 */
function withTaggedPictures(prose: string): string {
  if (!/^[ \t]*!\[/m.test(prose) || !/^ {0,3}<[A-Za-z]/m.test(prose)) return prose
  const lines = prose.split('\n')
  let inBlock = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (/^[ \t]*\r?$/.test(line)) {
      inBlock = false
      continue
    }
    const opens = index === 0 || /^[ \t]*\r?$/.test(lines[index - 1])
    if (opens) {
      inBlock = opensBlockElement(line) || loneTag.test(line.replace(/\r$/, ''))
      continue
    }
    if (inBlock && pictureOnlyLine.test(line)) lines[index] = line.replace(markdownPicture, (picture) => asHtml(picture))
  }
  return lines.join('\n')
}

/**
 * A paired Hugo shortcode opened inside a list item with its body at the margin (Linode's docs write
 * `    {{< note respectIndent=false >}}` then the note's lines unindented): in markdown those lines
 * would end the list item, and the steps after them would start a new list or become code. Each
 * body line, and the closing tag, is indented as the opening tag is. Line for line.
 */
function indentedBodies(prose: string): string {
  if (!/^[ \t]+\{\{[<%]/m.test(prose)) return prose
  const lines = prose.split('\n')
  // The lines that close each tag name, in order: found once, so a post of many tags left open costs one pass.
  const closes = new Map<string, number[]>()
  for (const [index, line] of lines.entries()) {
    const name = /^[ \t]*\{\{[<%]-?\s*\/\s*([\w-]+)\s*-?[>%]\}\}[ \t]*\r?$/.exec(line)?.[1]
    if (name) closes.set(name, [...(closes.get(name) ?? []), index])
  }
  for (let index = 0; index < lines.length; index++) {
    const open = /^([ \t]+)\{\{[<%]-?\s*([\w-]+)\b[^\n]*?[>%]\}\}[ \t]*\r?$/.exec(lines[index])
    if (!open) continue
    const [, indent, name] = open
    // (The first closing line after it; those before it are spent, and a tag left open changes nothing.)
    const after = closes.get(name) ?? []
    while (after.length > 0 && after[0] <= index) after.shift()
    const end = after[0]
    if (end === undefined) continue
    for (let at = index + 1; at <= end; at++) if (lines[at].trim() !== '' && !lines[at].startsWith(indent)) lines[at] = indent + lines[at]
    index = end
  }
  return lines.join('\n')
}

/*
 * Footnotes written by hand in HTML, as a post exported from another blog engine keeps them:
 * `<sup id="a1">[1](#f1)</sup>` in the text, and under a "Notes" heading a paragraph opening on
 * the note's number in an element with the id it points to, `<b id="f1">1</b> Words… [↩](#a1)`.
 * They become markdown footnotes: said in the notes and the handout, not run into the sentence
 * ("…Max TS1") or shown as points of a slide of their own.
 */
const anchoredNote =
  /^[ \t]*<(b|strong|span|a|sup|small)\b[^>\n]{0,300}\bid\s*=\s*["']([\w:.-]{1,40})["'][^>\n]{0,300}>\s*\[?(\d{1,3})\]?\s*<\/\1>[ \t]*(\S.*)$/gm
const noteReference =
  /<sup\b[^>\n]{0,300}>\s*(?:\[\[?(\d{1,3})\]?\]\(#([\w:.-]{1,40})\)|<a\s[^>\n]{0,300}?href\s*=\s*["']#([\w:.-]{1,40})["'][^>\n]{0,300}>\s*\[?(\d{1,3})\]?\s*<\/a>)\s*<\/sup>/g
/** A note's link back to where it was cited: `[↩](#a1)`, `<a href="#a1">↩</a>`. */
const backLink =
  /(?:\[[↩⏎↑^]\uFE0E?\]\(#[\w:.-]{1,40}\)|<a\s[^>\n]{0,300}href\s*=\s*["']#[\w:.-]{1,40}["'][^>\n]{0,300}>\s*[↩⏎↑^]\uFE0E?\s*<\/a>)\s*$/u

/**
 * The ids of the hand-written notes of the article's prose (outside code) that the prose cites,
 * with their words. (A note no reference cites stays as it is written: a markdown footnote that
 * nothing cites would be dropped, and its words with it.)
 */
function anchoredNotes(pieces: Piece[]): Map<string, string> {
  const notes = new Map<string, string>()
  const cited = new Set<string>()
  for (const piece of pieces) {
    if (piece.code || !piece.text.includes('id=')) continue
    for (const [, , id, , words] of piece.text.matchAll(anchoredNote)) notes.set(id, words.replace(backLink, '').trim())
  }
  if (notes.size === 0) return notes
  for (const piece of pieces) {
    if (piece.code) continue
    for (const [, , id, href] of piece.text.matchAll(noteReference)) cited.add(id ?? href)
  }
  for (const id of notes.keys()) if (!cited.has(id)) notes.delete(id)
  return notes
}

/** The prose with hand-written notes as markdown footnotes, where both the reference and the note are there. */
function withAnchoredNotes(prose: string, notes: Map<string, string>): string {
  if (notes.size === 0) return prose
  const referenced = prose.replace(noteReference, (whole, _number, id, href) => {
    const target = id ?? href
    return notes.has(target) ? `[^${anchorPrefix}${target}]` : whole
  })
  return referenced.replace(anchoredNote, (whole, _tag, id) => (notes.has(id) ? `[^${anchorPrefix}${id}]: ${notes.get(id)}` : whole))
}

/** The label of a footnote made from a hand-written HTML note. */
const anchorPrefix = 'note-'

/** The label of a footnote made from an MDX footnote component. */
const footnotePrefix = 'mdx-note-'
/**
 * MDX components that hold an aside to the sentence they sit in (`<Footnote>…</Footnote>`,
 * `<Sidenote>`, `<MarginNote>`, and Distill's `<d-footnote>`, which al-folio and the ICLR blog
 * track use): a closed set of names blogs give them. Their words are a footnote, said in the
 * notes, not run into the sentence on the slide.
 */
const footnoteComponent =
  /<((?:Foot|Side|Margin)[Nn]ote|Fn|d-footnote)\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*>((?:(?!\n[ \t]*\n|<(?:(?:Foot|Side|Margin)[Nn]ote|Fn|d-footnote)\b)[\s\S])*?)<\/\1\s*>/g

/**
 * The same asides as template tags: Hugo's paired `{{% marginalia %}}…{{% /marginalia %}}` (review 140, a French Hugo
 * post whose ten margin notes ran into the words around them, "concernéeil en découlait"), `{{< sidenote >}}`, and
 * tufte-jekyll's `{% sidenote 'sn-id' 'words' %}` and `{% marginnote 'mn-id' 'words' %}`, whose last argument is the note.
 * (Here and in `footnoteComponent`, a body stops at the next opening tag: an unclosed one scanned the rest of its paragraph,
 * once for every tag in it.)
 */
const footnoteTag = new RegExp(
  [
    String.raw`\{\{([<%])-?\s*((?:side|margin)-?notes?|marginalia|marginal|footnote|fn)\b[^{}\n]*?-?[>%]\}\}((?:(?!\n[ \t]*\n|\{\{[<%])[\s\S])*?)\{\{[<%]-?\s*\/\2\s*-?[>%]\}\}`,
    String.raw`\{%-?\s*(sidenote|marginnote)\s+(?:'[^'\n]*'|"[^"\n]*")\s+(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*-?%\}`,
  ].join('|'),
  'gi',
)

/** Footnote components and tags as markdown footnote references, their words kept in `notes`; line breaks stay where they were. */
function asFootnotes(prose: string, notes: string[]): string {
  const asReference = (whole: string, words: string) => {
    const text = words.replace(/\s+/g, ' ').trim()
    if (!text) return whole.replace(/[^\n]/g, '')
    notes.push(text)
    return `[^${footnotePrefix}${notes.length}]${whole.replace(/[^\n]/g, '')}`
  }
  const components = /<(?:Foot|Side|Margin)[Nn]ote|<Fn\b|<d-footnote\b/.test(prose)
    ? prose.replace(footnoteComponent, (whole, _name: string, words: string) => asReference(whole, words))
    : prose
  if (!/\{[{%][^}]{0,8}(?:side|margin|foot|fn)/i.test(components)) return components
  return components.replace(footnoteTag, (whole, _mark, _name, hugoWords, _tag, single, double) =>
    asReference(whole, hugoWords ?? (single ?? double ?? '').replace(/\\(['"])/g, '$1')),
  )
}

/**
 * Distill's citations (`<d-cite key="Sutton1998"></d-cite>`): the page numbers them from its
 * bibliography, which the article does not hold. A talk says none of them; each goes with the
 * space before it, so no "learning , an agent" is left.
 */
function withoutCitations(prose: string): string {
  if (!prose.includes('<d-cite')) return prose
  // ("More recently, authors in <d-cite key="jolicoeur2021gotta"></d-cite> introduced adaptive step-size SDE solvers" (review
  // 144, a Distill post): a citation a preposition opens is a noun of the sentence, which without it read "authors in
  // introduced", "as in.". It keeps the number the page shows for it, its key's in the order the post first cites.)
  const numbers = new Map<string, number>()
  for (const found of prose.matchAll(/<d-cite\b[^>]{0,2000}?\bkey=["']([^"']{1,2000})["']/g))
    for (const key of found[1].split(',')) if (!numbers.has(key.trim())) numbers.set(key.trim(), numbers.size + 1)
  // (The words before each citation read from a few characters back, never matched from every place before it: a long run of
  // spaces before one was read again from each of its spaces.)
  const cited = prose.replace(
    /<d-cite\b[^>]{0,2000}?\bkey=["']([^"']{1,2000})["'][^>]{0,2000}>[^<]{0,2000}<\/d-cite>(?=[ \t]+[\p{L}]|[.,;:!?)])/giu,
    (whole, keys: string, offset: number) =>
      /[\s(](?:in|by|of|see|from|to|and|with|cf\.?|following|after)[ \t]+$/iu.test(
        offset < 21 ? ` ${prose.slice(0, offset)}` : prose.slice(offset - 21, offset),
      )
        ? `[${[...new Set(keys.split(',').map((key) => numbers.get(key.trim())))].join(', ')}]`
        : whole,
  )
  // (From the start of the spaces only: tried from inside a long run of them, the pattern would
  // scan the rest of the run again at every space, in time that grows with its square.)
  // (A citation that ends its paragraph after a comma, a figure's "Figure 4, <d-cite…>" before its
  // `</div>`, takes the comma with it; not one a hard-wrapped line goes on from, "transformers, <d-cite…>⏎RNNs, and CNNs".)
  return cited
    .replace(/(?<=[^\s,]),[ \t]*<d-cite\b[^>]*>[^<]*<\/d-cite>(?=[ \t]*(?:$|\r?\n[ \t]*(?:\r?\n|<|$)))/g, '')
    .replace(/(?<![ \t])[ \t]*<d-cite\b[^>]*>[^<]*<\/d-cite>/g, '')
}

/** One line naming what was left out: `3 Liquid \`if\`, 2 Hugo \`param\``. */
export function describeRemoved(removed: Map<string, number>): string {
  return [...removed].map(([kind, count]) => `${count} × ${kind}`).join(', ')
}

/** `{% raw %}` only tells Liquid to leave text alone; it is never meant to show, even in code. */
function stripRawTags(code: string): string {
  return withoutLiquidComments(code)
    .replace(/^[ \t]*\{%-?\s*(?:end)?raw\s*-?%\}[ \t]*\r?\n/gm, '')
    .replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '')
}

const rawRegion = /\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)/g
const liquidComment = /^[ \t]*\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}[ \t]*(?:\r?\n|$)/gm

/**
 * "{%- comment -%}⏎Raw is needed to escape the double curly braces.⏎{%- endcomment -%}⏎{% raw %}⏎…" opening a
 * fence (Metal³'s blog, review 103): Liquid runs over code too, and its comment, a note to the site's
 * writers, never shows on the page. Only in code that holds a `{% raw %}` of its own, the sign that
 * Liquid reads it (a post about Liquid shows its tags in code as written), and outside that raw text.
 */
function withoutLiquidComments(code: string): string {
  if (!/\{%-?\s*raw\s*-?%\}/.test(code) || !/\{%-?\s*comment\s*-?%\}/.test(code)) return code
  let out = ''
  let last = 0
  for (const raw of code.matchAll(rawRegion)) {
    out += code.slice(last, raw.index).replace(liquidComment, '') + raw[0]
    last = raw.index + raw[0].length
  }
  return out + code.slice(last).replace(liquidComment, '')
}

interface Block extends Piece {
  /** Where the block starts in its piece. */
  offset: number
}

// A tag's inside never runs across a blank line: a stray `{{` in prose stays prose.
const inside = String.raw`(?:(?!\n[ \t]*\n)[\s\S])*?`

/** The names of the tags of a site's box of links to its other posts. */
const relatedBoxes = 'related|related_articles|related_posts|see_also|read_more|more_posts'

/** Paired tags whose body is code or literal text: rewritten first, since their bodies hold backticks and braces of their own. */
const blockTags = new RegExp(
  [
    // Hugo: {{< highlight go "linenos=table" >}} … {{< /highlight >}}
    String.raw`^([ \t]*)\{\{[<%]-?\s*highlight\s+([\w+#.-]+)${inside}[>%]\}\}[ \t]*\r?\n([\s\S]*?)\r?\n?[ \t]*\{\{[<%]-?\s*\/\s*highlight\s*-?[>%]\}\}`,
    // Liquid: {% highlight ruby linenos %} … {% endhighlight %}
    String.raw`^([ \t]*)\{%-?\s*highlight\s+([\w+#.-]+)${inside}%\}[ \t]*\r?\n([\s\S]*?)\r?\n?[ \t]*\{%-?\s*endhighlight\s*-?%\}`,
    // Zola: {% code(lang="rust") %} … {% end %}
    String.raw`^([ \t]*)\{%-?\s*(?:code|highlight)\s*\((${inside})\)\s*-?%\}[ \t]*\r?\n([\s\S]*?)\r?\n?[ \t]*\{%-?\s*end\s*-?%\}`,
    // Liquid: {% raw %} … {% endraw %} is literal text.
    String.raw`\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}`,
    // Go blog actions, whose arguments may be `backquoted` (they would read as code spans): {{raw `<b>x</b>`}}, {{code "x.go" `/start/`}}
    // (A backquoted argument may hold braces and blank lines: {{raw `\n\tfunc b() {…}\n`}}.)
    String.raw`(\{\{-?\s*(?:raw|code|play|image|video)\s+(?:\`[^\`]*\`|[^{}\`])*?\s*-?\}\})`,
    // Comments: Liquid's {% comment %} … {% endcomment %}, Go's and Hugo's {{/* … */}}.
    String.raw`\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}`,
    // A site's box of links to its other posts, {% related_articles %} … {% endrelated_articles %}: page furniture, no word of the article.
    String.raw`\{%-?\s*(?:${relatedBoxes})\s*-?%\}(?:(?!\{%-?\s*(?:${relatedBoxes})\b)[\s\S]){0,5000}?\{%-?\s*end(?:${relatedBoxes})\s*-?%\}`,
    // Hugo docs sites' listings (Linode's): {{< file "/etc/ssh/sshd_config" ini >}} … {{< /file >}}, {{< output >}} … {{</ output >}};
    // istio.io's {{< text bash >}} … {{< /text >}}.
    String.raw`^(?<listingIndent>[ \t]*)\{\{[<%]-?\s*(?<listing>file|output|text)\b(?<listingArgs>${inside})\s*-?[>%]\}\}[ \t]*\r?\n(?<listingBody>[\s\S]*?)\r?\n?[ \t]*\{\{[<%]-?\s*\/\s*\k<listing>\s*-?[>%]\}\}`,
  ].join('|'),
  'gm',
)

/**
 * The blocks of prose split at the indented code blocks `code` marks among the lines of the whole text (see
 * `indentedCodeLines`), each piece at its offset in `prose`, its piece of the text as rewritten so far (line for line), which
 * opens on line `first`. (The blocks come in order: the lines before each are counted from the one before, in one pass.)
 */
function withIndentedCode(blocks: Block[], prose: string, first: number, code: boolean[]): Block[] {
  const pieces: Block[] = []
  let counted = 0
  let opening = first
  for (const block of blocks) {
    opening += newlinesIn(prose, counted, block.offset)
    counted = block.offset
    if (block.code) {
      pieces.push(block)
      continue
    }
    const split: Block[] = []
    let line = opening
    let offset = block.offset
    for (const text of block.text.split(/(?<=\n)/)) {
      const isCode = code[line] === true
      const last = split.at(-1)
      if (last && last.code === isCode) last.text += text
      else split.push({ text, code: isCode, offset })
      offset += text.length
      if (text.endsWith('\n')) line++
    }
    pieces.push(...split)
  }
  return pieces
}

/** How many line breaks `text` holds from `from` up to (not at) `to`. */
function newlinesIn(text: string, from: number, to: number): number {
  let count = 0
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++
  return count
}

function splitBlocks(prose: string, leave: Leave): Block[] {
  const blocks: Block[] = []
  let last = 0
  for (const match of prose.matchAll(blockTags)) {
    const [whole, hugoIndent, hugoLang, hugoBody, liquidIndent, liquidLang, liquidBody, zolaIndent, zolaArgs, zolaBody, raw, go] = match
    blocks.push({ text: prose.slice(last, match.index), code: false, offset: last })
    let text: string
    if (hugoBody !== undefined) text = fence(hugoIndent, hugoLang, hugoBody)
    else if (liquidBody !== undefined) text = fence(liquidIndent, liquidLang, liquidBody)
    else if (zolaBody !== undefined) text = fence(zolaIndent, parseArgs(zolaArgs).named.lang ?? '', zolaBody)
    else if (match.groups?.listingBody !== undefined) {
      const { listing, listingIndent, listingArgs, listingBody } = match.groups
      // (A file's language is its second argument, or none; a text's its first: output is plain text. A body at the margin
      // inside a list item was indented as its tag by `indentedBodies`.)
      const args = parseArgs(listingArgs ?? '')
      // (istio.io names the language positionally, or as `syntax=bash`.)
      const lang =
        listing === 'file' ? (args.positional[1] ?? '') : listing === 'text' ? (args.named.syntax ?? args.positional[0] ?? '') : 'text'
      text = fence(listingIndent, /^[\w+#.-]*$/.test(lang) ? lang : '', listingBody)
    } else if (raw !== undefined) text = raw
    // A raw action's backquoted body is the text itself, blank lines and all.
    else if (go !== undefined && /^\{\{-?\s*raw\s+`[^`]*`\s*-?\}\}$/.test(go)) text = go.replace(/^\{\{-?\s*raw\s+`|`\s*-?\}\}$/g, '')
    else if (go !== undefined)
      text = convertInline(
        go,
        (kind, index) => leave(kind, match.index + index),
        () => inHtmlBlock(prose, match.index),
      )
    else text = ''
    blocks.push({ text: sameLines(whole, text), code: true, offset: match.index })
    last = match.index + whole.length
  }
  blocks.push({ text: prose.slice(last), code: false, offset: last })
  return blocks.filter((block) => block.text !== '' || block.code)
}

/** A fenced code block longer than any backtick run in its body. */
function fence(indent: string, lang: string, body: string): string {
  const code = stripRawTags(body).replace(/^(?:[ \t]*\r?\n)+|(?:\r?\n[ \t]*)+$/g, '')
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length))
  const marks = '`'.repeat(longest + 1)
  return `${indent}${marks}${lang}\n${code}\n${indent}${marks}`
}

const tag = new RegExp(
  [
    // Hugo: {{< name args >}}, {{% name args %}}, and their closing {{< /name >}}
    String.raw`\{\{([<%])-?\s*(\/?)\s*([\w./-]+)(${inside})\s*-?[>%]\}\}`,
    // Liquid and Zola statements: {% name args %}, {% name(args) %}
    String.raw`\{%-?\s*([\w./-]+)(${inside})\s*-?%\}`,
    // Liquid output, Go templates, Zola inline shortcodes: {{ site.url }}, {{image "x"}}, {{ image(src="x") }}
    String.raw`\{\{-?\s*(${inside})\s*-?\}\}`,
    // ERB, as Middleman and Nanoc posts write it: <% excerpt do %>, <%= link_to … %>, <% end %>
    String.raw`<%[=-]?\s*([\w.]*)[^%\n]*?-?%>`,
  ].join('|'),
  'g',
)

type Leave = (kind: string, index: number) => string

/** Whether the character at `index` follows an odd run of backslashes: markdown's escape, not a mark. */
function escaped(text: string, index: number): boolean {
  let count = 0
  while (index - count - 1 >= 0 && text[index - count - 1] === '\\') count++
  return count % 2 === 1
}

/**
 * WordPress's caption shortcode, as posts exported from WordPress keep it around a picture and its
 * credit (`[caption id="" align="alignleft" width="320"]<img …> © 2007 Jane Doe[/caption]`; escaped,
 * `\\[caption …]`, in a saved page read as text): the tags go, the picture and its words stay.
 */
const wordpressCaption = /\\?\[caption\b[^\]\n]{0,400}\\?\]|\\?\[\/caption\\?\]/g

function convertInline(prose: string, leave: Leave, htmlAt: (index: number) => boolean = () => false): string {
  return prose
    .replace(wordpressCaption, '')
    .replace(tag, (whole, _hugoMark, hugoClose, hugoName, hugoArgs, liquidName, liquidArgs, output, erb, index: number) => {
      // `"[\{{ this }}](…)" variable` (Hudi's dbt post, review 106): a tag whose brace the writer escaped is the tag's
      // words, shown as written; markdown drops the backslash. (Unless the backslash is itself escaped, `\\{{ x }}`.)
      if (escaped(prose, index)) return whole
      // `style={{ maxHeight: '600px' }}`: an MDX attribute's object, no template tag; it goes as one
      // does, without a warning (the deck styles its pictures itself).
      // (An object over several lines, `sx={{⏎ marginTop: 2, ⏎ }}`, keeps its lines and its attribute, its braces
      // made one level, `{( … )}`: emptied, the tag's attribute had no value and the tag showed as text, "<Box sx=".)
      if (output !== undefined && prose[index - 1] === '=')
        // (On one line, an empty value, `style=""`: `<img style= src="…">` (review 142, a Markdown post that writes its
        // pictures as JSX) is no HTML a browser or the deck reads, and the tag was shown as text in the notes.)
        return whole.includes('\n') && whole.includes(':') ? `{(${whole.slice(2, -2)})}` : sameLines(whole, '""')
      const text =
        hugoName !== undefined
          ? hugo(hugoName, hugoArgs, hugoClose === '/', index, leave, () => wordOfSentence(prose, index, whole.length, hugoName))
          : liquidName !== undefined
            ? statement(liquidName, liquidArgs, index, leave)
            : erb !== undefined
              ? leave(`ERB \`${erb || whole.slice(2, 12).trim()}\``, index)
              : expression(output, index, leave)
      // `{{site.baseurl}}/{% link /img/a.png %}`: the site's address goes, and the path after its slash
      // starts with its own; two slashes would make it an address on another host (`//img/a.png`).
      const path = text.startsWith('/') && prose[index - 1] === '/' && prose[index - 2] === '}' ? text.slice(1) : text
      // (Only a tag that leaves words asks where it stands: the search back for its block runs once per such tag.)
      return sameLines(whole, path !== '' && htmlAt(index) ? asHtml(path) : path)
    })
}

/** A tag of a block-level element, which opens an HTML block whatever follows it on the line (CommonMark's kind 6). */
const htmlBlockTag = /^ {0,3}<\/?([A-Za-z][\w-]*)(?:[\s/>]|$)/
/** A lone complete tag on its line, which opens an HTML block too (CommonMark's kind 7: `<a href="…">`). */
const loneTag = /^ {0,3}(?:<[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][\w-]*\s*>)[ \t]*$/

/**
 * Whether `index` falls inside an HTML block (`<a href="big.jpg">` then `{{image "small.jpg"}}`
 * on the next line, as the Go blog writes a picture that links its large copy): markdown is not
 * read there, so a picture made of a tag must be an `<img>`.
 */
function inHtmlBlock(text: string, index: number): boolean {
  const start = afterBlankLine(text, index)
  const end = text.indexOf('\n', start)
  const firstLine = text.slice(start, end === -1 ? undefined : end)
  return opensBlockElement(firstLine) || (loneTag.test(firstLine) && start + firstLine.length < index)
}

/** Whether a block's first line opens an HTML block on a block-level element's tag, whatever follows it (CommonMark's kind 6). */
function opensBlockElement(line: string): boolean {
  const tag = htmlBlockTag.exec(line)?.[1].toLowerCase()
  return tag !== undefined && htmlBlockNames.includes(tag)
}

/**
 * Where a block starts: after the last blank line (spaces and tabs only) before `index`, or
 * at 0. Searched backwards from `index`: a text with many tags would be scanned from its
 * start again for each.
 */
function afterBlankLine(text: string, index: number): number {
  for (let end = text.lastIndexOf('\n', index - 1); end > 0; ) {
    const before = text.lastIndexOf('\n', end - 1)
    if (before === -1) return 0
    if (/^[ \t]*$/.test(text.slice(before + 1, end))) return end + 1
    end = before
  }
  // (A text that opens on a line break, the prose after a code block's closing fence, starts its first block after it:
  // "<figure>{% Img … %}<figcaption>…" right after a listing (review 116, web.dev's post in German) showed its picture as
  // markdown's text inside the HTML block.)
  return index > 0 && text.charAt(0) === '\n' ? 1 : 0
}

/** A markdown picture written as the `<img>` an HTML block shows; any other text as it is. */
function asHtml(text: string): string {
  const picture = /^!\[((?:[^\]\\]|\\.)*)\]\(<?([^\s<>)]+|[^<>]+)>?(?: "((?:[^"\\]|\\.)*)")?\)$/.exec(text)
  if (!picture) return text
  const [, alt, src, title] = picture
  const attribute = (value: string) => escapeHtml(value.replace(/\\(.)/g, '$1'))
  return `<img src="${attribute(src)}" alt="${attribute(alt)}"${title === undefined ? '' : ` title="${attribute(title)}"`}>`
}

/** A Hugo shortcode. Closing tags of paired ones go quietly: their bodies stay as prose. */
function hugo(name: string, rawArgs: string, closing: boolean, index: number, leave: Leave, inSentence: () => boolean): string {
  if (closing) return ''
  const args = parseArgs(rawArgs)
  const first = args.positional[0]
  switch (name) {
    case 'figure':
    case 'img':
    case 'image':
    case 'gallery':
      if (numberedImages(args.named).length > 0) return gallery(args.named)
      // ("{{< gallery match="flickr/*" >}}" (review 110, Flux's KubeCon wrap-up): pictures the site finds by a pattern
      // among the page's files, which the deck cannot list; left out and said to be, never silently.)
      if (name === 'gallery' || !(args.named.src ?? args.named.url ?? args.named.image ?? first ?? args.named.link))
        return leave(`Hugo \`${name}\``, index)
      return image(
        // (istio.io names its picture `link`: `{{< image width="100%" link="ztunnel-architecture.png" caption="…" >}}`,
        // review 94. A figure's `link` is where the picture links to, beside its `src`.)
        args.named.src ?? args.named.url ?? args.named.image ?? first ?? (name === 'image' ? args.named.link : undefined),
        args.named.alt,
        args.named.caption ?? args.named.title,
      )
    // Docsy's `{{< imgproc kubecon-welcome Resize 600x >}}caption{{< /imgproc >}}`: a picture of the
    // page's own, named by the start of its file name (the build finds the file); the caption stays as prose.
    case 'imgproc':
      return image(first)
    case 'youtube':
      return videoLink('YouTube video', `https://www.youtube.com/watch?v=${args.named.id ?? first}`)
    case 'vimeo':
      return videoLink('Vimeo video', `https://vimeo.com/${args.named.id ?? first}`)
    case 'video':
      return videoLink('Video', args.named.src ?? first)
    case 'streamable':
      return args.named.id || first ? videoLink('Streamable video', `https://streamable.com/${args.named.id ?? first}`) : ''
    case 'tweet':
    case 'x': {
      // (`{{< tweet 1737401842387284181 >}}` before Hugo 0.112, `{{< tweet user="x" id="…" >}}` since.)
      const id = args.named.id ?? first
      const user = args.named.user
      return id && /^\d+$/.test(id)
        ? videoLink('Post on X', `https://x.com/${user ?? 'i/web'}/status/${id}`)
        : leave(`Hugo \`${name}\``, index)
    }
    case 'instagram':
      return first || args.named.id ? videoLink('Instagram post', `https://www.instagram.com/p/${args.named.id ?? first}/`) : ''
    case 'gist':
      return first && args.positional[1]
        ? `[Gist ${args.positional[1]}](https://gist.github.com/${first}/${args.positional[1]})`
        : leave('Hugo `gist`', index)
    case 'ref':
    case 'relref':
      // Inside a link's URL: the page it names.
      return args.named.path ?? first ?? ''
    default: {
      // `{{< newtabref href="https://jmeter.apache.org/" title="JMeter" >}}` (Mattermost's blog, review 92): a
      // site's own link shortcode, whose text is a word of the sentence. Left out, "(, , to name a few)"
      // is what the notes say; it is the link it writes.
      const href = args.named.href ?? args.named.url ?? args.named.link
      const label = args.named.title ?? args.named.text ?? args.named.label ?? args.named.name
      if (href && label && /^(?:https?:\/\/|\/|\.|#)/.test(href)) return `[${asText(label)}](${destination(href)})`
      // `{{<slide slide-02.png "Slide: About me">}}` (review 143, a talk's transcript with each of its slides; `{{< screenshot
      // src="run.png" >}}`): a site's own shortcode whose first word or `src` is a picture's file draws that picture, the
      // words after it its caption. (Left out, the talk lost the slides its paragraphs speak to.)
      const file = args.named.src ?? first
      if (file && pictureFile.test(file.replace(/[?#].*$/, '')))
        return image(file, args.named.alt, args.named.caption ?? args.named.title ?? (file === first ? args.positional[1] : undefined))
      // ("…wrapping Rscript and / or {{< pkg "littler" >}} are…" (review 147, an R user's post): a site's own shortcode written
      // inside a sentence with one word or name for its argument writes that word, a package's or a key's name; left out,
      // the notes read "Rscript and / or are". Not an icon's name, a site parameter's key or a pair's opening tag.)
      if (first && args.positional.length === 1 && Object.keys(args.named).length === 0 && wordlike.test(first) && inSentence())
        return asText(first)
      return leave(`Hugo \`${name}\``, index)
    }
  }
}

/** An argument that reads as a word or name of a sentence: "littler", "Ctrl+C", "dplyr 1.1". */
// (With a letter, and no id: `{{< poll 123 >}}`, `{{< asciinema 5f3a9c01d2 >}}` name what the site embeds.)
const wordlike = /^(?=[^\s]*[\p{L}])(?![\da-f]{8,}$)[\p{L}\p{N}][\p{L}\p{N}._+/#-]*(?: [\p{L}\p{N}._+/#-]+){0,3}$/iu

/** Shortcodes whose one argument names a thing drawn or looked up, never words: icons, site parameters, languages. */
const namesNoWord = /icon|^fa[brs]?$|emoji|svg|glyph|^param$|^lang$|^i18n$|^T$|^ref$|^relref$|^comment$/i

/**
 * Whether the shortcode at `index` stands between words of its line ("so {{< pkg "renv" >}} is in daily use"), not alone
 * on it, and is no opening tag of a pair (`{{< color "red" >}}…{{< /color >}}`, whose argument styles the words inside).
 */
function wordOfSentence(prose: string, index: number, length: number, name: string): boolean {
  if (namesNoWord.test(name)) return false
  const lineStart = prose.lastIndexOf('\n', index - 1) + 1
  const lineEnd = prose.indexOf('\n', index + length)
  const before = prose.slice(lineStart, index)
  const after = prose.slice(index + length, lineEnd === -1 ? undefined : lineEnd)
  if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return false
  return !new RegExp(String.raw`\{\{[<%]-?\s*/\s*${escapeRegExp(name)}\s*-?[>%]\}\}`).test(prose)
}

/** A Liquid or Zola statement. */
function statement(name: string, rawArgs: string, index: number, leave: Leave): string {
  const zola = /^\s*\(([\s\S]*)\)\s*$/.exec(rawArgs)
  if (zola) return leave(`Zola \`${name}\``, index)
  const args = parseArgs(rawArgs)
  const first = args.positional[0]
  if (name === 'include' && first && /image|img|figure|picture|photo/i.test(first)) {
    const { named } = args
    // (`image_path`: minimal-mistakes' `{% include figure image_path=… alt=… caption=… %}`.)
    const src = named.url ?? named.src ?? named.file ?? named.filename ?? named.path ?? named.image ?? named.img ?? named.image_path
    // (A picture named some other way is left out, and said so, as any tag the deck cannot show.)
    if (src) return image(src, named.alt ?? named.description, named.caption ?? named.title ?? named.description)
  }
  // Eleventy's picture shortcode, as web.dev writes it: `{% Img src="image/…jpg", alt="…", caption="…" %}`.
  if (/^(?:img|image)$/i.test(name) && args.named.src) return image(args.named.src, args.named.alt, args.named.caption ?? args.named.title)
  // Hexo's pictures of the post's own folder: `{% asset_img sample_shrink.jpg "実験に使った画像（縮小版）" %}` (review 121, a Hexo
  // post in Japanese), its title the picture's words; `{% asset_link sample.png "original PNG file" %}` links to the file.
  // (As Hexo's `img` reads them: `[class names] slug [width] [height] [title [alt]]`; `asset_link slug [title] [escape]`.)
  if ((name === 'asset_img' || name === 'asset_image') && first) {
    const at = args.positional.findIndex((word) => /[./]/.test(word))
    const size = (word: string) => /^\d+(?:px|%)?$/.test(word)
    const after = args.positional.slice(at + 1)
    const words = after.findIndex((word) => !size(word))
    const [title, alt] = words === -1 ? [] : after.slice(words)
    if (at !== -1) return image(args.positional[at], alt ?? title, title)
  }
  if (name === 'asset_link' && first) {
    const title = args.positional.slice(1).find((word) => !/^(?:true|false)$/.test(word))
    return `[${(title ?? first).replace(/[[\]\\]/g, '\\$&')}](${destination(first)})`
  }
  if (name === 'link') return first ?? ''
  // Octopress: `{% video /downloads/videos/a.mp4 360 270 poster.png %}` plays as a link does (Hugo's `video`);
  // `{% include_code a.py lang:python Title %}` shows a file of the site's the deck cannot read: its
  // link, where the site serves it, for the speaker, and a warning that its code is left out.
  if (name === 'video' && first) return videoLink('Video', first)
  // Jekyll's video tags, `{% youtube xKDN7RUJ5i4 %}` (review 137, Trino's talk write-up, whose recording was left out), `{% vimeo
  // 12345 %}`, and a theme's include of one, `{% include youtube.html id="…" %}`: the player, as a link to the video.
  const included = name === 'include' && first ? /^(youtube|vimeo)(?:[-_.]|$)/i.exec(first)?.[1] : undefined
  const site = /^(?:youtube|vimeo)$/i.test(name) ? name : included
  // (An id as the site writes one, or a whole address; not a Liquid variable, `page.youtube_id`, whose value the deck cannot know.)
  const address = /^\s*(https?:\/\/\S+)\s*$/.exec(rawArgs)?.[1]
  const id = args.named.id ?? args.named.youtube_id ?? args.named.video_id ?? (included ? args.positional[1] : first)
  const video = site && !included && address ? address : id && /^[\w-]{5,20}$/.test(id) ? id : undefined
  if (site && video) {
    const youtube = site.toLowerCase() === 'youtube'
    const url = /^https?:\/\//.test(video) ? video : youtube ? `https://www.youtube.com/watch?v=${video}` : `https://vimeo.com/${video}`
    return videoLink(youtube ? 'YouTube video' : 'Vimeo video', url)
  }
  if (name === 'include_code' && first) {
    leave(`Liquid \`include_code ${first}\``, index)
    const title = args.positional
      .filter((word) => !/^lang:/.test(word))
      .slice(1)
      .join(' ')
    return `[Code: ${first.replace(/[[\]]/g, '\\$&')}${title ? ` (${title.replace(/[[\]]/g, '\\$&')})` : ''}](${destination(`/downloads/code/${first}`)})`
  }
  // GitHub Docs' `{% data variables.product.prodname_dotcom %}` stands for a product's name in a sentence.
  if (name === 'data' && first?.startsWith('variables.')) return dataVariable(first)
  // GitBook's `{% filename %}blog/static/css/blog.css{% endfilename %}` over a listing (Django Girls' tutorial, review 112):
  // the file's name, in code, as a listing's caption is written (see paginate.ts).
  if ((name === 'filename' && !first) || name === 'endfilename') return '`'
  // Inside a link's URL: another post, whose address the deck does not know.
  if (name === 'post_url' || name === 'raw' || name === 'endraw') return ''
  if (/^end/.test(name) || name === 'else' || name === 'elsif' || name === 'when') return ''
  return leave(name === 'include' && first ? `Liquid \`include ${first}\`` : `Liquid \`${name}\``, index)
}

/** Product names GitHub Docs' sentences use most (data/variables/product.yml); others are read from the variable's name. */
const productNames: Record<string, string> = {
  product_name: 'GitHub',
  prodname_dotcom: 'GitHub',
  prodname_dotcom_the_website: 'GitHub.com',
  prodname_ghe_server: 'GitHub Enterprise Server',
  prodname_ghe_cloud: 'GitHub Enterprise Cloud',
  prodname_ghe_managed: 'GitHub AE',
  prodname_enterprise: 'GitHub Enterprise',
  prodname_cli: 'GitHub CLI',
  prodname_desktop: 'GitHub Desktop',
  prodname_mobile: 'GitHub Mobile',
  prodname_pages: 'GitHub Pages',
  prodname_actions: 'GitHub Actions',
  prodname_codespaces: 'GitHub Codespaces',
  prodname_copilot: 'GitHub Copilot',
  prodname_registry: 'GitHub Packages',
  prodname_marketplace: 'GitHub Marketplace',
  prodname_GH_advanced_security: 'GitHub Advanced Security',
  prodname_dependabot: 'Dependabot',
  prodname_emus: 'Enterprise Managed Users',
}

/**
 * A GitHub Docs variable as the words it stands for: a known product's name, else its key read
 * as words (`variables.product.prodname_code_scanning` → "code scanning"), so that the sentence
 * around it keeps its noun rather than a gap.
 */
function dataVariable(path: string): string {
  const key = path.split('.').at(-1) ?? ''
  return productNames[key] ?? key.replace(/^prodname_/, '').replace(/_/g, ' ')
}

/** MDN's macros that link an API, an element, a header or a status by its name: a closed class. */
const mdnReference =
  /^(?:domxref|jsxref|cssxref|htmlelement|svgelement|svgattr|mathmlelement|httpheader|httpmethod|httpstatus|htmlattrxref|webextapiref|event)$/i

/** Liquid output (`{{ site.url }}`), a Go template action (`{{image "x.png"}}`) or a Zola inline shortcode (`{{ image(…) }}`). */
function expression(source: string, index: number, leave: Leave): string {
  const go = /^(image|video|raw|code|play)\s+([\s\S]+)$/.exec(source)
  if (go) {
    const [, name, rawArgs] = go
    // `{{raw (file "table.html")}}` includes a file of the site's, which the deck does not have.
    if (rawArgs.trimStart().startsWith('(')) return leave(`Go blog \`${name} (${/^\(\s*(\w+)/.exec(rawArgs.trim())?.[1] ?? ''} …)\``, index)
    const first = parseArgs(rawArgs).positional[0]
    if (name === 'image') return image(first)
    if (name === 'video') return videoLink('Video', first)
    if (name === 'raw') return first ?? ''
    // The code lives in a file of the site's; the deck names it rather than show the tag.
    return first ? `Code: \`${first}\`` : leave(`Go blog \`${name}\``, index)
  }
  const zola = /^([\w]+)\s*\(([\s\S]*)\)$/.exec(source)
  if (zola) {
    const [, name, rawArgs] = zola
    const { named } = parseArgs(rawArgs)
    if (/^(image|resize_image|figure|img)$/.test(name))
      // (matrix.org's `{{ figure(img="…" caption="…") }}` (review 133) names its picture `img`.)
      return image(named.src ?? named.path ?? named.url ?? named.img ?? named.image, named.alt, named.caption ?? named.title)
    if (name === 'youtube') return videoLink('YouTube video', `https://www.youtube.com/watch?v=${named.id}`)
    if (name === 'vimeo') return videoLink('Vimeo video', `https://vimeo.com/${named.id}`)
    // (A site's own `video(src=…)` and Streamable's player, as Veloren's devlogs embed their clips.)
    if (name === 'video' && (named.src ?? named.url)) return videoLink('Video', named.src ?? named.url)
    if (name === 'streamable' && named.id) return videoLink('Streamable video', `https://streamable.com/${named.id}`)
    // ("a {{Glossary("FTP", "File Transfer Protocol (FTP)")}} program", "{{domxref("Element.innerHTML")}}" (review 125, MDN's
    // Learn pages): MDN's macros that link a term or an API show their label, else the term; the sentence needs its words.
    // An API, element or header is code, as MDN sets it.)
    const { positional } = parseArgs(rawArgs)
    const shown = positional[1] ?? positional[0]
    if (/^glossary$/i.test(name) && shown) return shown
    if (mdnReference.test(name) && shown) return /^htmlelement$/i.test(name) && !positional[1] ? `\`<${shown}>\`` : `\`${shown}\``
    leave(/[A-Z]/.test(name) ? `MDN macro \`${name}\`` : `Zola \`${name}\``, index)
    // A shortcode that links a name (`rust_type(name="Plugin")`) keeps the name: the sentence needs it.
    return named.name ?? named.text ?? ''
  }
  // Liquid filters on a string: `{{ "/docs/" | relative_url }}` is that path; so is the string alone, `{{"/assets/a.png"}}`.
  const literal = /^(["'])(.*?)\1\s*(?:\||$)/.exec(source)
  if (literal) return literal[2]
  // Site addresses in front of a path: `{{ site.baseurl }}/assets/x.png`.
  // (Apache Arrow's site names it `site.base-url`.)
  if (/^(site\.(url|baseurl|base[-_]url|github\.url)|base_path|config\.base_url|\.Site\.BaseURL)(?![\w-])/.test(source)) return ''
  const name = /^[.\w$-]+/.exec(source)?.[0] ?? '…'
  return leave(`\`{{ ${name} }}\``, index)
}

/**
 * "…in front of her cut face. ' style='width: 70%;": an attribute a writer slipped into the alt
 * text, which the site's template writes between quotes, to size the picture. No words of it.
 */
const injectedAttribute = /\s*['"]\s+(?:style|class|width|height|id)\s*=\s*['"]?[^'"]{0,300}['"]?\s*$/i

function image(src: string | undefined, alt?: string, written?: string): string {
  if (!src) return ''
  // A link in the caption ("…conducted with [VoyantTools.org](http://…)") is its text: a title is plain text.
  // (Bounded, so a caption of brackets alone is read in linear time.)
  // (Its HTML tags, an icon's `<i class='fa-solid fa-heart-pulse'></i>`, are no words of it.)
  const caption = written
    ?.replace(/\[([^\]]{0,300})\]\([^)]{0,2000}\)/g, '$1')
    // (Each tag a mark first, so a run of them before a stop goes in one pass from its start: linear in the run.)
    .replace(/<\/?[A-Za-z][^<>]{0,300}>/g, '\u0000')
    .replace(/(?<![\s\u0000])(?=[\s\u0000]*\u0000)[\s\u0000]+(?=[.,;:!?]|$)/g, '')
    .replace(/\u0000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const text = (alt?.replace(injectedAttribute, '') ?? caption ?? '').replace(/[[\]\\]/g, '\\$&')
  const url = destination(src)
  // The caption is the picture's alt text (or its title beside an alt of its own), not a bullet of its own.
  // ("Finding projects with the `tron` keyword" (review 147): a caption's code span is its words; a title shows no backticks.)
  const title = caption && caption !== text ? ` "${caption.replace(/`([^`\n]{1,200})`/g, '$1').replace(/["\\]/g, '\\$&')}"` : ''
  return `![${text}](${url}${title})`
}

/** The numbered pictures of a gallery shortcode (`image1="…" image2="…"`), in their order. */
function numberedImages(named: Record<string, string>): string[] {
  return Object.keys(named)
    .filter((key) => /^(?:image|src|img)\d+$/.test(key))
    .sort((a, b) => Number(/\d+$/.exec(a)?.[0]) - Number(/\d+$/.exec(b)?.[0]))
}

/**
 * `{{< image gallery="true" image1="image:hall-1.webp" title1="The hall" image2="…" caption="The hall" >}}`
 * (review 109, a Spanish conference report): a gallery of pictures, each with its title, under one caption. Each becomes
 * a picture, side by side as a paragraph of pictures is shown. (A prefix that names where the site keeps the page's
 * pictures, `image:`, is no URL scheme: the file is the page's own.)
 */
function gallery(named: Record<string, string>): string {
  return numberedImages(named)
    .map((key) => {
      const number = /\d+$/.exec(key)?.[0] ?? ''
      const src = named[key].replace(/^(?:image|img|resource):(?!\/\/)/i, '')
      return image(src, named[`alt${number}`] ?? named[`title${number}`], named.caption ?? named[`title${number}`])
    })
    .join(' ')
}

/** What a video or post shortcode becomes: a link that names what it was and says where it plays ("Video: https://…"). */
const embedLabels = [
  'YouTube video',
  'Vimeo video',
  'Streamable video',
  'Video',
  'Post on X',
  'Instagram post',
  'Slides',
  'Code',
  'Link',
] as const
const embedLinkText = new RegExp(`^(?:${embedLabels.join('|')}): \\S+$`)

/** Whether a link's text is one `videoLink` wrote, a shortcode's player or post in place: said, never a point's words. */
export function isEmbedLinkText(text: string): boolean {
  return embedLinkText.test(text)
}

/** The label of a link's text `videoLink` wrote ("YouTube video" of "YouTube video: https://…"), if it is one. */
export function embedLabelOf(text: string): (typeof embedLabels)[number] | undefined {
  return embedLinkText.test(text) ? embedLabels.find((label) => text.startsWith(`${label}: `)) : undefined
}

function videoLink(label: (typeof embedLabels)[number], url: string | undefined): string {
  return url ? `[${label}: ${url.replace(/[[\]]/g, '\\$&')}](${destination(url)})` : ''
}

/** A link's or picture's address as markdown reads it whole: in angle brackets when it holds spaces, brackets or `<>`. */
function destination(src: string): string {
  return /[\s()<>]/.test(src) ? `<${src.replace(/[<>]/g, '')}>` : src
}

/** `key="value"`, `key=value`, `"positional"`, `` `positional` `` and bare words, as template tags write them. */
export function parseArgs(source: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {}
  const positional: string[] = []
  const arg = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s,)]+))|"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s,=()]+)/g
  for (const match of source.matchAll(arg)) {
    const [, key, dq, sq, bq, bare, pdq, psq, pbq, word] = match
    if (key !== undefined) named[key] = unescape(dq) ?? sq ?? bq ?? bare
    else positional.push(unescape(pdq) ?? psq ?? pbq ?? word)
  }
  return { named, positional }
}

function unescape(value: string | undefined): string | undefined {
  return value?.replace(/\\(.)/g, '$1')
}

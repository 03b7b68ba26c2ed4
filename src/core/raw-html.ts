import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'
import { toText } from 'hast-util-to-text'
import { toString } from 'mdast-util-to-string'
import type {
  BlockContent,
  Blockquote,
  Code,
  Html,
  Image,
  Link,
  List,
  ListItem,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from './visit.ts'
import type { VFile } from 'vfile'
import { mendTypography } from './dashes.ts'
import { isPublicationNote } from './key-points/asides.ts'
import { htmlCallout } from './html-callouts.ts'
import { isBreak, trimmedPhrasing } from './line-lists.ts'
import { blocksOf, tableOf, tableParts } from './html-prose.ts'
import { part } from './parts.ts'

/*
 * The raw HTML that blog posts carry from their site's templates, made into what a talk
 * needs before any other step reads the article's words:
 * - elements that are not content (a post's `<style>`, a widget's `<script>`, `<button>`,
 *   form controls, `<noscript>`, `<template>`) go, text and all: their CSS or labels are
 *   never a point, a note or a line of the handout;
 * - a raw-HTML figure (`<div class="imgcap"><img><div class="thecap">…</div></div>`,
 *   `<figure><img><figcaption>`, `<p><img></p>`, `<a href><img></a>`) becomes the picture
 *   `![]()` makes, so it gets a picture slide, and its caption a paragraph for the notes only.
 * Parsed with hast-util-from-html (parse5, the browser's own algorithm) rather than matched
 * with patterns, because templates nest and leave tags open.
 */

/** Elements whose text is never the article's content. */
const hiddenElements = new Set([
  'style',
  'script',
  'noscript',
  'template',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'form',
  // (Docusaurus's `<head><title>React Apps | Build Your First…</title><meta …/></head>` in an MDX page (review 120, Ionic's
  // tutorial) sets the page's metadata; a browser shows no `<title>` in a page's body either.)
  'head',
  'title',
  // (Distill's `<d-contents><nav><h3>Contents</h3><div><a href="#introduction">…` (review 144, a post on score-based models):
  // a page's table of contents or its links to other pages; the deck has its own outline, and showed three slides of links.)
  'nav',
  'd-contents',
])

/** Elements that only wrap a figure's picture and caption. */
const figureWrappers = new Set([
  'div',
  'figure',
  'figcaption',
  'p',
  'a',
  'center',
  'span',
  'picture',
  'source',
  'br',
  'em',
  'i',
  'b',
  'strong',
  'small',
  'sub',
  'sup',
  'code',
])

/** Elements that show something even without text. */
const visibleEmpty = new Set(['img', 'video', 'audio', 'iframe', 'svg', 'hr', 'table', 'math', 'canvas', 'object', 'embed', 'picture'])

/** A figure's words beyond this many are prose, not its caption. */
const captionWords = 120

const hiddenTag = /<(style|script|noscript|template|button|input|select|textarea|option|label|form|head|title|nav|d-contents)\b/i
/** Tailwind's display values: with `dark:` they show an element in the dark theme only (`dark:block`, `dark:flex`…). */
const displays = 'block|inline|inline-block|inline-flex|inline-grid|flex|grid|table|contents|flow-root|list-item'
/** A block of raw HTML with an element the blog shows only on a narrow screen or in its dark theme (see `shownOnlyElsewhere`). */
const variantClass = new RegExp(
  `\\bclass(?:name)?\\s*=\\s*["'][^"']*(?:(?<![\\w:-])(?:sm|md|lg|xl|2xl):hidden\\b|(?<![\\w:-])dark:(?:${displays})(?![\\w-]))`,
  'i',
)
const darkDisplay = new RegExp(`^dark:(?:${displays})$`)

/**
 * Whether an element is the variant of a picture or box the blog shows only on a narrow screen
 * (`class="md:hidden"`) or only in its dark theme (`class="hidden dark:block"`), as Tailwind's
 * classes write it: PostHog's post showed the same chart four times, as light and dark, mobile and
 * desktop pictures. A slide is a wide screen in the light theme: the variant for it stays
 * (`class="hidden md:block"`, `class="dark:hidden"`).
 */
function shownOnlyElsewhere(element: Element): boolean {
  const classes = element.properties.className
  if (!Array.isArray(classes)) return false
  const names = classes.map(String)
  return (
    names.some((name) => /^(?:sm|md|lg|xl|2xl):hidden$/.test(name)) ||
    (names.includes('hidden') && names.some((name) => darkDisplay.test(name)))
  )
}
/** A block of raw HTML that opens on a table, maybe in a wrapper (`<div class="table-wrapper"><table>`). */
const tableOpening = /^\s*(?:<(?:div|figure|center)\b[^>]*>\s*)?<table\b/i
const preOpening = /^\s*(?:<(?:div|figure)\b[^>]*>\s*)*<pre\b/i

/**
 * `<pre class="brush: r; title: ; notranslate">## Load libraries…</pre>` (review 111, a post exported from WordPress,
 * whose SyntaxHighlighter plugin reads its language from the class): a block of preformatted text and nothing else is
 * the code block markdown would have made, in its language where the class names one ("brush: r", "language-go",
 * "lang-py"). As raw HTML it was shown whole, one slide however long; as code, it is highlighted and split between
 * slides at its blank lines as any code block.
 */
function preformatted(fragment: HastRoot, node: Html): Code | undefined {
  const blocks = significant(fragment.children)
  let [pre] = blocks
  if (blocks.length !== 1) return undefined
  // ("<div class="language-nim highlighter-rouge"><pre class="highlight"><code>…" (review 117, Nim's post, pasted as Jekyll's
  // Rouge wrote it): wrappers around the `<pre>` alone name its language too.)
  const classes: string[] = []
  while (pre.type === 'element' && (pre.tagName === 'div' || pre.tagName === 'figure')) {
    const inside = significant(pre.children)
    if (inside.length !== 1) return undefined
    classes.push(...classOf(pre))
    pre = inside[0]
  }
  if (pre.type !== 'element' || pre.tagName !== 'pre') return undefined
  const inner = significant(pre.children)
  const code = inner.length === 1 && inner[0].type === 'element' && inner[0].tagName === 'code' ? inner[0] : undefined
  // (Its words as a highlighter marked them, in spans; where it numbered the lines, in a table's first cell, the code is its last.)
  const lines = numberedLines(code ?? pre) ?? code ?? pre
  if (!onlyMarkedText(lines.children)) return undefined
  classes.push(...classOf(pre), ...(code ? classOf(code) : []))
  const names = classes.join(' ')
  const lang = /(?:^|[\s;])brush\s*:\s*([\w+#-]+)/i.exec(names)?.[1] ?? /(?:^|\s)(?:language|lang)-([\w+#-]+)/i.exec(names)?.[1]
  const value = toText(lines, { whitespace: 'pre' })
    .replace(/^\r?\n/, '')
    .replace(/\s+$/, '')
  return value ? { type: 'code', lang: lang?.toLowerCase() ?? null, meta: null, value, position: node.position } : undefined
}

/** Children without the white space between them (the line breaks and indentation of HTML written by hand). */
function significant<Child extends HastContent | ElementContent>(children: Child[]): Child[] {
  return children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
}

/** Whether content is text only, or text in the inline elements a highlighter marks it with (`<span class="k">`). */
function onlyMarkedText(children: ElementContent[]): boolean {
  return children.every(
    (child) =>
      child.type === 'text' ||
      child.type === 'comment' ||
      (child.type === 'element' && /^(?:span|b|i|em|strong|a|font|u)$/.test(child.tagName) && onlyMarkedText(child.children)),
  )
}

/**
 * The cell of code in a highlighter's table of numbered lines, `<table class="rouge-table"><tr><td class="gutter"><pre
 * class="lineno">1⏎2</pre></td><td class="code"><pre>…</pre></td>`: one row of two cells, the first of numbers only.
 */
function numberedLines(element: Element): Element | undefined {
  const [table] = significant(element.children)
  if (table?.type !== 'element' || table.tagName !== 'table') return undefined
  const rows = tableParts(table)?.rows ?? []
  const cells = rows.length === 1 ? rows[0].children.filter((child): child is Element => child.type === 'element') : []
  if (cells.length !== 2 || !/^[\d\s]+$/.test(toText(cells[0], { whitespace: 'pre' }))) return undefined
  const [code] = significant(cells[1].children)
  return code?.type === 'element' && code.tagName === 'pre' ? code : cells[1]
}

/** An element's classes as written. */
function classOf(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : []
}
/** A block of raw HTML that is a quotation: an embedded post (`<blockquote class="twitter-tweet">`) or a quote. */
const quotedPost = /^\s*<blockquote\b/i
/** The classes the sites' embed codes give a post's `<blockquote>`: a closed class. */
const embeddedPost =
  /^\s*<blockquote\b[^>]*\b(?:class=["'][^"']*\b(?:twitter-tweet|twitter-video|instagram-media|mastodon-embed|bluesky-embed|tiktok-embed|reddit-embed|reddit-card|text-post-media|fb-xfbml-parse-ignore|imgur-embed-pub)|data-bluesky-uri|cite=["']https?:\/\/(?:www\.)?(?:twitter|x|instagram|tiktok|threads)\.(?:com|net))/i

/** An opening tag whose class may make it a callout (see html-callouts.ts). */
const calloutTag =
  /^\s*<(?:div|aside|section|p)\b[^>]*\bclass=["'](?:[^"']*\b(?:notice|alert|admonition|callout)\b|(?:note|tip|hint|info|warning|caution|important|danger)["'])/i

declare module 'mdast' {
  interface ParagraphData {
    /** Said but not shown: the paragraph goes to the notes and handout only, with no key point of its own. */
    lecternNoteOnly?: boolean
  }
  interface HtmlData {
    /** The words of an embedded post or a quote, for the notes of its slide. */
    lecternSaid?: string
    /** What they are, as the notes name them: "Post" (a tweet, a toot) or "Quote" (a letter, a book). */
    lecternSaidAs?: 'Post' | 'Quote'
  }
  interface ImageReferenceData {
    /** As on an image: left out of the slides, or shown as its caption (see links.ts). */
    lecternLeftOut?: boolean
    lecternCaption?: boolean
  }
  interface ImageData {
    /** Written as an `<img>` in raw HTML: a remote one is never downloaded (see `planImages`). */
    lecternInHtml?: boolean
    /** A file of the article's that is not there: left out of the slides (see links.ts). */
    lecternLeftOut?: boolean
    /** Left out, its alt text shown as a caption in its place. */
    lecternCaption?: boolean
  }
}

/**
 * `<strong class="jay">Jay:</strong> My name is Jay Baylis…` (review 112, an interview on Godot's site): bold or italics
 * written in HTML around words alone are the strong or emphasis markdown would have made, which a speaker's label, a
 * point's emphasis and the slide's text read as such; as raw tags around text they were tags, and the label was not one.
 */
function inlineEmphasis(paragraph: Paragraph): void {
  const children = paragraph.children
  for (let index = 0; index + 2 < children.length; index++) {
    const [open, inner, close] = children.slice(index, index + 3)
    const tag = open.type === 'html' ? /^<(strong|b|em|i)(?:\s[^<>]*)?>$/i.exec(open.value.trim())?.[1]?.toLowerCase() : undefined
    if (!tag || inner.type !== 'text' || close.type !== 'html' || !new RegExp(`^</${tag}\\s*>$`, 'i').test(close.value.trim())) continue
    const type = tag === 'strong' || tag === 'b' ? 'strong' : 'emphasis'
    children.splice(index, 3, {
      type,
      children: [inner],
      position: open.position && close.position && { start: open.position.start, end: close.position.end },
    })
  }
}

/** A paragraph cut where two line breaks in a row (`<br><br>`, or `<br>` and a markdown break) stand between its words. */
function splitAtBlankLines(paragraph: Paragraph): Paragraph[] {
  const pieces: PhrasingContent[][] = [[]]
  const children = paragraph.children
  const broken = (child: PhrasingContent | undefined) => child !== undefined && isBreak(child)
  const blank = (child: PhrasingContent | undefined) => child?.type === 'text' && child.value.trim() === ''
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (broken(child)) {
      let next = index + 1
      while (blank(children[next])) next++
      if (broken(children[next])) {
        let end = next + 1
        while (broken(children[end]) || blank(children[end])) end++
        pieces.push([])
        index = end - 1
        continue
      }
    }
    pieces[pieces.length - 1].push(child)
  }
  return pieces
    .map(trimmedPhrasing)
    .filter((piece) => piece.some((child) => child.type !== 'text' || child.value.trim() !== ''))
    .map((children) => ({ type: 'paragraph', children, position: paragraph.position }))
}

/** A line break written in HTML. */
const lineBreak = /^\s*<br\s*\/?>\s*$/i

/** Remove non-content elements from the article's raw HTML and make raw-HTML figures into pictures. */
export function remarkRawHtml() {
  return function (tree: Root, file: VFile) {
    // `allowHtml` keeps the article's markup as written: the browser shows no CSS or script as text, and the page's policy runs none.
    const hide = !file.data.options?.allowHtml
    const insideElement = openElements()
    const inCaption = openCaptions()
    visit(tree, (node, index, parent) => {
      // Before its children are visited: a `<details>` among them is unwrapped first.
      if ('children' in node && node.type !== 'paragraph') {
        quoteWrapped(node as Parent)
        openDetails(node as Parent)
        tableWrapped(node as Parent)
        listsJoined(node as Parent)
      }
      if (!parent || index === undefined) return
      // A heading's `<img>` is phrasing (an avatar before a name): links.ts leaves it out of the title, no figure.
      if (node.type === 'html' && parent.type === 'heading' && /^\s*<img\b[^>]*>\s*$/i.test(node.value)) return
      // The words of a `<figcaption>` that blocks before opened (`<figcaption>`, a blank line, `<p>…</p>`)
      // say what the picture shows: said over it, never a point of the slide.
      const caption = parent.type !== 'paragraph' && (node.type === 'html' || node.type === 'paragraph') && inCaption(parent, index)
      if (caption && node.type === 'paragraph') node.data = { ...node.data, lecternNoteOnly: true }
      // (This block's own tags are counted before it is replaced by what it says.)
      // ("| **80-C0 (pre-shard)**<br>**A0-C0 (post-shard)** |" (review 111): a line break in a table's cell breaks its line.)
      if (node.type === 'html' && parent.type === 'tableCell' && lineBreak.test(node.value)) {
        parent.children.splice(index, 1, { type: 'break', position: node.position })
        return [SKIP, index + 1]
      }
      if (node.type === 'html' && parent.type !== 'paragraph') inCaption(parent, index + 1)
      if (node.type === 'html' && parent.type !== 'paragraph') {
        const replacement = blockHtml(node, hide, file, !insideElement(parent, index))
        if (replacement === undefined) return
        if (caption) for (const block of replacement) if (block.type === 'paragraph') block.data = { ...block.data, lecternNoteOnly: true }
        parent.children.splice(index, 1, ...(replacement as typeof parent.children))
        return [SKIP, index + replacement.length]
      }
      // ("…around the world.<br><br>While this data enables us…" (review 112, Nextstrain's narratives): two line breaks
      // in a row end one paragraph and start the next, as the page shows them; one paragraph, the slide showed one
      // point for all three and the notes read them as one.)
      if (node.type === 'paragraph' && node.children.some((child) => child.type === 'html' && lineBreak.test(child.value))) {
        const paragraphs = splitAtBlankLines(node)
        if (paragraphs.length > 1) {
          parent.children.splice(index, 1, ...(paragraphs as typeof parent.children))
          return index
        }
      }
      if (node.type === 'paragraph' && node.children.some((child) => child.type === 'html')) {
        inlineEmphasis(node)
        if (!node.children.some((child) => child.type === 'html')) return SKIP
        const replacement = htmlParagraph(node, hide, file)
        if (replacement) {
          parent.children.splice(index, 1, ...(replacement as typeof parent.children))
          return [SKIP, index + replacement.length]
        }
        if (hide) withoutHiddenInline(node)
        if (node.children.length === 0) {
          parent.children.splice(index, 1)
          return [SKIP, index]
        }
        return SKIP
      }
    })
    if (hide) withoutLoneWrapperTags(tree)
  }
}

const blockParent = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/** Elements that only lay out or group what they hold: alone in a block, their tag shows nothing. */
const wrapperElement = /^(?:div|section|article|main|header|footer|span|center|aside)$/i

/**
 * "<div markdown>", the markdown of a grid's cell, "</div>" (Material for MkDocs' grids, review 103): a
 * block that only opens or closes a wrapper around markdown shows nothing of its own, and its sanitised
 * element was an empty box on the slide; where pagination left it alone, a blank slide. The markdown
 * between stays, as the page shows it. (After the rules above, which read such tags around a
 * `<details>`, a quotation, a table or a caption.)
 */
function withoutLoneWrapperTags(tree: Root): void {
  visit(tree, 'html', (node: Html, index, parent) => {
    // (Blocks only: a tag inside a paragraph, a heading or a table's cell is phrasing, which the rules for those read.)
    if (!parent || index === undefined || !blockParent.has(parent.type)) return
    const tag = opensElement.exec(node.value)?.[1] ?? closesElement.exec(node.value)?.[1]
    if (tag === undefined || !wrapperElement.test(tag)) return
    parent.children.splice(index, 1)
    return index
  })
}

/**
 * One element around text written in markdown (`<aside>[Read the post](…) if you are new.</aside>`):
 * CommonMark reads the whole line as raw HTML, so its links, code and emphasis would show as
 * written, brackets and backticks on the slide. Only text inside, no other tag: markup in the
 * element is the author's HTML, not markdown.
 */
const markdownInTag = /^\s*<(aside|p|div|section)\b[^>]*>([^<]+)<\/\1\s*>\s*$/i

/** The text of {@link markdownInTag} read as the markdown it is; an `<aside>`, a side remark, is said, not shown. */
function markdownWrapped(tag: string, text: string, node: Html): RootContent[] {
  const parsed = unified().use(remarkParse).parse(text.trim())
  const paragraphs = parsed.children.filter((child): child is Paragraph => child.type === 'paragraph')
  return paragraphs.map((paragraph) => ({
    ...paragraph,
    position: node.position,
    ...(tag === 'aside' && { data: { ...paragraph.data, lecternNoteOnly: true } }),
  }))
}

const detailsOpen = /^\s*<details\b[^>]*>\s*(?:<summary\b[^>]*>([\s\S]*?)<\/summary\s*>\s*)?$/i
const detailsClose = /^\s*<\/details\s*>\s*$/i
const summaryBlock = /^\s*<summary\b[^>]*>([\s\S]*?)<\/summary\s*>\s*$/i

/**
 * A `<details>` block around markdown (`<details><summary>Output</summary>`, a blank line, a
 * fence, `</details>`) is two raw HTML blocks with the markdown between them. Left as it is,
 * pagination may put the opening tag on one slide and the closing one alone on the next (a
 * blank slide), and on a slide or in a PDF the content stays folded away, which a talk cannot
 * unfold. What it folds is the article's content, so it is shown as the rest of the article
 * is: the tags go, and the summary is said (a line of the notes) rather than shown.
 */
function openDetails(parent: Parent): void {
  const children = parent.children as RootContent[]
  splitDetailsTags(children)
  const closes = matchedBlocks(children, detailsOpen, detailsClose)
  if (closes.size === 0) return
  const closing = new Set(closes.values())
  const out: RootContent[] = []
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    if (closing.has(index)) continue
    const opening = closes.has(index) && node.type === 'html' ? detailsOpen.exec(node.value) : null
    if (!opening) {
      out.push(node)
      continue
    }
    // ("<details>", a blank line, "<summary>Note about Load Balancer algorithm</summary>": the
    // summary in a block of its own.)
    const next = children[index + 1]
    const own = !opening[1] && next?.type === 'html' ? summaryBlock.exec(next.value) : null
    if (own) index++
    const summary = (opening[1] ?? own?.[1])
      ?.replace(/<[^>]*>/g, '')
      // ("<summary>**Opting out of warnings**</summary>" in MDX, which reads markdown there: its marks are no words.)
      .replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2')
      .replace(/\s+/g, ' ')
      .trim()
    // ("<summary>**Why isn't React Native written in TypeScript?**</summary>" over its answer (review 109, a FAQ): a question
    // folded over the paragraphs that answer it is asked over them, as a question set in bold is.)
    if (summary && /[?？]$/u.test(summary))
      out.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: summary }] }], position: node.position })
    else if (summary)
      out.push({
        type: 'paragraph',
        children: [{ type: 'text', value: summary }],
        position: node.position,
        data: { lecternNoteOnly: true },
      })
  }
  children.splice(0, children.length, ...out)
}

/**
 * "</details>", "<details>" and "<summary>…</summary>" on the lines of one raw-HTML block (review 109, React Native's
 * blog: one folded section closed and the next opened with no blank line between): split into a block for each tag (a
 * summary with its opening), as each would be after a blank line, so that every `<details>` finds its closing.
 */
function splitDetailsTags(children: RootContent[]): void {
  for (let index = children.length - 1; index >= 0; index--) {
    const node = children[index]
    if (node.type !== 'html' || !node.value.includes('\n') || !/<\/details\s*>/i.test(node.value)) continue
    const pieces = node.value.match(/<\/details\s*>|<details\b[^>]*>(?:\s*<summary\b[^>]*>[\s\S]*?<\/summary\s*>)?/gi) ?? []
    // Only a block made of those tags alone, and nothing else.
    if (pieces.length < 2 || pieces.join('').replace(/\s+/g, '') !== node.value.replace(/\s+/g, '')) continue
    children.splice(index, 1, ...pieces.map((value): RootContent => ({ type: 'html', value, position: node.position })))
  }
}

/**
 * Where each raw-HTML block that opens an element (`open`) among `children` is closed (`close`),
 * openings nested inside counted: one pass with a stack, so a thousand left open cost no more
 * than one. An opening never closed, or a closing never opened, is in no pair.
 */
function matchedBlocks(children: RootContent[], open: RegExp, close: RegExp): Map<number, number> {
  const closes = new Map<number, number>()
  const opened: number[] = []
  for (const [index, node] of children.entries()) {
    if (node.type !== 'html') continue
    if (open.test(node.value)) opened.push(index)
    else if (close.test(node.value) && opened.length > 0) closes.set(opened.pop() as number, index)
  }
  return closes
}

const quoteOpen = /^\s*<blockquote\b[^>]*>\s*$/i
const quoteClose = /^\s*<\/blockquote\s*>\s*$/i

/**
 * "<blockquote>", a blank line, markdown, a blank line, "</blockquote>": a quotation (or a note
 * the writer set off as one, a `<details>` inside it) written as two raw HTML blocks with the
 * markdown between them. Left as it is, the opening tag became an empty quotation box on the
 * slide and what it wraps went on as the slide's own text. It becomes a markdown block quote of
 * what it wraps. (Nested ones are read from the outermost.)
 */
function quoteWrapped(parent: Parent): void {
  const children = parent.children as RootContent[]
  const closes = matchedBlocks(children, quoteOpen, quoteClose)
  if (closes.size === 0) return
  const out: RootContent[] = []
  for (let index = 0; index < children.length; index++) {
    const close = closes.get(index)
    if (close === undefined) {
      out.push(children[index])
      continue
    }
    // (The outermost quote takes what it wraps whole; one nested in it is read when its own children are.)
    const inside = children.slice(index + 1, close) as BlockContent[]
    out.push({ type: 'blockquote', children: inside, position: children[index].position } satisfies Blockquote)
    index = close
  }
  children.splice(0, children.length, ...out)
}

const tableOpen = /<table\b/i
const tableClose = /<\/table\s*>/i

/** Blocks at most between a table's opening and closing raw HTML that are read as one table. */
const maxTableBlocks = 200

/**
 * "-   数据快速合并：…", "<!---->", "-   CPU 资源消耗显著降低：…", "<!---->", "-   查询耗时稳定：…" (review 112, Doris's release,
 * exported from a blog platform that writes an empty comment between a list's items): an empty comment between two
 * lists of one kind only keeps them apart in markdown; the page shows one list, and so does the slide. (Not one with
 * words in it, nor between lists of different kinds.)
 */
function listsJoined(parent: Parent): void {
  const children = parent.children as RootContent[]
  if (!children.some((node) => node.type === 'html' && emptyComment.test(node.value))) return
  for (let index = children.length - 3; index >= 0; index--) {
    const [before, comment, after] = children.slice(index, index + 3)
    if (
      before.type === 'list' &&
      after?.type === 'list' &&
      comment.type === 'html' &&
      emptyComment.test(comment.value) &&
      before.ordered === after.ordered &&
      before.spread === after.spread
    ) {
      before.children.push(...after.children)
      if (before.position && after.position) before.position = { start: before.position.start, end: after.position.end }
      children.splice(index + 1, 2)
    }
  }
}

const emptyComment = /^\s*<!--\s*-->\s*$/

/** Code that opens on a table's tag: markup indented inside a raw table, not code. */
const indentedMarkup = /^\s*<\/?(?:t[rhd]|thead|tbody|tfoot|caption|colgroup|col)\b[^>]*>/i

/**
 * "<table><tr><td>Pros</td><td>", a blank line, "* Simple client", "</td>…</table>": a table whose
 * cells hold markdown (a list, as GitHub renders it) is written as raw HTML blocks with markdown
 * between them. Left as it is, the table lost its cells' lists, which went on as the slide's own
 * lists below a table of labels. It is one raw HTML table again, each piece of markdown written
 * as the HTML it makes, and shown as written (a list in a cell keeps a table whole).
 */
function tableWrapped(parent: Parent): void {
  const children = parent.children as RootContent[]
  if (!children.some((node) => node.type === 'html' && tableOpen.test(node.value) && !tableClose.test(node.value))) return
  const out: RootContent[] = []
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    const opens = node.type === 'html' && tableOpen.test(node.value) && !tableClose.test(node.value)
    let close = -1
    // (Looked for within a bound from each opening: a thousand left open cost no more than a bound each.)
    for (let at = index + 1; opens && close === -1 && at < Math.min(children.length, index + 1 + maxTableBlocks); at++) {
      const each = children[at]
      if (each.type === 'html' && tableClose.test(each.value)) close = at
    }
    // (Only markdown a cell can hold between them: no heading, which would start a section.)
    const inside = close === -1 ? [] : children.slice(index + 1, close)
    if (close === -1 || inside.some((each) => each.type === 'heading' || each.type === 'thematicBreak')) {
      out.push(node)
      continue
    }
    // (Raw HTML in a cell's markdown, "Press <kbd>Ctrl</kbd>", stays as written, for the rules after this one to read.)
    // ("<th >", a blank line, then "      <th >" (review 111, a blog exported from WordPress): HTML indented past four
    // spaces after a blank line inside the table is read as code; it is the table's markup, written as it was.)
    const value = [node, ...inside, children[close]]
      .map((each) =>
        each.type === 'html' || (each.type === 'code' && !each.lang && indentedMarkup.test(each.value))
          ? each.value
          : toHtml(toHast(each as BlockContent, { allowDangerousHtml: true }) as HastContent, { allowDangerousHtml: true }),
      )
      .join('\n')
    out.push({ type: 'html', value, position: { start: node.position!.start, end: children[close].position!.end } })
    index = close
  }
  children.splice(0, children.length, ...out)
}

/**
 * Raw HTML that only makes space on the blog's page: line breaks (`<br><br>` between two
 * paragraphs), non-breaking spaces, empty paragraphs or divs. On a slide it is an empty block
 * that takes room (and can push the slide's last point onto a slide of its own).
 */
const spacer = /^(?:\s|<br\s*\/?>|&nbsp;|&#160;|<(p|div|span)\b[^>]*>(?:\s|&nbsp;|<br\s*\/?>)*<\/\1\s*>)+$/i

/** What a block of raw HTML becomes: `undefined` to leave it as it is, `[]` to drop it. */
function blockHtml(node: Html, hide: boolean, file: VFile, topLevel = true): RootContent[] | undefined {
  if (spacer.test(node.value)) return []
  // "<center>⁂</center>" between two paragraphs: the blog's mark of a pause in the text, as a
  // markdown paragraph of "⁂" or "* * *" is. Left as it was, its sanitised box showed a bare
  // glyph between the points, which the deck app's fit did not count (a point below it was cut off).
  if (node.value.length <= 200 && !/<(?:img|svg|video|iframe|picture|object|embed)\b/i.test(node.value)) {
    const shown = toText(part(file, 'fromHtml')(node.value, { fragment: true })).trim()
    if (shown && shown.length <= 12 && !/[\p{L}\p{N}]/u.test(shown)) return []
  }
  if (topLevel && headingTag.test(node.value)) {
    const parsed = part(file, 'fromHtml')(node.value, { fragment: true })
    // (What is never content goes first: a table of contents' `<nav><h3>Contents</h3>…` made a section of links.)
    if (hide && hiddenTag.test(node.value)) removeHidden(parsed)
    const sections = withHeadings(parsed, node)
    if (sections) return sections.flatMap((each) => (each.type === 'html' ? (blockHtml(each, hide, file, false) ?? [each]) : [each]))
  }
  const wrapped = !calloutTag.test(node.value) && markdownInTag.exec(node.value)
  // An `<aside>` of plain words is a side remark too ("Our motto is 'move slowly and break things'…"): said, not shown.
  if (wrapped && (/\]\(|`|\*\*|(?:^|\s)_\S/.test(wrapped[2]) || wrapped[1].toLowerCase() === 'aside'))
    return markdownWrapped(wrapped[1].toLowerCase(), wrapped[2], node)
  // A table of rows of words is a markdown table: cut between its rows where it is too long for a slide (html-prose.ts).
  if (hide && tableOpening.test(node.value) && !hiddenTag.test(node.value)) {
    const table = tableOf(part(file, 'fromHtml')(node.value, { fragment: true }).children as ElementContent[])
    if (table) return table.map((block) => ({ ...block, position: node.position }))
  }
  if (hide && preOpening.test(node.value)) {
    const code = preformatted(part(file, 'fromHtml')(node.value, { fragment: true }), node)
    if (code) return [code]
  }
  const mayHide = hide && (hiddenTag.test(node.value) || variantClass.test(node.value))
  const mayBeFigure = /<img\b/i.test(node.value)
  const mayBeCallout = calloutTag.test(node.value)
  const post = quotedPost.test(node.value)
  // (Markup the writer asked to keep as written, with `allowHtml`, stays as it is.)
  const mayBeProse = hide && !post && proseOpening.test(node.value) && wordsOutsideTags.test(node.value.replace(/<[^>]*>/g, ' '))
  if (!mayHide && !mayBeFigure && !mayBeCallout && !post && !mayBeProse) return undefined
  const fragment = part(file, 'fromHtml')(node.value, { fragment: true })
  // An embedded post (a tweet) is shown as it is; its words go in the notes too, for the
  // speaker to say over a slide that has no point of its own (see paginate.ts).
  // (A `<blockquote>` of a post names its site in its class; one without is a quotation: an e-mail, a book.)
  if (post)
    node.data = {
      ...node.data,
      lecternSaid: toText(fragment).replace(/\s+/g, ' ').trim(),
      lecternSaidAs: embeddedPost.test(node.value) ? 'Post' : 'Quote',
    }
  const hid = mayHide && removeHidden(fragment)
  const callout = mayBeCallout && !mayBeFigure ? htmlCallout(fragment, node) : undefined
  if (callout) return [callout]
  if (mayBeFigure) {
    const figure = asFigure(fragment, node) ?? (hide ? asGallery(fragment, node) : undefined)
    if (figure) return figure
  }
  const prose = mayBeProse ? asProse(fragment, node) : undefined
  if (prose) {
    // (Read after the article's text got its dashes: "correct--the server" gets its own.)
    mendTypography(prose, node.value)
    return prose
  }
  // ("<div><img src="{{ page.featured-image }}" alt="">{% include postauthor.html %}</div>": a box
  // whose picture's address was a template's, left out, shows nothing; on a slide of its own, an empty one.)
  if (mayBeFigure && !showsAnything(fragment)) return []
  if (!hid) return undefined
  if (!showsAnything(fragment)) return []
  return [{ ...node, value: toHtml(fragment) }]
}

/** A raw HTML block that only opens an element (`<BrowserWindow>`, `<div class="demo">`), or only closes one. */
const opensElement = /^\s*<([A-Za-z][\w.-]*)\b[^>]*(?<!\/)>\s*$/
const closesElement = /^\s*<\/([A-Za-z][\w.-]*)\s*>\s*$/

/**
 * Whether the block at `index` stands inside an element that blocks before it opened and none
 * has closed yet (markdown between `<BrowserWindow>` and `</BrowserWindow>`): a heading there
 * titles a demo or a box of the page, not a section of the article. Counted once along each
 * parent's children as the walk goes, not again from the first sibling for every block: a
 * section of thousands of raw HTML blocks would cost their number squared. The walk changes
 * a parent's children only at and after the block it asks about, so what is counted stays counted.
 */
export function openElements(): (parent: Parent, index: number) => boolean {
  return countedAlong(
    () => ({ depth: 0 }),
    (count, sibling) => {
      if (sibling.type !== 'html') return
      if (opensElement.test(sibling.value) && !voidElements.has(opensElement.exec(sibling.value)![1].toLowerCase())) count.depth++
      else if (closesElement.test(sibling.value)) count.depth = Math.max(0, count.depth - 1)
    },
    (count) => count.depth > 0,
  )
}

/**
 * Whether the block at `index` stands inside the `<figcaption>` of a picture's `<figure>` that
 * raw HTML blocks before it opened and none has closed yet; counted along each parent's children
 * as {@link openElements} is. (A table's figure may hold its notes and sources there, "The
 * transmission of 1 GB of information takes an estimated 0.1kWh…": words of the article, not a caption.)
 */
function openCaptions(): (parent: Parent, index: number) => boolean {
  return countedAlong(
    () => ({ depth: 0, pictured: false }),
    (count, sibling) => {
      if (sibling.type === 'paragraph' && sibling.children.some((child) => child.type === 'image')) count.pictured = true
      if (sibling.type !== 'html') return
      if (/<figure\b/i.test(sibling.value)) count.pictured = false
      if (/<img\b/i.test(sibling.value)) count.pictured = true
      if (!/figcaption/i.test(sibling.value)) return
      const opened = sibling.value.match(/<figcaption\b/gi)?.length ?? 0
      const closed = sibling.value.match(/<\/figcaption\s*>/gi)?.length ?? 0
      count.depth = Math.max(0, count.depth + opened - closed)
    },
    (count) => count.depth > 0 && count.pictured,
  )
}

/**
 * A question about the block at `index` answered from what the blocks before it hold, counted
 * once along each parent's children as the walk goes (see {@link openElements}): `step` takes
 * each sibling into the count, `holds` answers from it.
 */
function countedAlong<Count extends object>(
  start: () => Count,
  step: (count: Count, sibling: RootContent) => void,
  holds: (count: Count) => boolean,
): (parent: Parent, index: number) => boolean {
  const counted = new WeakMap<Parent, { index: number; count: Count }>()
  return (parent, index) => {
    let state = counted.get(parent)
    if (!state || state.index > index) {
      state = { index: 0, count: start() }
      counted.set(parent, state)
    }
    for (; state.index < index; state.index++) step(state.count, parent.children[state.index] as RootContent)
    return holds(state.count)
  }
}

/** Elements that never close. */
const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track'])

/** An HTML heading that opens a line of a raw HTML block (`<h2>Myth 1: …</h2>`, as some blog templates write their sections). */
const headingTag = /(?:^|\n)\s*<h[1-6]\b/i

/**
 * A block of raw HTML whose top-level elements include headings, with each heading made the
 * markdown heading it stands for and the HTML around it kept as HTML: a post that writes its
 * sections as `<h2>` gets a slide group per section, as one written with `##` does, rather than
 * headings set inside one long slide's body. Only the heading's words are kept: its markup is
 * the site's (an anchor, a class), not the talk's. `undefined` when no heading is at the top level.
 */
function withHeadings(fragment: HastRoot, node: Html): RootContent[] | undefined {
  const isHeading = (child: HastContent): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName)
  if (!fragment.children.some(isHeading)) return undefined
  const blocks: RootContent[] = []
  let run: HastContent[] = []
  const flush = () => {
    const value = toHtml({ type: 'root', children: run }).trim()
    if (value) blocks.push({ type: 'html', value, position: node.position })
    run = []
  }
  for (const child of fragment.children) {
    if (!isHeading(child)) {
      run.push(child)
      continue
    }
    flush()
    const text = toText(withoutPermalinks(child)).replace(/\s+/g, ' ').trim()
    const depth = Number(child.tagName.charAt(1)) as 1 | 2 | 3 | 4 | 5 | 6
    // ("<h2>This post originally appeared on the [Software Carpentry website](…)</h2>" over a post (review 113, the
    // Software Carpentry blog): where the post was first published, set large, is no part of the talk that heads every
    // section after it; it is said, as such a note is.)
    const said = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    if (said && isPublicationNote(said)) {
      blocks.push({
        type: 'paragraph',
        children: [{ type: 'text', value: said }],
        position: node.position,
        data: { lecternNoteOnly: true },
      })
      continue
    }
    if (text) blocks.push({ type: 'heading', depth, children: [{ type: 'text', value: text }], position: node.position })
  }
  flush()
  return blocks
}

/** A link to the heading itself that shows only a sign (`<a href="#myth-2">#</a>`, ¶, §, or nothing): the blog's permalink, not the heading's words. */
function withoutPermalinks(heading: Element): Element {
  const permalink = (child: ElementContent) =>
    child.type === 'element' &&
    child.tagName === 'a' &&
    String(child.properties.href ?? '').startsWith('#') &&
    /^[\s#¶§🔗]*$/u.test(toText(child))
  return { ...heading, children: heading.children.filter((child) => !permalink(child)) }
}

/**
 * A paragraph made only of raw HTML (`<a href="…"><img src="…"></a>` on one line is a
 * paragraph in CommonMark, not an HTML block): treated as the block it stands for.
 */
function htmlParagraph(node: Paragraph, hide: boolean, file: VFile): RootContent[] | undefined {
  const onlyHtml = node.children.every(
    (child) => child.type === 'html' || (child.type === 'text' && child.value.trim() === '') || child.type === 'break',
  )
  if (!onlyHtml) return undefined
  const value = node.children.map((child) => ('value' in child ? child.value : '\n')).join('')
  return blockHtml({ type: 'html', value, position: node.position }, hide, file)
}

/** Drop hidden elements written inline in a paragraph (`<button id="new">New</button>`), from their opening tag to their closing one. */
function withoutHiddenInline(node: Paragraph): void {
  const children = node.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type !== 'html') continue
    const open = /^<([a-z]+)\b[^>]*?(\/?)>$/i.exec(child.value.trim())
    const whole = /^<([a-z]+)\b[\s\S]*<\/\1\s*>$/i.exec(child.value.trim())
    const tag = (open?.[1] ?? whole?.[1])?.toLowerCase()
    if (!tag || !hiddenElements.has(tag)) continue
    if (whole || open?.[2] || tag === 'input') {
      children.splice(index--, 1)
      continue
    }
    const close = children.findIndex(
      (other, at) => at > index && other.type === 'html' && new RegExp(`^</${tag}\\s*>$`, 'i').test(other.value.trim()),
    )
    children.splice(index--, close === -1 ? 1 : close - index)
  }
}

/** Remove every hidden element; whether there was any. */
function removeHidden(parent: HastRoot | Element): boolean {
  let removed = false
  const stack: Array<HastRoot | Element> = [parent]
  while (stack.length > 0) {
    const node = stack.pop()!
    const kept = node.children.filter(
      (child) => child.type !== 'element' || (!hiddenElements.has(child.tagName) && !shownOnlyElsewhere(child)),
    )
    if (kept.length !== node.children.length) removed = true
    node.children = kept as typeof node.children
    for (const child of kept) if (child.type === 'element') stack.push(child)
  }
  return removed
}

/** Whether a fragment still shows words or a picture, a table or a rule. (A picture without an address shows nothing.) */
function showsAnything(parent: HastRoot | Element): boolean {
  return parent.children.some(
    (child: HastContent) =>
      (child.type === 'text' && child.value.trim() !== '') ||
      (child.type === 'element' &&
        ((visibleEmpty.has(child.tagName) && !(child.tagName === 'img' && !String(child.properties.src ?? '').trim())) ||
          showsAnything(child))),
  )
}

/** A block of raw HTML that opens on an element prose is written in, or on words (the part of a block after a heading it held). */
const proseOpening = /^\s*(?:<(?:p|div|section|ul|ol)\b|[\p{L}\p{N}])/iu
/** Three words or more. */
const wordsOutsideTags = /\p{L}+[^\p{L}]+\p{L}+[^\p{L}]+\p{L}/u

/**
 * Whether an element's attributes only style it on the blog's page (a class, an id, a style):
 * one the article gives a direction, a language or data (`dir="rtl"`, `lang`, `data-*`), or
 * Reveal's `fragment` class, says something the deck keeps, and stays as written.
 */
function plainAttributes(element: Element): boolean {
  return Object.entries(element.properties).every(
    ([name, value]) => /^(className|id|style|title|align)$/.test(name) && !(name === 'className' && String(value).includes('fragment')),
  )
}

/** Elements that only hold prose's paragraphs (those html-prose.ts reads as blocks). */
const proseContainers = new Set(['p', 'div', 'section'])
/** Inline elements of prose: words, links, emphasis, code and line breaks. */
const proseInline = new Set([
  'a',
  'em',
  'i',
  'strong',
  'b',
  'code',
  'br',
  'span',
  'small',
  'sub',
  'sup',
  'abbr',
  'mark',
  'u',
  'q',
  'cite',
  'time',
  'kbd',
  'var',
  'font',
])

/**
 * "<div class="content">\nBut that's not why I love Rust…", "<p>\nSo I like to skip…\n</p>\n</div>":
 * prose a blog's template writes in HTML (a transcript beside its slide pictures) is the
 * article's paragraphs, said in the notes with a key point each, not raw markup shown whole
 * on the slide. Only paragraphs of words, links, emphasis, code and line breaks in containers;
 * `undefined` for anything else (a list, a table, a picture), which stays as it was.
 */
function asProse(fragment: HastRoot, node: Html): RootContent[] | undefined {
  const prose = (parent: HastRoot | Element): boolean =>
    parent.children.every(
      (child) =>
        child.type !== 'element' ||
        child.tagName === 'img' ||
        proseList(child) ||
        (proseContainers.has(child.tagName) && plainAttributes(child) && prose(child)) ||
        (proseInline.has(child.tagName) &&
          prose(child) &&
          !child.children.some((each) => each.type === 'element' && proseContainers.has(each.tagName))),
    )
  if (!prose(fragment)) return undefined
  // A slide's picture beside its words (`<div class="slide"><a><img></a></div><div class="content"><p>…`):
  // the picture as a figure makes it, the words as paragraphs. (A picture among a sentence's words is no figure: left as it was.)
  const blocks: RootContent[] = []
  const read = (children: ElementContent[]): boolean => {
    let words: ElementContent[] = []
    const said = () => {
      for (const paragraph of blocksOf(words) as Paragraph[])
        if (/\p{L}/u.test(toString(paragraph))) blocks.push({ ...paragraph, position: node.position })
      words = []
    }
    for (const child of children) {
      if (child.type === 'element' && listTags.has(child.tagName)) {
        said()
        // (Lists side by side in one box, a layout's columns of one list (`<div style="display: flex"><ul>…</ul><ul>…`, React's
        // post on Create React App), are that one list.)
        const list = listOf(child)
        const before = blocks[blocks.length - 1]
        if (before?.type === 'list' && before.ordered === list.ordered && words.length === 0) before.children.push(...list.children)
        else blocks.push({ ...list, position: node.position })
        continue
      }
      // (A box around lists reads as the lists it holds.)
      if (
        child.type === 'element' &&
        proseContainers.has(child.tagName) &&
        child.children.some((each) => each.type === 'element' && listTags.has(each.tagName))
      ) {
        said()
        if (!read(child.children)) return false
        continue
      }
      const picture = child.type === 'element' && (child.tagName === 'img' || containsImage(child))
      if (!picture) {
        words.push(child)
        continue
      }
      said()
      const holdsBlocks = child.children.some((each) => each.type === 'element' && proseContainers.has(each.tagName))
      if (proseContainers.has(child.tagName) && holdsBlocks) {
        if (!read(child.children)) return false
        continue
      }
      const figure = asFigure({ type: 'root', children: [child] }, node)
      if (!figure) return false
      blocks.push(...figure)
    }
    said()
    return true
  }
  if (!read(fragment.children as ElementContent[])) return undefined
  // (Only where it holds words of prose: a figure alone is asFigure's.)
  const saysWords = blocks.some(
    (block) =>
      block.type === 'list' ||
      (block.type === 'paragraph' &&
        !block.data?.lecternNoteOnly &&
        block.children.some((child) => child.type !== 'image' && child.type !== 'link')),
  )
  return saysWords ? blocks : undefined
}

/**
 * "<ul class="thumbnails"><li class="span8"><div class="thumbnail"><img …><p>As mentioned I started actively blogging in 2013 so
 * there's no surprise here.</p></div></li>…" (review 150, a post on a blog's statistics, each chart in a list's item with what it
 * shows): a list each of whose items is a picture and its words is a run of figures, each read as a figure, or as a picture
 * beside its prose, is. As a list of raw HTML it was cut between slides, its items' words neither a point nor in the notes. The
 * writer's blank lines cut such a list into blocks: a block of its items alone, the list's tags only in the first and the
 * last, reads the same.
 */
function asGallery(fragment: HastRoot, node: Html): RootContent[] | undefined {
  const items: Element[] = []
  for (const child of significant(fragment.children)) {
    if (child.type !== 'element') return undefined
    if (child.tagName === 'li') items.push(child)
    else if (listTags.has(child.tagName))
      for (const each of significant(child.children)) {
        if (each.type !== 'element' || each.tagName !== 'li') return undefined
        items.push(each)
      }
    else return undefined
  }
  if (items.length === 0 || !items.every(containsImage)) return undefined
  const blocks: RootContent[] = []
  for (const item of items) {
    const root: HastRoot = { type: 'root', children: structuredClone(item.children) }
    const read = asFigure(root, node) ?? asProse(root, node)
    if (!read) return undefined
    blocks.push(...read)
  }
  return blocks
}

/** Lists of HTML. */
const listTags = new Set(['ul', 'ol'])

/**
 * "<h2>What changes we are making now?</h2>…<ul><li>Requiring all users with <a …>elevated privileges…</a>…</li>…"
 * (Apache's incident report of 2009, review 106, a post kept as the HTML its old blog wrote): a list of items of words,
 * links and emphasis, maybe with lists inside, is a markdown list, which a slide shows and pagination cuts between its
 * items; one raw block of nine long items ran off its slide. (A list nested right inside another, `<ul><li>…</li><ul>…</ul>`,
 * as old editors wrote it, belongs to the item before it, where a browser shows it.)
 */
function proseList(element: Element): boolean {
  return (
    listTags.has(element.tagName) &&
    plainAttributes(element) &&
    element.children.every((child) =>
      child.type === 'element'
        ? proseList(child) || (child.tagName === 'li' && plainAttributes(child) && proseItem(child))
        : child.type !== 'text' || !/\S/.test(child.value),
    )
  )
}

/** An item of words, links, emphasis, code and line breaks, in paragraphs or not, and lists of the same. */
function proseItem(item: Element): boolean {
  return item.children.every(
    (child) =>
      child.type !== 'element' ||
      proseList(child) ||
      (((child.tagName === 'p' && plainAttributes(child)) || proseInline.has(child.tagName)) &&
        child.children.every((each) => each.type !== 'element' || (proseInline.has(each.tagName) && proseItem(each)))),
  )
}

/** The markdown list a `proseList` is. */
function listOf(element: Element): List {
  const items: ListItem[] = []
  for (const child of element.children) {
    if (child.type !== 'element') continue
    if (listTags.has(child.tagName)) {
      const nested = listOf(child)
      const last = items[items.length - 1]
      if (last) last.children.push(nested)
      else items.push(...nested.children)
      continue
    }
    const item: ListItem = { type: 'listItem', spread: false, children: [] }
    let words: ElementContent[] = []
    const said = () => {
      for (const block of blocksOf(words)) if (/\p{L}|\p{N}/u.test(toString(block))) item.children.push(withoutEndingBreaks(block))
      words = []
    }
    for (const each of child.children) {
      if (each.type === 'element' && listTags.has(each.tagName)) {
        said()
        item.children.push(listOf(each))
      } else words.push(each)
    }
    said()
    // (Two paragraphs in one item, `<li><p>…</p><p>…</p></li>`, stay two: a list item that holds blocks is spread.)
    item.spread = item.children.filter((child) => child.type === 'paragraph').length > 1
    if (item.children.length > 0) items.push(item)
  }
  return { type: 'list', ordered: element.tagName === 'ol', spread: items.some((item) => item.spread), children: items }
}

/** A block without the line breaks that end it (`…as necessary.<br /></li>`): they break to no line. */
function withoutEndingBreaks(block: BlockContent): BlockContent {
  if (block.type !== 'paragraph') return block
  const children = [...block.children]
  while (children.length > 0 && (children[children.length - 1].type === 'break' || /^\s*$/.test(toString(children[children.length - 1]))))
    children.pop()
  return { ...block, children }
}

/**
 * The picture(s) of a raw-HTML figure as `![]()` makes them, and its caption as a notes-only
 * paragraph; `undefined` when the fragment holds anything besides pictures, wrappers and words.
 */
function asFigure(fragment: HastRoot, node: Html): RootContent[] | undefined {
  // (Taken out first: beside the pictures, its words would read as a sentence they stand in. Put
  // back where the fragment is no figure after all, for the rules after this one to read.)
  const taken = afterCaption(fragment)
  const figure = figureOf(fragment, node, taken?.nodes ?? [])
  if (!figure && taken) taken.parent.children.splice(taken.at, 0, ...(taken.nodes as typeof taken.parent.children))
  return figure
}

/** The blocks of a raw-HTML figure, with the paragraph it swallowed (see `afterCaption`) after them. */
function figureOf(fragment: HastRoot, node: Html, swallowed: ElementContent[]): RootContent[] | undefined {
  const pictures: Array<Image | Link> = []
  let fits = true
  const walk = (parent: HastRoot | Element, link?: Element) => {
    for (const child of parent.children) {
      if (!fits || child.type !== 'element') continue
      if (child.tagName === 'img') {
        // A picture among words (`<p>Click <img src="icon.png"> to start</p>`) belongs to its sentence: no figure.
        const amongWords = parent.children.some((other) => other.type === 'text' && /[\p{L}\p{N}]/u.test(other.value))
        const picture = amongWords ? undefined : imageOf(child, node)
        if (!picture) fits = false
        else pictures.push(link ? linkOf(link, picture, node) : picture)
      } else if (figureWrappers.has(child.tagName)) walk(child, child.tagName === 'a' && containsImage(child) ? child : link)
      else fits = false
    }
  }
  walk(fragment)
  if (!fits || pictures.length === 0) return undefined
  // "<div><img …><div><p>00:00-00:54.</p><p>Before I begin, I wanted to get a quick poll…</p></div></div>":
  // paragraphs of words beside a picture (an annotated talk's slide and what was said over it) are
  // the article's prose, read as such (asProse); a figure's caption is in no paragraph of its own.
  if (paragraphWords(fragment) > maxCaptionParagraphWords) return undefined
  const caption = captionOf(fragment)
  // A long text around a picture is a paragraph that holds one, not a caption.
  if (caption.split(' ').length > captionWords) return undefined
  if (caption) for (const picture of pictures) if (picture.type === 'image') picture.title = caption
  const blocks: RootContent[] = [{ type: 'paragraph', children: pictures, position: node.position }]
  if (caption) {
    blocks.push({
      type: 'paragraph',
      children: [{ type: 'text', value: caption }],
      position: node.position,
      data: { lecternNoteOnly: true },
    })
  }
  for (const paragraph of blocksOf(swallowed)) blocks.push({ ...paragraph, position: node.position })
  return blocks
}

/** Words at least of text after a figure's caption that make it a paragraph the figure swallowed. */
const swallowedWords = 12

/**
 * "<figure><img …><figcaption>…</figcaption>\nIf you haven't been to a sprint before, …": a
 * figure left open runs on (as an HTML block, to the next blank line) into the paragraph the
 * writer wrote after it; on the page too, that paragraph reads as prose below the caption. The
 * words after the caption, taken out of the figure, to be read as the article's paragraph.
 */
function afterCaption(parent: HastRoot | Element): { parent: HastRoot | Element; at: number; nodes: ElementContent[] } | undefined {
  const at = parent.children.findIndex((child) => child.type === 'element' && child.tagName === 'figcaption')
  if (at === -1) {
    for (const child of parent.children) {
      const found = child.type === 'element' ? afterCaption(child) : undefined
      if (found) return found
    }
    return undefined
  }
  const after = parent.children.slice(at + 1) as ElementContent[]
  // (Words and their inline marks only: a gallery's next picture and its own caption are the figure's.)
  if (after.some((child) => child.type === 'element' && !proseInline.has(child.tagName))) return undefined
  const words = toText({ type: 'root', children: after })
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length
  if (words < swallowedWords) return undefined
  parent.children.splice(at + 1)
  return { parent, at: at + 1, nodes: after }
}

/** Words in paragraphs beside a figure's pictures from which they are prose, not its caption. */
const maxCaptionParagraphWords = 25

/** The words of the `<p>` elements of a fragment, outside any `<figcaption>`. */
function paragraphWords(parent: HastRoot | Element): number {
  let count = 0
  for (const child of parent.children) {
    if (child.type !== 'element' || child.tagName === 'figcaption') continue
    if (child.tagName === 'p') count += toText(child).split(/\s+/).filter(Boolean).length
    else count += paragraphWords(child)
  }
  return count
}

function imageOf(img: Element, node: Html): Image | undefined {
  const src = img.properties.src
  if (typeof src !== 'string' || src.trim() === '') return undefined
  const alt = typeof img.properties.alt === 'string' ? img.properties.alt : ''
  const title = typeof img.properties.title === 'string' ? img.properties.title : null
  return { type: 'image', url: src.trim(), alt, title, position: node.position, data: { lecternInHtml: true } }
}

function linkOf(anchor: Element, picture: Image | Link, node: Html): Image | Link {
  const href = anchor.properties.href
  if (typeof href !== 'string' || href.trim() === '' || picture.type === 'link') return picture
  return { type: 'link', url: href.trim(), title: null, children: [picture as Image], position: node.position }
}

function containsImage(element: Element): boolean {
  return element.children.some((child: ElementContent) => child.type === 'element' && (child.tagName === 'img' || containsImage(child)))
}

/** The words of a figure besides its pictures: its caption, one line. */
function captionOf(fragment: HastRoot): string {
  return toText(fragment, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim()
}

/**
 * Whether the picture at `index` sits inside a sentence (a small formula picture, an icon):
 * words before and after it on the same line. Such a picture stays in its paragraph instead
 * of taking a picture slide of its own.
 */
export function isInlinePicture(siblings: PhrasingContent[], index: number): boolean {
  const before = lineText(siblings.slice(0, index).reverse(), (text) => text.split('\n').pop() ?? '')
  const after = lineText(siblings.slice(index + 1), (text) => text.split('\n')[0])
  return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)
}

/** The text next to a picture up to the nearest line break, walking away from it. */
function lineText(nodes: PhrasingContent[], part: (text: string) => string): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'break') break
    const value = node.type === 'text' || node.type === 'inlineCode' ? node.value : 'children' in node ? plain(node as Parent) : ''
    text += part(value)
    if (value.includes('\n')) break
  }
  return text
}

function plain(node: Parent): string {
  return node.children.map((child) => ('value' in child ? String(child.value) : 'children' in child ? plain(child as Parent) : '')).join('')
}

import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { VFile } from 'vfile'
import { phrasing } from './html-prose.ts'
import { altText } from './links.ts'
import { part } from './parts.ts'

/*
 * Raw HTML in an article is parsed and sanitized by default: no scripts, no event handlers,
 * no attribute Reveal would turn into a load (`data-src`, `data-background-*`). Unsafe URLs
 * in markdown links are removed earlier, by `remarkLinks`. `allowHtml: true` keeps the
 * article's markup as written; the page's Content-Security-Policy still runs no script but
 * the deck's own and loads nothing from elsewhere (see page.ts).
 */

/**
 * The only `data-*` attributes the article may set: Reveal's fragment order and auto-animate
 * matching. Every other one is dropped, because Reveal reads many of them as URLs to load
 * (`data-src`, `data-background-iframe`, `data-preload`…).
 */
const safeDataAttributes = ['dataFragmentIndex', 'dataId']

/**
 * GitHub's per-tag attribute rules, without their class lists: GitHub limits the classes of
 * `li`, `ul`, `code` and a few more to its own, but a class can only style, and Reveal's
 * `<li class="fragment">` must keep its class as any other element does.
 */
const tagAttributes = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, rules]) => [
    tag,
    tag === '*' ? rules : rules.filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== 'className'),
  ]),
)

/** What the sanitizer keeps of the article's own content: GitHub's rules, plus classes and a few tags. */
const schema: Schema = {
  ...defaultSchema,
  // Removed with their text, not unwrapped: CSS, scripts and a form control's label are never content (see raw-html.ts);
  // nor are the labels of an inline SVG drawing, which unwrapped ran together as one line of words
  // ("secret-stack multiserver muxrpc net…"). (lectern's own diagrams are set aside before, see below.)
  strip: ['script', 'style', 'noscript', 'template', 'button', 'select', 'textarea', 'label', 'svg'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'section' && tag !== 'aside'),
    'figure',
    'figcaption',
    'mark',
    'u',
    'time',
  ],
  attributes: {
    ...tagAttributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', ...safeDataAttributes, 'title', 'lang', 'dir'],
    time: ['dateTime'],
  },
}

/**
 * Parse the article's raw HTML and sanitize its content unless `allowHtml`. lectern's own
 * structure (slide sections, notes, key points) is not the article's: it is never parsed
 * again, and keeps only {@link ownProperties}.
 */
export function rehypeDeckSafety() {
  return function (tree: HastRoot, file: VFile): HastRoot {
    if (!file.data.hasHtml) return tree
    secure(tree, file, !file.data.options?.allowHtml)
    return tree
  }
}

/** Properties lectern's own wrappers carry; anything else on them is dropped. */
// A slide's kind and where it starts in the article too: `lectern check` warns at that line, raw HTML in the article or not.
const ownProperties = new Set([
  'className',
  'id',
  'dataTiming',
  'dataLecternTitle',
  'dataLecternGroup',
  'dateTime',
  'dataKind',
  'dataLine',
  'dataColumn',
])
const ownTags = new Set(['section', 'aside', 'ul', 'p', 'span', 'time', 'figure'])

/** lectern's own wrappers, told by tag and class before any raw HTML is parsed. */
function isOwn(node: ElementContent | RootContent): node is Element {
  if (node.type !== 'element' || !ownTags.has(node.tagName)) return false
  const classes = (node.properties.className as string[] | undefined) ?? []
  return classes.some((name) => name === 'notes' || name.startsWith('lectern-'))
}

/** A drawn diagram: lectern's `<figure class="lectern-diagram">`, made before any raw HTML is parsed. */
function isDiagram(node: ElementContent | RootContent): boolean {
  return isOwn(node) && node.tagName === 'figure' && (node.properties.className as string[]).includes('lectern-diagram')
}

/**
 * Walk lectern's wrappers; each run of the article's content between them is parsed as an
 * HTML fragment of its own. Why per run and not the whole tree at once (as rehype-raw does):
 * a raw `</section>` could then close lectern's slide and open a slide of the article's.
 * Inside a fragment, an end tag closes at most what the fragment itself opened.
 */
function secure(parent: HastRoot | Element, file: VFile, sanitizing: boolean): void {
  const children: Array<ElementContent | RootContent> = []
  let run: Array<ElementContent | RootContent> = []
  const flush = () => {
    if (run.length > 0) children.push(...articleContent(run, file, sanitizing))
    run = []
  }
  for (const child of parent.children) {
    // A diagram's SVG is lectern's drawing, allow-listed for SVG when it was made (see safe-svg.ts).
    if (isDiagram(child)) {
      flush()
      children.push(child)
    } else if (isOwn(child)) {
      flush()
      child.properties = Object.fromEntries(Object.entries(child.properties).filter(([key]) => ownProperties.has(key)))
      secure(child, file, sanitizing)
      children.push(child)
    } else run.push(child)
  }
  flush()
  parent.children = children as typeof parent.children
  if (parent.type === 'element' && isOwn(parent) && parent.tagName === 'section') wrapStrayPhrasing(parent)
}

/**
 * Words a box of raw HTML left at a slide's top level once the sanitizer unwrapped the box
 * (`<center>Fin.</center>` is its words alone): in a paragraph, as every block of a slide is, so
 * the deck app's fit measures them and the theme sets them; loose, they were neither.
 */
function wrapStrayPhrasing(section: Element): void {
  const children: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    const says = run.some((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))
    if (says) children.push({ type: 'element', tagName: 'p', properties: {}, children: run })
    else children.push(...run)
    run = []
  }
  for (const child of section.children) {
    if (child.type === 'text' || (child.type === 'element' && phrasing.has(child.tagName) && !isOwn(child))) run.push(child)
    else {
      flush()
      children.push(child)
    }
  }
  flush()
  section.children = children
}

declare module 'vfile' {
  interface DataMap {
    /** An SVG drawing written into the article was left out, and the build said so (once). */
    inlineSvgWarned: boolean
  }
}

/** Says once that an SVG drawing written into the article is left out, where the first one is. */
function warnInlineSvg(root: HastRoot, file: VFile): void {
  const found = findSvg(root)
  if (!found) return
  file.data.inlineSvgWarned = true
  file.message(
    'An SVG drawing written into the article is left out (its labels would run together as text); save it as an .svg file and show it as a picture',
    {
      place: found.position,
      ruleId: 'inline-svg',
      source: 'lectern',
    },
  )
}

function findSvg(node: HastRoot | ElementContent): Element | undefined {
  if (node.type === 'element' && node.tagName === 'svg') return node
  if (!('children' in node)) return undefined
  for (const child of node.children) {
    const found = findSvg(child as ElementContent)
    if (found) return found
  }
  return undefined
}

/** A file for `raw` that holds no text: see `articleContent`. */
const positionsOnly = new VFile()

/** A run of the article's content: parsed (when it holds raw HTML), with no sections of its own, sanitized. */
function articleContent(run: Array<ElementContent | RootContent>, file: VFile, sanitizing: boolean): Array<ElementContent | RootContent> {
  let root: HastRoot = { type: 'root', children: run as RootContent[] }
  const diagrams = setAsideDiagrams(root)
  // An empty file asks for the nodes' positions all the same: given the article's, the parser
  // would index all its lines for each run's root, whose position is thrown away (the
  // article's length times its slides).
  const raw = run.some(hasRaw)
  if (raw) root = part(file, 'raw')(root, { file: positionsOnly }) as HastRoot
  withoutSlides(root)
  // (Only raw HTML writes an <svg>: a run without any is not walked for one.)
  if (sanitizing && raw && file.data.inlineSvgWarned !== true) warnInlineSvg(root, file)
  if (sanitizing) root = sanitize(root, schema) as HastRoot
  withoutBlankPictures(root)
  if (diagrams.length > 0) putBackDiagrams(root, diagrams)
  return root.children
}

/**
 * An `<img>` left without a source (a template's `{{ page.image }}` the site filled in, or a URL
 * the sanitizer dropped) draws a broken-image box: its alt text is shown as a picture's caption
 * is when its file is missing (see links.ts), or nothing when it has none.
 */
function withoutBlankPictures(root: HastRoot): void {
  const stack: Array<HastRoot | Element> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    const children: Array<ElementContent | RootContent> = node.children
    node.children = children.flatMap((child): Array<ElementContent | RootContent> => {
      if (child.type !== 'element') return [child]
      const src = child.properties.src
      if (child.tagName !== 'img' || (typeof src === 'string' && src.trim() !== '')) {
        stack.push(child)
        return [child]
      }
      const alt = typeof child.properties.alt === 'string' ? altText(child.properties.alt) : ''
      if (!alt) return []
      const caption: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['lectern-image-caption'] },
        children: [{ type: 'text', value: alt }],
      }
      return [caption]
    }) as typeof node.children
  }
}

/** The class of the empty element that holds a diagram's place while the article's content around it is parsed and sanitized. */
const diagramSlot = 'lectern-diagram-slot'

/**
 * lectern's diagrams inside the article's lists and quotes: their SVG is not the article's
 * HTML, so it is set aside (an empty slot in its place) before that is parsed and sanitized.
 */
function setAsideDiagrams(root: HastRoot): Element[] {
  const diagrams: Element[] = []
  const stack: Array<HastRoot | Element> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    node.children = node.children.map((child) => {
      if (!isDiagram(child)) {
        if (child.type === 'element') stack.push(child)
        return child
      }
      diagrams.push(child as Element)
      return {
        type: 'element',
        tagName: 'figure',
        properties: { className: [diagramSlot, `${diagramSlot}-${diagrams.length - 1}`] },
        children: [],
      }
    }) as typeof node.children
  }
  return diagrams
}

function putBackDiagrams(root: HastRoot, diagrams: Element[]): void {
  const stack: Array<HastRoot | Element> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    node.children = node.children.map((child) => {
      if (child.type !== 'element') return child
      const classes = (child.properties.className as string[] | undefined) ?? []
      const index = classes.includes(diagramSlot)
        ? Number(classes.find((name) => name.startsWith(`${diagramSlot}-`))?.slice(diagramSlot.length + 1))
        : Number.NaN
      if (diagrams[index]) return diagrams[index]
      stack.push(child)
      return child
    }) as typeof node.children
  }
}

function hasRaw(node: ElementContent | RootContent): boolean {
  if (node.type === 'raw') return true
  return 'children' in node && (node.children as Array<ElementContent | RootContent>).some(hasRaw)
}

/** Elements that act on the whole page, not a slide: a refresh or a base URL would take the deck elsewhere. */
const pageElements = new Set(['meta', 'base', 'link'])

/**
 * Reveal takes every `<section>` for a slide and every `<aside class="notes">` for notes,
 * and lectern's print view prints only sections: the article's become plain `<div>`s, their
 * content kept. `<meta>`, `<base>` and `<link>` go, even with `allowHtml`: a
 * Content-Security-Policy cannot stop a `<meta http-equiv="refresh">` from leaving the deck.
 */
function withoutSlides(parent: HastRoot | Element): void {
  // A stack, not recursion: raw HTML can nest as deep as it likes.
  const stack: Array<HastRoot | Element> = [parent]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && (node.tagName === 'section' || node.tagName === 'aside')) node.tagName = 'div'
    node.children = node.children.filter((child) => child.type !== 'element' || !pageElements.has(child.tagName))
    for (const child of node.children) if (child.type === 'element') stack.push(child)
    if (node.type === 'element' && node.tagName === 'template' && node.content) stack.push(node.content as unknown as HastRoot)
  }
}

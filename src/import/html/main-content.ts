import type { Element, Root } from 'hast'
import { select, selectAll } from 'hast-util-select'
import { toHtml } from 'hast-util-to-html'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { textWeigher } from './text-weight.ts'
import { sameTitle, text } from './title.ts'

/** Characters of a paragraph from which the headings after it are the article's sections, not its title said again. */
const minProseCharacters = 80

/** A child holding at least this share of its parent's prose is where the article is. */
const dominantShare = 0.8
/** Elements that only group others; the walk never steps into a paragraph, list or data table's text. */
const containers = new Set(['div', 'section', 'center', 'table', 'tbody', 'tr', 'td'])

/**
 * How to find the article in a page: Readability (the default), or lectern's own walk
 * (`mainContent`); or none, `whole`, for the source a site generator builds a page from (a post
 * written as HTML under its YAML frontmatter), which holds the article and nothing around it.
 */
export type ContentFinder = 'readability' | 'lectern' | 'whole'

const fragment = unified().use(rehypeParse, { fragment: true })

/**
 * Rehype plugin: keep only the page's main content, as Firefox's Reader View finds it
 * (@mozilla/readability on linkedom); lectern's own walk below when Readability finds nothing.
 * Readability found the article better on the saved pages of the test corpus: it kept the
 * text of the pages where the walk lost it (a table layout) or kept a sidebar beside it
 * (`npm run measure:import` compares the two). Readability works on a serialized copy of
 * the page, so each element carries its place in the page through it as an attribute.
 */
export default function rehypeMainContent(options: { finder?: ContentFinder } = {}) {
  return (tree: Root, file: VFile): Root => {
    if (options.finder === 'whole') return tree
    if ((options.finder ?? 'readability') === 'readability') {
      // Readability drops the <h1> that repeats the page's title; the title step needs it.
      const wanted = file.data.importedMatter?.title
      const title = wanted ? selectAll('h1', tree).find((heading) => sameTitle(text(heading), wanted)) : undefined
      dropPageFooters(tree)
      const found = readabilityContent(tree, wanted)
      if (found) {
        if (title && !selectAll('h1', found).some((heading) => sameTitle(text(heading), wanted!))) found.children.unshift(title)
        return found
      }
    }
    const main = mainContent(tree)
    return main ? { type: 'root', children: [main] } : tree
  }
}

/**
 * The site's footer ("Proudly powered by Pelican", a theme credit) outside the page's
 * `<article>`: Readability keeps its words without its `<footer>` tag, so the chrome step
 * after it can no longer tell them from the article's last paragraphs. A footer inside the
 * article is the author's, and stays.
 */
function dropPageFooters(tree: Root): void {
  if (!select('article', tree)) return
  const footers = new Set(
    selectAll('footer, [role="contentinfo"]', tree).filter(
      (footer) => !selectAll('article', tree).some((article) => contains(article, footer)),
    ),
  )
  if (footers.size === 0) return
  visit(tree, 'element', (node) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && footers.has(child)))
  })
}

function contains(ancestor: Element, node: Element): boolean {
  let found = false
  visit(ancestor, 'element', (child) => {
    if (child === node) found = true
    return found ? false : undefined
  })
  return found
}

/** The article as Readability extracts it, or undefined when it finds none. */
export function readabilityContent(tree: Root, title?: string): Root | undefined {
  // Readability turns every <h1> into <h2>; the title step needs to know which were <h1>.
  for (const heading of selectAll('h1', tree)) heading.properties.dataLecternH1 = true
  // Readability drops the first <h1> or <h2> whose words are mostly the title's, wherever it stands: "Actions taken to
  // increase diversity", a section of "Actions to increase diversity in the R-Ladies São Paulo community" (review 134, a
  // saved blog post), went with its heading. Every such heading after the article's first paragraph is an <h3> while it reads,
  // and comes back after. (Not one over the text, "Open Journalism Project:" over Medium's "Better Student Journalism": that
  // is the title's, said again.)
  let prose = false
  visit(tree, 'element', (element) => {
    if (element.tagName === 'p' && text(element).length >= minProseCharacters) prose = true
    if (!prose || !/^h[12]$/.test(element.tagName) || (title && sameTitle(text(element), title))) return
    element.properties.dataLecternTag = element.tagName
    element.tagName = 'h3'
  })
  visit(tree, 'element', (element) => {
    const start = element.position?.start
    if (start) element.properties.dataLecternAt = `${start.line}:${start.column}`
    // A heading's id is its words made a slug ("an-ad-hoc-field", "related-work", "community"):
    // Readability reads ids for the page's ads and chrome (`-ad-`, "related", "community") and
    // would drop the heading. It is set aside while Readability reads, and comes back after.
    if (/^h[1-6]$/.test(element.tagName) && element.properties.id !== undefined) {
      element.properties.dataLecternId = element.properties.id
      delete element.properties.id
    }
  })
  const { document } = parseHTML(toHtml(tree))
  // Classes tell code blocks' languages and mark the chrome that the next step removes.
  const article = new Readability(document as unknown as Document, { keepClasses: true }).parse()
  if (!article?.content || !article.textContent?.trim()) return undefined
  const found = fragment.parse(article.content)
  for (const heading of selectAll('[data-lectern-tag]', found)) {
    heading.tagName = String(heading.properties.dataLecternTag)
    delete heading.properties.dataLecternTag
  }
  for (const heading of selectAll('[data-lectern-h1]', found)) {
    heading.tagName = 'h1'
    delete heading.properties.dataLecternH1
  }
  visit(found, 'element', (element) => {
    const [line, column] = String(element.properties.dataLecternAt ?? '')
      .split(':')
      .map(Number)
    delete element.properties.dataLecternAt
    if (element.properties.dataLecternId !== undefined) {
      element.properties.id = String(element.properties.dataLecternId)
      delete element.properties.dataLecternId
    }
    // Where the element was in the page: the copy's own positions are in Readability's output.
    element.position = line && column ? { start: { line, column }, end: { line, column } } : undefined
    for (const child of element.children) if (child.type === 'text') child.position = undefined
  })
  found.position = undefined
  return found
}

/** The element holding the article, if the page has any content: lectern's own walk. */
export function mainContent(tree: Root): Element | undefined {
  const textWeight = textWeigher()
  const heaviest = (elements: Element[]) => elements.reduce((best, element) => (textWeight(element) > textWeight(best) ? element : best))
  const articles = selectAll('article', tree)
  if (articles.length > 0) return heaviest(articles)
  const main = select('main, [role="main"]', tree)
  if (main) return main
  let current = select('body', tree)
  while (current) {
    const total = textWeight(current)
    const children = current.children.filter((child): child is Element => child.type === 'element' && containers.has(child.tagName))
    const next = children.length > 0 ? heaviest(children) : undefined
    if (!next || total === 0 || textWeight(next) < dominantShare * total) break
    current = next
  }
  return current
}

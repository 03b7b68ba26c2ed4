import type { Element, Root } from 'hast'
import { select, selectAll } from 'hast-util-select'
import { textWeigher } from './text-weight.ts'

/** A child holding at least this share of its parent's prose is where the article is. */
const dominantShare = 0.8
/** Elements that only group others; the walk never steps into a paragraph, list or data table's text. */
const containers = new Set(['div', 'section', 'center', 'table', 'tbody', 'tr', 'td'])

/**
 * Rehype plugin: keep only the page's main content. That is the `<article>` with the most
 * prose, else `<main>` (or `role=main`), else the largest block of prose: starting from
 * `<body>`, step into the child that holds most of the text for as long as one does.
 */
export default function rehypeMainContent() {
  return (tree: Root): Root => {
    const main = mainContent(tree)
    return main ? { type: 'root', children: [main] } : tree
  }
}

/** The element holding the article, if the page has any content. */
export function mainContent(tree: Root): Element | undefined {
  const textWeight = textWeigher()
  const heaviest = (elements: Element[]) =>
    elements.reduce((best, element) => (textWeight(element) > textWeight(best) ? element : best))
  const articles = selectAll('article', tree)
  if (articles.length > 0) return heaviest(articles)
  const main = select('main, [role="main"]', tree)
  if (main) return main
  let current = select('body', tree)
  while (current) {
    const total = textWeight(current)
    const children = current.children.filter(
      (child): child is Element => child.type === 'element' && containers.has(child.tagName),
    )
    const next = children.length > 0 ? heaviest(children) : undefined
    if (!next || total === 0 || textWeight(next) < dominantShare * total) break
    current = next
  }
  return current
}

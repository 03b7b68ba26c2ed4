import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { classesOf } from './chrome.ts'
import { textWeigher } from './text-weight.ts'

/** The share of the page's prose at most that a footer may hold: more, and the mark was a false hit. */
const maxFooterShare = 0.2

/**
 * Rehype plugin: leave out the page's footer where an element names where it starts, empty or
 * not (ebb.org's `<p id="footer"></p>`, then its licence and disclaimers, in the same container as
 * the post): the mark and what follows it there go, when that is little of the page. Before the
 * content is found: Readability drops the empty mark and keeps the rest as the article's words.
 */
export default function rehypeFooterMark() {
  return (tree: Root) => {
    const weigh = textWeigher()
    const total = weigh(tree)
    visit(tree, 'element', (node: Element) => {
      const at = node.children.findIndex(isFooterMark)
      if (at === -1) return
      const rest = node.children.slice(at).reduce((sum, child) => sum + weigh(child), 0)
      if (rest <= maxFooterShare * total) node.children = node.children.slice(0, at)
    })
  }
}

/** Whether a node is an element whose id or class names it the page's footer (`footer`, `site-footer`). */
function isFooterMark(node: Element['children'][number]): boolean {
  if (node.type !== 'element') return false
  const names = [String(node.properties.id ?? ''), ...classesOf(node)]
  return names.some((name) => /^(?:(?:site|page|blog)[-_])?footer$/i.test(name))
}

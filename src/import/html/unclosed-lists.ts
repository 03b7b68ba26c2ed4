import type { Element, ElementContent, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * Rehype plugin: take out of a list what a page left inside it by not closing it. A `<ul>` whose
 * `</ul>` is missing holds everything after its last `<li>` as children of its own, the rest of
 * the article too ("…</li>\n<p>The above examples…</p>\n<h2>A New Kind of Programming</h2>…"): a
 * browser shows those blocks after the list, and so does the deck, where they would have been
 * read as part of its last item, headings and all. Blocks between items are left where they are.
 */
export default function rehypeUnclosedLists() {
  return (tree: Root) => {
    const lists: Array<{ list: Element; parent: Element | Root }> = []
    visit(tree, 'element', (node, _index, parent) => {
      if ((node.tagName === 'ul' || node.tagName === 'ol') && parent) lists.push({ list: node, parent })
    })
    // Innermost first: a list hoisted out of another is then checked where it lands.
    for (const { list, parent } of lists.reverse()) {
      const last = list.children.findLastIndex((child) => child.type === 'element' && child.tagName === 'li')
      const trailing = list.children.slice(last + 1)
      if (!trailing.some((child) => child.type === 'element')) continue
      list.children = list.children.slice(0, last + 1)
      const at = parent.children.indexOf(list)
      if (at !== -1) parent.children.splice(at + 1, 0, ...(trailing as ElementContent[]))
    }
  }
}

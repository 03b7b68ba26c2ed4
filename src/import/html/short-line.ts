import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { EXIT, visit } from 'unist-util-visit'

/** A line of page furniture (a reading time, a date) is this short at most. */
const shortLine = 60

/**
 * The first element of the page's body that holds one short line of text and no other element
 * than `inline` ones, for which `read` gives a value: the line a template prints the reading
 * time or the date on, which the importer keeps as metadata and takes out of the prose.
 */
export function findShortLine<T>(
  tree: Root,
  inline: readonly string[],
  read: (text: string, element: Element) => T | undefined,
): { element: Element; value: T } | undefined {
  let found: { element: Element; value: T } | undefined
  visit(tree, 'element', (node) => {
    if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'head') return 'skip'
    if (node.children.some((child) => child.type === 'element' && !inline.includes(child.tagName))) return undefined
    const text = toText(node).replace(/\s+/gu, ' ').trim()
    const value = text.length <= shortLine ? read(text, node) : undefined
    if (value === undefined) return undefined
    found = { element: node, value }
    return EXIT
  })
  return found
}

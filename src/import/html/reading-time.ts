import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** "5 min read", "5 minute read", "Reading time: 5 minutes", "Lesezeit: 5 Min." */
const readingTime =
  /(?:\b(\d{1,3})\s*(?:min(?:ute)?s?\.?)\s*(?:read|de lecture|de lectura|Lesezeit)\b)|(?:\b(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*(?:about\s+)?(\d{1,3})\s*min)/iu

/**
 * Rehype plugin: keep the page's reading time ("7 min read") as `importedMatter.readingTime`,
 * and take the short element that shows it out of the page, so it is not read as prose.
 */
export default function rehypeReadingTime() {
  return (tree: Root, file: VFile) => {
    let found: { element: Element; minutes: string } | undefined
    visit(tree, 'element', (node) => {
      if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'head') return 'skip'
      if (
        node.children.some(
          (child) =>
            child.type === 'element' &&
            child.tagName !== 'span' &&
            child.tagName !== 'b' &&
            child.tagName !== 'strong' &&
            child.tagName !== 'time',
        )
      )
        return undefined
      const text = toText(node).replace(/\s+/gu, ' ').trim()
      const match = text.length <= 60 ? readingTime.exec(text) : null
      if (!match) return undefined
      found = { element: node, minutes: match[1] ?? match[2] }
      return EXIT
    })
    if (!found) return
    file.data.importedMatter = { ...file.data.importedMatter, readingTime: `${found.minutes} min read` }
    found.element.children = []
  }
}

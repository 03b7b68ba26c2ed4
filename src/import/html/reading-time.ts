import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { findShortLine } from './short-line.ts'

/** "5 min read", "5 minute read", "Reading time: 5 minutes", "Lesezeit: 5 Min." */
const readingTime =
  /(?:\b(\d{1,3})\s*(?:min(?:ute)?s?\.?)\s*(?:read|de lecture|de lectura|Lesezeit)\b)|(?:\b(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*(?:about\s+)?(\d{1,3})\s*min)/iu

/**
 * Rehype plugin: keep the page's reading time ("7 min read") as `importedMatter.readingTime`,
 * and take the short element that shows it out of the page, so it is not read as prose.
 */
export default function rehypeReadingTime() {
  return (tree: Root, file: VFile) => {
    const found = findShortLine(tree, ['span', 'b', 'strong', 'time'], (text) => {
      const match = readingTime.exec(text)
      return match ? (match[1] ?? match[2]) : undefined
    })
    if (!found) return
    file.data.importedMatter = { ...file.data.importedMatter, readingTime: `${found.value} min read` }
    found.element.children = []
  }
}

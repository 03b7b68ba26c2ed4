import type { Element, Root } from 'hast'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/**
 * Rehype plugin: take the article's title out of the content and give the rest the shape
 * `# title` then `##` sections. The title is the `<h1>` matching the page's metadata title,
 * else the first `<h1>`; it moves to `file.data.importedMatter.title` (written later as the
 * `#`). Remaining headings shift so the highest is `<h2>`, keeping their relative levels.
 */
export default function rehypeTitleHeading() {
  return (tree: Root, file: VFile) => {
    const matter = file.data.importedMatter ?? {}
    const title = titleHeading(tree, matter.title)
    if (title && text(title)) {
      matter.title = text(title)
      if (title.position) file.data.importedTitlePosition = title.position
      removeElement(tree, title)
    }
    shiftHeadings(tree)
    file.data.importedMatter = matter
  }
}

/** The page's title as a heading: the `<h1>` that reads as its metadata title (a site's logo is an `<h1>` too), else the first. */
export function titleHeading(tree: Root, wanted: string | undefined): Element | undefined {
  const firstLevel = selectAll('h1', tree)
  return firstLevel.find((element) => wanted && sameTitle(text(element), wanted)) ?? firstLevel[0]
}

function shiftHeadings(tree: Root): void {
  const headings = selectAll('h1, h2, h3, h4, h5, h6', tree).filter((element) => {
    if (text(element)) return true
    removeElement(tree, element)
    return false
  })
  if (headings.length === 0) return
  const shift = 2 - Math.min(...headings.map(level))
  for (const element of headings) element.tagName = `h${Math.min(6, Math.max(2, level(element) + shift))}`
}

function level(element: Element): number {
  return Number(element.tagName.slice(1))
}

export function text(element: Element): string {
  return toText(element).replace(/\s+/gu, ' ').trim()
}

/** Same title up to case, punctuation and a site name around it (`Title | Blog`). */
export function sameTitle(heading: string, title: string): boolean {
  const a = normalize(heading)
  const b = normalize(title)
  return a.length > 0 && (a === b || (b.includes(a) && a.length >= b.length / 2) || a.includes(b))
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function removeElement(tree: Root, target: Element): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node !== target || !parent || index === undefined) return
    parent.children.splice(index, 1)
    return [EXIT, index]
  })
}

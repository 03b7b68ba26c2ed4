import type { Element, Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import type { VFile } from 'vfile'
import { deckHandlers } from './handlers.ts'

/**
 * The bridge from the slide tree (mdast) to Reveal's HTML structure (hast), like
 * remark-rehype but with lectern's handlers. Raw HTML is kept as `raw` nodes for the
 * safety step to parse and sanitize.
 */
export function remarkDeckToHast() {
  return function (tree: Root, file: VFile): HastRoot {
    const hast = toHast(tree, { file, handlers: deckHandlers, allowDangerousHtml: true }) as HastRoot
    moveFootnotes(hast)
    return hast
  }
}

/** GFM footnotes are rendered after everything; Reveal would take them for a slide. Put them in the last slide's notes. */
function moveFootnotes(tree: HastRoot): void {
  const last = tree.children[tree.children.length - 1]
  if (last?.type !== 'element' || last.properties.dataFootnotes === undefined) return
  tree.children.pop()
  const groups = tree.children.filter((node): node is Element => node.type === 'element')
  const slides = groups[groups.length - 1]?.children.filter((node): node is Element => node.type === 'element') ?? []
  const slide = slides[slides.length - 1]
  if (!slide) return
  let notes = slide.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'aside',
  )
  if (!notes) {
    notes = { type: 'element', tagName: 'aside', properties: { className: ['notes'] }, children: [] }
    slide.children.push(notes)
  }
  // Reveal takes every <section> for a slide, even inside notes.
  notes.children.push({ ...last, tagName: 'div' })
}

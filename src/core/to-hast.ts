import type { Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import type { VFile } from 'vfile'
import { distributeFootnotes } from './footnotes.ts'
import { deckHandlers } from './handlers.ts'

/**
 * The bridge from the slide tree (mdast) to Reveal's HTML structure (hast), like
 * remark-rehype but with lectern's handlers. Raw HTML is kept as `raw` nodes for the
 * safety step to parse and sanitize.
 */
export function remarkDeckToHast() {
  return function (tree: Root, file: VFile): HastRoot {
    const hast = toHast(tree, { file, handlers: deckHandlers, allowDangerousHtml: true }) as HastRoot
    distributeFootnotes(hast)
    return hast
  }
}

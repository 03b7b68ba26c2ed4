import type { Root } from 'hast'
import rehypeHighlight, { type Options } from 'rehype-highlight'
import type { VFile } from 'vfile'

/** rehype-highlight, run only when the article has code: it walks the whole tree to find some. */
export function rehypeDeckHighlight(options: Options) {
  const highlight = rehypeHighlight(options)
  return function (tree: Root, file: VFile) {
    if (file.data.hasCode) highlight(tree, file)
  }
}

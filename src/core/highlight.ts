import type { Root } from 'hast'
import type rehypeHighlight from 'rehype-highlight'
import type { Options } from 'rehype-highlight'
import type { VFile } from 'vfile'
import { part } from './parts.ts'

/**
 * rehype-highlight, run only when the article has code: it walks the whole tree to find
 * some, and setting it up registers three dozen grammars, so that waits for the first code block.
 */
export function rehypeDeckHighlight(options: Options) {
  let highlight: ReturnType<typeof rehypeHighlight> | undefined
  return function (tree: Root, file: VFile) {
    if (!file.data.hasCode) return
    highlight ??= part(file, 'rehypeHighlight')(options)
    highlight(tree, file)
  }
}

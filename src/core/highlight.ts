import type { Root } from 'hast'
import type { Options } from 'rehype-highlight'
import type { VFile } from 'vfile'
import { part, type RenderParts } from './parts.ts'

/**
 * rehype-highlight, run only when the article has code: it walks the whole tree to find
 * some, and setting it up registers some fifty grammars (see highlighter.ts), so that waits for the first code block.
 */
export function rehypeDeckHighlight(options: Options) {
  let highlight: ReturnType<RenderParts['rehypeHighlight']> | undefined
  return function (tree: Root, file: VFile) {
    if (!file.data.hasCode) return
    highlight ??= part(file, 'rehypeHighlight')(options)
    highlight(tree, file)
  }
}

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
    const from = file.messages.length
    highlight(tree, file)
    onceForEachLanguage(file, from)
  }
}

/**
 * rehype-highlight warns once for every block of a language it has no grammar for: Solidity's advisory (review 102)
 * printed "Cannot highlight as `solidity`, it's not registered" seven times for each command. One warning, at the
 * first such block, says how many more there are.
 */
function onceForEachLanguage(file: VFile, from: number): void {
  const first = new Map<string, VFile['messages'][number]>()
  const more = new Map<string, number>()
  const kept = file.messages.slice(from).filter((message) => {
    if (message.ruleId !== 'missing-language') return true
    const seen = first.get(message.reason)
    if (!seen) first.set(message.reason, message)
    else more.set(message.reason, (more.get(message.reason) ?? 0) + 1)
    return !seen
  })
  for (const [reason, count] of more) {
    const message = first.get(reason)
    if (message) message.reason = message.message = `${reason} (here and in ${count} more code block${count === 1 ? '' : 's'})`
  }
  file.messages.splice(from, file.messages.length - from, ...kept)
}

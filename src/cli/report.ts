import type { VFile } from 'vfile'
import { formatDuration } from '../core/duration.ts'
import type { RenderedDeck } from '../core/index.ts'

/** Print the file's warnings (from the `from`th on) as `file:line:col: warning: reason`, one per line, to stderr. */
export function printWarnings(file: VFile, from = 0): void {
  for (const message of file.messages.slice(from)) {
    const where = [file.path, message.line, message.column].filter((part) => part !== undefined && part !== null).join(':')
    process.stderr.write(`${where}: warning: ${message.reason}\n`)
  }
}

/** The talk's estimated length and a per-section breakdown. */
export function timingReport({ deck }: RenderedDeck): string {
  const width = Math.min(60, Math.max(...deck.outline.map((group) => group.title.length)))
  const lines = deck.outline.map((group) => {
    const title = group.title.length > width ? group.title.slice(0, width - 1) + '…' : group.title.padEnd(width)
    const count = `${group.slides.length} slide${group.slides.length === 1 ? '' : 's'}`
    return `  ${title}  ${formatDuration(group.seconds).padStart(7)}  ${count}`
  })
  return [
    `Estimated talk length: ${formatDuration(deck.seconds)} (${deck.slideCount} slides at ${deck.options.wordsPerMinute} words per minute)`,
    ...lines,
  ].join('\n')
}

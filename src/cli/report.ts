import type { VFile } from 'vfile'
import { formatDuration } from '../core/duration.ts'
import type { RenderedDeck } from '../core/index.ts'

/**
 * Terminal escape sequences (CSI, OSC and the rest), control characters but line breaks and
 * tabs, and the Unicode controls that reorder text: an article's title or a file name could
 * otherwise clear the screen, retitle the window or disguise a line.
 */
const terminalControls =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b.?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Text safe to print on a terminal: see {@link terminalControls}. */
export function plain(text: string): string {
  return text.replace(terminalControls, '')
}

/** Write to stdout, without terminal controls. */
export function print(text: string): void {
  process.stdout.write(plain(text))
}

/** Write to stderr, without terminal controls. */
export function printError(text: string): void {
  process.stderr.write(plain(text))
}

/** Print the file's warnings (from the `from`th on) as `file:line:col: warning: reason`, one per line, to stderr. */
export function printWarnings(file: VFile, from = 0): void {
  for (const message of file.messages.slice(from)) {
    const where = [file.path, message.line, message.column].filter((part) => part !== undefined && part !== null).join(':')
    printError(`${where}: warning: ${message.reason}\n`)
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

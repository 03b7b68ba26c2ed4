import { plain } from './report.ts'

/** A progress line: rewritten in place on a terminal, one plain line per step otherwise, nothing when quiet. */
export function progressLine(stream: NodeJS.WriteStream | undefined): { show(text: string): void; end(): void } {
  if (!stream) return { show() {}, end() {} }
  if (!stream.isTTY) return { show: (text) => stream.write(`${plain(text)}\n`), end() {} }
  let shown = false
  return {
    show(text) {
      text = plain(text)
      const width = Math.max(20, (stream.columns ?? 80) - 1)
      stream.write(`\r\x1b[K${text.length > width ? text.slice(0, width - 1) + '…' : text}`)
      shown = true
    },
    end() {
      if (shown) stream.write('\r\x1b[K')
      shown = false
    },
  }
}

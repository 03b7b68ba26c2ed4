import type { Readable, Writable } from 'node:stream'
import type { ConnectionTransport } from 'puppeteer-core'

/**
 * Chromium's DevTools protocol over a pipe (`--remote-debugging-pipe`): JSON messages, each
 * ended by a NUL byte, written to its fd 3 and read from its fd 4.
 */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void
  readonly #write: Writable
  #onclose: (() => void) | undefined
  /** The chunks of a message not yet ended: a PDF arrives as megabytes in 64 kB chunks. */
  #pending: Buffer[] = []
  #closed = false

  constructor(write: Writable, read: Readable) {
    this.#write = write
    read.on('data', (chunk: Buffer) => {
      let start = 0
      for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
        this.#pending.push(chunk.subarray(start, end))
        const message = Buffer.concat(this.#pending).toString('utf8')
        this.#pending = []
        start = end + 1
        this.onmessage?.(message)
      }
      if (start < chunk.length) this.#pending.push(chunk.subarray(start))
    })
    read.on('close', () => this.close())
    write.on('error', () => undefined)
    read.on('error', () => undefined)
  }

  /** Puppeteer's connection listens here; one that comes after the close hears of it at once. */
  get onclose(): (() => void) | undefined {
    return this.#onclose
  }

  set onclose(listener: (() => void) | undefined) {
    this.#onclose = listener
    if (this.#closed && listener) queueMicrotask(listener)
  }

  send(message: string): void {
    if (!this.#closed) this.#write.write(`${message}\0`)
  }

  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.#onclose?.()
  }
}

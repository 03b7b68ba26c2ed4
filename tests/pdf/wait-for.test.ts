import { describe, expect, it } from 'vitest'
import { interrupted, waitFor } from '../../src/pdf/wait-for.ts'

/** Rejections nobody handled while `during` ran and for a few turns after. */
async function unhandledDuring(during: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = []
  const listener = (reason: unknown) => seen.push(reason)
  process.on('unhandledRejection', listener)
  try {
    await during()
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve))
  } finally {
    process.off('unhandledRejection', listener)
  }
  return seen
}

describe('waitFor', () => {
  it('should name what did not happen when time runs out', async () => {
    await expect(waitFor(new Promise(() => {}), 'the deck to load', 20)).rejects.toThrow('timed out after 0 s waiting for the deck to load')
  })

  it('should stop at Ctrl-C, and keep quiet about the work it stopped waiting for when that fails later', async () => {
    const controller = new AbortController()
    let fail!: (error: Error) => void
    const work = new Promise((_, reject) => (fail = reject))
    const seen = await unhandledDuring(async () => {
      const waiting = waitFor(work, 'the deck to load', 60_000, controller.signal)
      controller.abort(interrupted())
      await expect(waiting).rejects.toThrow('interrupted')
      fail(new Error('Navigating frame was detached'))
    })
    expect(seen).toEqual([])
  })

  it('should keep quiet too when Ctrl-C came before the wait began (the work had started)', async () => {
    const controller = new AbortController()
    controller.abort(interrupted())
    let fail!: (error: Error) => void
    const work = new Promise((_, reject) => (fail = reject))
    const seen = await unhandledDuring(async () => {
      await expect(waitFor(work, 'the deck to load', 60_000, controller.signal)).rejects.toThrow('interrupted')
      fail(new Error('Navigating frame was detached'))
    })
    expect(seen).toEqual([])
  })
})

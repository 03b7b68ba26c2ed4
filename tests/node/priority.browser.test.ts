import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canStartInBackground } from '../../src/node/priority.ts'
import { BrowserSession } from '../../src/pdf/browser-session.ts'
import { childrenOf, processName } from '../helpers/processes.ts'

/** The weight (nice value) of a process's session, as Linux reports it. */
function sessionNice(pid: number): number {
  return Number(/nice (-?\d+)/.exec(readFileSync(`/proc/${pid}/autogroup`, 'utf8'))?.[1])
}

async function eventually(check: () => boolean): Promise<boolean> {
  // The kernel takes one change of a session's weight a tenth of a second from an unprivileged process.
  for (let attempt = 0; attempt < 20 && !check(); attempt++) await new Promise((resolve) => setTimeout(resolve, 50))
  return check()
}

describe.runIf(canStartInBackground())('a browser started in the background', () => {
  it('should run at the lowest weight until the export brings it to the foreground', async () => {
    const before = new Set(childrenOf(process.pid))
    const session = new BrowserSession({ timeout: 60_000, background: true })
    try {
      await session.browser()
      const chromium = childrenOf(process.pid).find((pid) => !before.has(pid) && /chrom/.test(processName(pid)))
      expect(chromium).toBeDefined()
      expect(sessionNice(chromium!)).toBe(19)
      session.foreground()
      expect(await eventually(() => sessionNice(chromium!) === 0)).toBe(true)
    } finally {
      await session.close()
    }
    // More than the session's own 60 s: a browser started at the lowest weight on a busy machine starts slowly.
  }, 120_000)

  it('should not be lowered at all when the export needs it before it has started', async () => {
    const before = new Set(childrenOf(process.pid))
    const session = new BrowserSession({ timeout: 60_000, background: true })
    session.foreground()
    try {
      await session.browser()
      const chromium = childrenOf(process.pid).find((pid) => !before.has(pid) && /chrom/.test(processName(pid)))
      expect(sessionNice(chromium!)).toBe(0)
    } finally {
      await session.close()
    }
  })
})

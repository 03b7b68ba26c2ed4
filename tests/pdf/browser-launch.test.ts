import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { closeBrowser, launchBrowser } from '../../src/node/browser.ts'
import { childrenOf, processName } from './processes.ts'

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

describe('the export browser', () => {
  it('should run no pages of Chrome’s own interface beside the deck’s', async () => {
    // Chrome preloads its omnibox popup for every window, each in a renderer of its own: at
    // start, and again for every browser context (a long deck's parts). By the time a page
    // has loaded, a browser that still does so already shows them as `browser_ui` targets.
    const browser = await launchBrowser()
    try {
      const context = await browser.createBrowserContext()
      const page = await context.newPage()
      await page.goto('data:text/html,<p>a slide</p>')
      const session = await browser.target().createCDPSession()
      const { targetInfos } = await session.send('Target.getTargets')
      expect(targetInfos.map((target) => `${target.type} ${target.url}`).filter((target) => !target.startsWith('page '))).toEqual([])
      expect(targetInfos.filter((target) => target.type === 'page')).toHaveLength(2)
    } finally {
      await closeBrowser(browser)
    }
  })

  it.runIf(process.platform === 'linux' && writable('/dev/shm'))('should keep its temporary profile in memory, and remove it when closed', async () => {
    const saved = process.env.TMPDIR
    delete process.env.TMPDIR
    const before = new Set(childrenOf(process.pid))
    const browser = await launchBrowser().finally(() => {
      if (saved !== undefined) process.env.TMPDIR = saved
    })
    let profile = ''
    try {
      const chromium = childrenOf(process.pid).find((pid) => !before.has(pid) && /chrom/.test(processName(pid)))!
      profile = /--user-data-dir=([^\0]+)/.exec(readFileSync(`/proc/${chromium}/cmdline`, 'utf8'))![1]
      expect(profile).toMatch(/^\/dev\/shm\/lectern-chromium-/)
      expect(existsSync(profile)).toBe(true)
    } finally {
      await closeBrowser(browser)
    }
    expect(existsSync(profile)).toBe(false)
  })
})

import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { closeBrowser, launchBrowser } from '../../src/node/browser/index.ts'
import { BrowserSession } from '../../src/pdf/browser-session.ts'
import { childrenOf, processName } from '../helpers/processes.ts'

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

  it('should open a long deck’s tabs of their own as soon as it is up, and use them for the parts', async () => {
    const session = new BrowserSession({ timeout: 30_000, ownProcessTabs: 2 })
    try {
      const browser = await session.browser()
      // Up: the first tab, and one tab in each of two contexts of its own, opened without being asked.
      await expect.poll(async () => (await browser.pages()).length, { timeout: 10_000 }).toBe(3)
      const contexts = browser.browserContexts().filter((context) => context !== browser.defaultBrowserContext())
      expect(contexts).toHaveLength(2)
      const view =
        'data:text/html,<script>window.lectern={config:{meta:{title:"t"}}};addEventListener("load",()=>document.dispatchEvent(new Event("pdf-ready")))</script>'
      const pages = await Promise.all(
        [0, 1, 2].map(
          async (index) => (await session.openPrintView(view, '', { what: `part ${index}`, ownProcess: index > 0, printOnly: true })).page,
        ),
      )
      // The parts' tabs are the ones opened beforehand: no context more.
      expect(browser.browserContexts()).toHaveLength(3)
      expect(pages.map((page) => page.browserContext() === browser.defaultBrowserContext())).toEqual([true, false, false])
      expect(new Set(pages.map((page) => page.browserContext())).size).toBe(3)
      // More parts than tabs opened beforehand: a new context for the one more.
      await session.openPrintView(view, '', { what: 'part 3', ownProcess: true, printOnly: true })
      expect(browser.browserContexts()).toHaveLength(4)
    } finally {
      await session.close()
    }
  })

  it.runIf(process.platform === 'linux' && writable('/dev/shm'))(
    'should keep its temporary profile in memory, and remove it when closed',
    async () => {
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
    },
  )
})

import { describe, expect, it } from 'vitest'
import { closeBrowser, launchBrowser } from '../../src/node/browser.ts'

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
})

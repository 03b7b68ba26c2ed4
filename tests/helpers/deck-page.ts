import { pathToFileURL } from 'node:url'
import type { Browser, JSHandle, Page, Target } from 'puppeteer-core'
import { closeBrowser as endBrowser, launchBrowser } from '../../src/node/browser/index.ts'
import { serveStatic, type StaticServer } from '../../src/node/serve.ts'

/** A built deck opened in real Chromium, with what the page reported. */
export interface OpenDeck {
  page: Page
  server: StaticServer
  /** Console errors, page errors and failed requests. */
  errors: string[]
  /** Every URL the page requested. */
  requests: string[]
}

let browser: Browser | undefined

/** One browser per test file; close it in `afterAll` with {@link closeBrowser}. */
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await launchBrowser()
  return browser
}

export async function closeBrowser(): Promise<void> {
  if (browser) await endBrowser(browser)
  browser = undefined
}

/** Serve `dir` on 127.0.0.1 and open it; waits until the deck app says Reveal is ready. */
export async function openDeck(dir: string, query = ''): Promise<OpenDeck> {
  const server = await serveStatic(dir)
  const { page, errors, requests } = await newPageReporting()
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`))
  await openAndWait(page, server.url + query)
  return { page, server, errors, requests }
}

/** A new tab of the shared browser, recording its console errors, page errors and every URL it requests. */
async function newPageReporting(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await (await sharedBrowser()).newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('request', (request) => requests.push(request.url()))
  return { page, errors, requests }
}

/** Go to `url` and wait until the deck app says Reveal is ready. */
async function openAndWait(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 15_000 })
}

export async function closeDeck(deck: OpenDeck | undefined): Promise<void> {
  await deck?.page.close()
  await deck?.server.close()
}

/** A deck's page opened from disk (file://), with its console and page errors and every URL it requested; waits until Reveal is ready. */
export async function openFile(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const opened = await newPageReporting()
  await openAndWait(opened.page, pathToFileURL(file).href)
  return opened
}

/** A slide's elements (its notes aside) that reach past the slide's edges, by tag name. */
export type PastEdges = (section: HTMLElement) => string[]

/**
 * {@link PastEdges} as a function living in `page`, to pass to `page.evaluate` beside its other
 * arguments: the tests that look at slides' bounds share one rule of what "past the edge" is.
 */
export function pastEdgesIn(page: Page): Promise<JSHandle<PastEdges>> {
  return page.evaluateHandle(() => (section: HTMLElement) => {
    const box = section.getBoundingClientRect()
    // What of an element shows: its box within every box around it that hides what overflows it
    // (KaTeX draws a brace as a path 400em wide in a box that shows only the brace's width).
    const shown = (element: Element) => {
      let { left, right, top, bottom } = element.getBoundingClientRect()
      for (let around = element.parentElement; around && around !== section; around = around.parentElement) {
        const style = getComputedStyle(around)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const clip = around.getBoundingClientRect()
        if (style.overflowX !== 'visible') [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)]
        if (style.overflowY !== 'visible') [top, bottom] = [Math.max(top, clip.top), Math.min(bottom, clip.bottom)]
      }
      return { left, right, top, bottom, width: right - left }
    }
    return (
      [...section.querySelectorAll<HTMLElement>('*')]
        // (Nor a formula's MathML, which KaTeX clips to nothing: it is for screen readers, never seen.)
        .filter((element) => !element.closest('aside.notes, .katex-mathml'))
        .filter((element) => {
          const rect = shown(element)
          return (
            rect.width > 0 &&
            (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1)
          )
        })
        .map((element) => element.tagName.toLowerCase())
    )
  })
}

/** The speaker view's window, opened as a presenter does: the `s` key on the deck's page. */
export async function openSpeakerView(page: Page): Promise<Page> {
  const opened = new Promise<Target>((resolve) => page.browser().once('targetcreated', resolve))
  await page.keyboard.press('s')
  return (await (await opened).page()) as Page
}

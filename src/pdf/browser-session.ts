import type { Browser, Page } from 'puppeteer-core'
import { LecternError } from '../core/errors.ts'
import { closeBrowser, launchBrowser } from '../node/browser/index.ts'
import { BrowserPriority } from '../node/priority.ts'
import { onlyRequestsTo } from '../node/request-guard.ts'
import { listenForPdfReady } from './page-scripts.ts'
import type { ServedDeckMeta, ServedSlideFit } from './served-deck.ts'
import { waitFor } from './wait-for.ts'

/**
 * A deck laid out for print in one browser tab, by lectern's print view: every slide (or,
 * for fragment pages, every step of a slide) is a `.pdf-page`.
 */
export interface PrintView {
  page: Page
  /** Number of `.pdf-page` elements (slides, or slides × fragments). */
  pages: number
  meta: ServedDeckMeta
  /** The pages' size in CSS pixels, in lectern's print view (not in Reveal's). */
  pageSize?: { width: number; height: number }
  /** The slides the deck app shrank to fit its pages (none from an older deck). */
  fit: ServedSlideFit[]
}

/** How to open a print view. */
export interface PrintViewOptions {
  /** Names the tab in error messages. */
  what: string
  /** Override the session's timeout and signal for this tab's waits. */
  limits?: { timeout: number; signal?: AbortSignal }
  /**
   * Open the tab in a browser context of its own, and so in a renderer process of its own (a
   * long deck's parts print side by side).
   */
  ownProcess?: boolean
  /**
   * Open the tab smaller than half a page: lectern's print view for print only then takes no
   * part in the layout Chromium does before it prints (see the deck app's print view).
   */
  printOnly?: boolean
}

/** The tab size for a print-only view: far smaller than any page. */
const printOnlyViewport = { width: 64, height: 64 }

export interface SessionOptions {
  /** The --browser flag; otherwise the usual lookup (see `findBrowser`). */
  executablePath?: string
  /** Milliseconds allowed for each wait (launch, load, ready, print). */
  timeout: number
  /** Aborting ends every wait at once (Ctrl-C). */
  signal?: AbortSignal
  /**
   * Start the browser in the background: on what other work leaves of the CPU, until
   * `foreground()` (see priority.ts; only where `canStartInBackground()`).
   */
  background?: boolean
  /**
   * Tabs in browser contexts of their own to open as soon as the browser is up, ready for
   * `openPrintView` with `ownProcess`: a long deck's parts then start loading side by side.
   */
  ownProcessTabs?: number
}

/**
 * One browser for a whole export, launched as soon as the session is created so that it
 * starts while the deck is still being built. `close()` is safe to call at any time, more
 * than once, and leaves no Chromium process behind.
 */
export class BrowserSession {
  readonly options: SessionOptions
  readonly #priority: BrowserPriority
  readonly #launching: Promise<Browser>
  /** The blank tab the browser starts with, found (or opened) as soon as it is up. */
  readonly #firstTab: Promise<Page | undefined>
  /** Tabs in contexts of their own, opened as soon as the browser is up (`ownProcessTabs`). */
  readonly #ownProcessTabs: Array<Promise<Page | undefined>>
  /** Set by the first `close()`; every later caller awaits the same closing. */
  #closing: Promise<void> | undefined
  #firstTabTaken = false

  constructor(options: SessionOptions) {
    this.options = options
    this.#priority = new BrowserPriority(options.background === true)
    this.#launching = launchBrowser({
      executablePath: options.executablePath,
      timeout: options.timeout,
      priority: this.#priority,
      signal: options.signal,
    })
    // Failures surface when the browser is awaited; until then they must not crash the process.
    this.#launching.catch(() => undefined)
    this.#firstTab = this.#launching.then(
      async (browser) => (await browser.pages())[0] ?? (await browser.newPage()),
      () => undefined,
    )
    this.#firstTab.catch(() => undefined)
    // A failed launch surfaces through browser(); a tab that could not be opened here is opened when asked for.
    this.#ownProcessTabs = Array.from({ length: options.ownProcessTabs ?? 0 }, () =>
      this.#launching.then(async (browser) => (await browser.createBrowserContext()).newPage()).catch(() => undefined),
    )
  }

  /** Give a browser started in the background its usual share of the CPU. */
  foreground(): void {
    this.#priority.foreground()
  }

  /** The running browser (waits for the launch). */
  async browser(): Promise<Browser> {
    const browser = await waitFor(this.#launching, 'the browser to start', this.options.timeout + 1_000, this.options.signal)
    if (this.#closing) throw new LecternError('the browser was closed before the export finished')
    return browser
  }

  /**
   * Open `url` in the deck's print view (`query` adds `print-pdf` and friends) and wait until
   * the deck reports `pdf-ready`.
   */
  async openPrintView(
    url: string,
    query: string,
    { what, limits = this.options, ownProcess = false, printOnly = false }: PrintViewOptions,
  ): Promise<PrintView> {
    const { timeout, signal } = limits
    const browser = await this.browser()
    const page = await waitFor(ownProcess ? this.#tabOfItsOwn(browser) : this.#tab(browser), `a browser tab for ${what}`, timeout, signal)
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(String((error as Error).message ?? error).split('\n')[0]))
    page.on('requestfailed', (request) => problems.push(`could not load ${request.url()}`))
    const because = () => (problems.length > 0 ? `; the page reported: ${problems.slice(0, 3).join('; ')}` : '')
    try {
      // All before the page loads, side by side (each is a round trip to a busy browser).
      await Promise.all([
        page.evaluateOnNewDocument(listenForPdfReady),
        printOnly ? page.setViewport(printOnlyViewport) : undefined,
        onlyRequestsTo(page, url),
      ])
      const response = await waitFor(
        page.goto(url + query, { waitUntil: 'load', timeout: 0 }),
        `the deck to load (${url})`,
        timeout,
        signal,
      )
      if (response && !response.ok())
        throw new LecternError(`the deck at ${url} answered HTTP ${response.status()}; is it a built lectern deck?`)
      // One wait for the deck app's pdf-ready event (no polling); the message says how far it got.
      const ready = page.evaluate(
        'window.__lecternPdfReady.then((pages) => [pages, window.lectern.config.meta, window.lectern.pageSize, window.lectern.fit ?? []])',
      ) as Promise<[number, ServedDeckMeta, PrintView['pageSize'], ServedSlideFit[]]>
      const [pages, meta, pageSize, fit] = await waitFor(
        ready,
        `the deck app to lay out ${what} (no pdf-ready from ${url})`,
        timeout,
        signal,
      ).catch(async (error: unknown) => {
        if (!(error instanceof LecternError)) throw error
        const started = await page.evaluate("document.documentElement.dataset.lecternReady === 'true'").catch(() => false)
        const message = started ? error.message : error.message.replace('(no pdf-ready', '(the deck app never started; no pdf-ready')
        throw new LecternError(message + because(), { cause: error })
      })
      return { page, pages, meta, pageSize, fit }
    } catch (error) {
      await (ownProcess ? page.browserContext() : page).close().catch(() => undefined)
      throw error
    }
  }

  /** A tab: the first time, the one made ready while the deck was built (opening one takes a while). */
  async #tab(browser: Browser): Promise<Page> {
    if (!this.#firstTabTaken) {
      this.#firstTabTaken = true
      const first = await this.#firstTab.catch(() => undefined)
      if (first && !first.isClosed()) return first
    }
    return browser.newPage()
  }

  /** A tab in a browser context of its own: one opened as the browser came up, else a new one. */
  async #tabOfItsOwn(browser: Browser): Promise<Page> {
    const ready = await this.#ownProcessTabs.shift()
    if (ready && !ready.isClosed()) return ready
    return (await browser.createBrowserContext()).newPage()
  }

  /** End the browser (all its processes) and remove its profile. Idempotent. */
  close(): Promise<void> {
    // Every caller, the first or a later one (Ctrl-C, then the command's own cleanup), waits
    // until Chromium is gone and its profile removed.
    this.#closing ??= (async () => {
      const browser = await this.#launching.catch(() => undefined)
      if (browser) await closeBrowser(browser)
    })()
    return this.#closing
  }
}

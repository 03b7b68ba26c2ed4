import type { Browser, Page } from 'puppeteer-core'
import { closeBrowser, launchBrowser } from './browser/index.ts'
import { onlyRequestsTo } from './request-guard.ts'
import { serveStatic } from './serve.ts'
import { contrastPair, type ContrastPair, type Rgba } from '../theme/contrast.ts'

/**
 * What is measured: each text role, as a small piece of lectern's own markup. The probes
 * are added to the rendered page (hidden, so nothing moves), so their colours come from the
 * same cascade as the slides': base styles, theme, the article's tweaks.
 */
const probeMarkup = `
<div class="reveal" data-lectern-probe style="position:absolute;left:-99999px;top:0;visibility:hidden" aria-hidden="true">
  <div class="slides">
    <section class="lectern-slide">
      <p class="lectern-kicker" data-role="kicker">Kicker</p>
      <h2 data-role="headings">Heading</h2>
      <ul class="lectern-points"><li data-role="body text">Body text <a href="#" data-role="links">link</a></li></ul>
      <blockquote><p data-role="quotes">Quote</p></blockquote>
      <pre><code data-role="code">code <span class="hljs-keyword" data-role="code keywords">if</span> <span class="hljs-string" data-role="code strings">'s'</span> <span class="hljs-comment" data-role="code comments">// c</span> <span class="hljs-number" data-role="code numbers">1</span> <span class="hljs-title" data-role="code names">f</span></code></pre>
      <p data-role="footer" style="color: var(--lectern-footer-color)">Footer</p>
      <p data-role="slide number" style="color: var(--lectern-slide-number-color)">1 / 9</p>
    </section>
    <section class="lectern-title">
      <h1 data-role="title">Title</h1>
      <p class="lectern-description" data-role="title description">Description</p>
    </section>
  </div>
  <div class="speaker-notes" data-role="speaker notes" style="display:block">Notes</div>
</div>`

/** Measure the contrast of every text role in a deck already open in `page`. */
export async function measureContrast(page: Page): Promise<ContrastPair[]> {
  const measured = await page.evaluate((markup: string) => {
    // Computed colours come in any CSS syntax (rgb(), color(srgb …), oklch()…); a canvas
    // turns each into sRGB bytes.
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d', { willReadFrequently: true })!
    const toRgba = (color: string): [number, number, number, number] => {
      context.clearRect(0, 0, 1, 1)
      context.fillStyle = '#000'
      context.fillStyle = color
      context.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data
      return [r, g, b, a / 255]
    }
    const host = document.createElement('div')
    host.innerHTML = markup
    const probe = host.firstElementChild!
    document.body.append(probe)
    try {
      return [...probe.querySelectorAll<HTMLElement>('[data-role]')].map((element) => {
        const layers: Array<[number, number, number, number]> = []
        for (let node: Element | null = element; node; node = node.parentElement) {
          layers.unshift(toRgba(getComputedStyle(node).backgroundColor))
        }
        return { name: element.dataset.role!, foreground: toRgba(getComputedStyle(element).color), layers }
      })
    } finally {
      probe.remove()
    }
  }, probeMarkup)
  return measured.map(({ name, foreground, layers }) => contrastPair(name, foreground as Rgba, layers as Rgba[]))
}

/**
 * Open a built deck folder in a browser and measure its contrast. Uses `browser` when given
 * (left open), otherwise launches one and closes it.
 */
export async function measureDeckContrast(dir: string, browser?: Browser): Promise<ContrastPair[]> {
  const own = browser ? undefined : await launchBrowser()
  const server = await serveStatic(dir)
  const page = await (browser ?? own)!.newPage()
  try {
    await onlyRequestsTo(page, server.url)
    await page.goto(server.url, { waitUntil: 'load' })
    await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 15_000 })
    return await measureContrast(page)
  } finally {
    await page.close().catch(() => {})
    await server.close()
    if (own) await closeBrowser(own)
  }
}

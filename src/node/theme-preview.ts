import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { VFile } from 'vfile'
import { escapeHtml } from '../core/links.ts'
import { closeBrowser, launchBrowser } from './browser/index.ts'
import { buildDeckFromFile } from './build.ts'
import { onlyRequestsTo } from './request-guard.ts'
import { serveStatic } from './serve.ts'
import type { ThemeEntry } from './resolve-theme.ts'
import { sampleArticle } from '../theme/sample-deck.ts'

/** Slides shown per theme: the title slide and the first content slide. */
const previewSlides = ['#/0', '#/1']

/**
 * Write a PNG contact sheet: the sample deck's title slide and a content slide in each
 * theme, one row per theme. The sheet is composed as a web page and screenshotted, so no
 * image library is needed.
 */
export async function writeThemePreview(themes: ThemeEntry[], outFile: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'lectern-preview-'))
  const browser = await launchBrowser()
  try {
    const article = join(work, 'sample.md')
    await writeFile(article, sampleArticle)
    for (const theme of themes) {
      const file = new VFile({ path: article, value: sampleArticle })
      await buildDeckFromFile(file, {
        article,
        outDir: join(work, 'decks', theme.name),
        overrides: { theme: theme.dir },
        checkContrast: false,
      })
    }
    const server = await serveStatic(join(work, 'decks'))
    const page = await browser.newPage()
    await onlyRequestsTo(page, server.url)
    try {
      await page.setViewport({ width: 1280, height: 720 })
      const rows: Array<{ name: string; shots: string[] }> = []
      for (const theme of themes) {
        const shots: string[] = []
        for (const slide of previewSlides) {
          await page.goto(`${server.url}${theme.name}/index.html${slide}`, { waitUntil: 'load' })
          await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 15_000 })
          await page.evaluate(async () => {
            document.querySelector<HTMLElement>('.reveal .controls')?.style.setProperty('display', 'none')
            await document.fonts.ready
          })
          // Let the slide transition finish.
          await new Promise((done) => setTimeout(done, 900))
          shots.push(`data:image/png;base64,${await page.screenshot({ encoding: 'base64', type: 'png' })}`)
        }
        rows.push({ name: theme.name, shots })
      }
      await page.setViewport({ width: 1360, height: 400, deviceScaleFactor: 1 })
      await page.setContent(contactSheet(rows), { waitUntil: 'load' })
      await mkdir(dirname(outFile), { recursive: true })
      await page.screenshot({ path: outFile as `${string}.png`, fullPage: true, type: 'png' })
    } finally {
      await page.close()
      await server.close()
    }
  } finally {
    await closeBrowser(browser)
    await rm(work, { recursive: true, force: true })
  }
}

/** The contact sheet page: a row per theme, its name and two slides. */
function contactSheet(rows: Array<{ name: string; shots: string[] }>): string {
  const body = rows
    .map(
      (row) =>
        `<section><h2>${escapeHtml(row.name)}</h2><div>${row.shots.map((shot) => `<img src="${shot}" alt="">`).join('')}</div></section>`,
    )
    .join('')
  return `<!doctype html><html><head><style>
body { margin: 0; padding: 24px; background: #e9ecf1; font: 600 20px system-ui, sans-serif; color: #1f2328; }
section { margin: 0 0 28px; }
h2 { font-size: 20px; margin: 0 0 10px; }
div { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
img { width: 100%; display: block; border-radius: 6px; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); }
</style></head><body>${body}</body></html>`
}

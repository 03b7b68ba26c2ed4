import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer, type DevServer } from '../../src/vite/dev-server.ts'
import { closeBrowser, sharedBrowser } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-dev-'))
const article = join(work, 'talk.md')
const original = readFileSync(fileURLToPath(new URL('../../content/aws-founding-story.md', import.meta.url)), 'utf8')

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/** Start `lectern dev` on an article and open it at `hash` once Reveal runs. */
async function presentInDev(path: string, hash: string): Promise<{ dev: DevServer; page: Page }> {
  const dev = await startDevServer({ article: path, port: 0 })
  const page = await (await sharedBrowser()).newPage()
  await page.goto(dev.url + hash, { waitUntil: 'load' })
  await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 20_000 })
  return { dev, page }
}

describe('lectern dev', () => {
  let dev: DevServer
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    writeFileSync(article, original)
    cpSync(fileURLToPath(new URL('../fixtures/decks/images/images', import.meta.url)), join(work, 'images'), { recursive: true })
    ;({ dev, page } = await presentInDev(article, '#/andy-jassys-vision'))
    page.on('pageerror', (error) => errors.push(String(error)))
  })
  afterAll(async () => {
    await page?.close()
    await dev?.close()
  })

  const version = () => page.evaluate(() => Number(document.documentElement.dataset.lecternVersion ?? 0))
  const save = async (text: string) => {
    const before = await version()
    const started = performance.now()
    writeFileSync(article, text)
    await page.waitForFunction((v) => Number(document.documentElement.dataset.lecternVersion ?? 0) > v, { timeout: 10_000 }, before)
    return performance.now() - started
  }

  it('should serve the deck with Reveal running on the slide in the URL', async () => {
    expect(await page.evaluate(() => window.lectern!.reveal!.getIndices())).toMatchObject({ h: 2, v: 0 })
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Vision')
  })

  it('should update the open deck in place when the article is saved, staying on the current slide', async () => {
    await page.evaluate(() => {
      ;(window as unknown as { marker: number }).marker = 42
    })
    const elapsed = await save(
      original
        .replace('## Andy Jassy’s Vision', '## Andy Jassy’s Big Vision')
        .replace('This was a mindset shift.', '**A mindset shift.** This was a mindset shift.'),
    )
    console.log(`live update: ${Math.round(elapsed)} ms from save to new slides`)
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Big Vision')
    expect(await page.$$eval('.present .lectern-points li', (items) => items.map((item) => item.textContent))).toContain('A mindset shift')
    expect(await page.evaluate(() => window.lectern!.reveal!.getIndices())).toMatchObject({ h: 2, v: 0 })
    // Same page, not a reload.
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42)
  })

  it('should keep the last good slides when the article breaks, and recover when it is fixed', async () => {
    writeFileSync(article, '---\ntitle: [unclosed\n---\n# Broken')
    await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null, { timeout: 10_000 })
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Big Vision')
    await save(original)
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Vision')
    expect(errors).toEqual([])
  })
})

describe('lectern dev when an article is saved twice in quick succession', () => {
  it('should render the second save', async () => {
    const talk = join(work, 'quick.md')
    const titled = (title: string) => `---\ntitle: Quick\n---\n\n## ${title}\n\nA paragraph.\n`
    writeFileSync(talk, titled('Start'))
    const dev = await startDevServer({ article: talk, port: 0 })
    try {
      const heading = () => /<h2[^>]*>([^<]*)<\/h2>/.exec(dev.rendered().html)?.[1]
      const reported = new Promise((resolve) => dev.server.watcher.once('change', resolve))
      writeFileSync(talk, titled('First Save'))
      await reported
      // The second save lands as soon as the first is rendered: inside the window in which
      // the watcher drops further changes to the same file.
      await expect.poll(heading, { timeout: 5_000, interval: 1 }).toBe('First Save')
      writeFileSync(talk, titled('Second Save'))
      await expect.poll(heading, { timeout: 5_000 }).toBe('Second Save')
    } finally {
      await dev.close()
    }
  })
})

describe('lectern dev with a theme of one’s own', () => {
  const themeDir = join(work, 'brand')
  let dev: DevServer
  let page: Page

  beforeAll(async () => {
    cpSync(fileURLToPath(new URL('../fixtures/themes/brand', import.meta.url)), themeDir, { recursive: true })
    const talk = join(work, 'themed.md')
    // Two sentences: a bullet in body text (one short sentence alone would be a statement slide, in the heading colour).
    writeFileSync(talk, '---\ntitle: Themed\ntheme: ./brand\n---\n\n## One\n\nA paragraph. It says two things.\n')
    ;({ dev, page } = await presentInDev(talk, '#/one'))
  })
  afterAll(async () => {
    await page?.close()
    await dev?.close()
  })

  const mainColor = () => page.$eval('.present p, .present li', (element) => getComputedStyle(element).color)

  it('should show the theme’s colours and logo', async () => {
    expect(await mainColor()).toBe('rgb(16, 42, 28)')
    const logo = await page.$eval(
      'section.lectern-slide.present',
      (slide) => /url\("?([^")]+)"?\)/.exec(getComputedStyle(slide, '::before').backgroundImage)?.[1],
    )
    expect(logo).toBeTruthy()
    // Loaded as the page loads images (its policy lets it fetch nothing but its own server).
    const width = await page.evaluate(
      (url) =>
        new Promise<number>((resolve) =>
          Object.assign(new Image(), {
            src: url!,
            onload: function (this: HTMLImageElement) {
              resolve(this.naturalWidth)
            },
            onerror: () => resolve(0),
          }),
        ),
      logo,
    )
    expect(width).toBeGreaterThan(0)
  })

  it('should apply an edited theme to the open deck without reloading', async () => {
    await page.evaluate(() => {
      ;(window as unknown as { marker: number }).marker = 7
    })
    const css = readFileSync(join(themeDir, 'theme.css'), 'utf8')
    writeFileSync(join(themeDir, 'theme.css'), css.replace('--r-main-color: #102a1c;', '--r-main-color: #5a0b0b;'))
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.present p, .present li')!).color === 'rgb(90, 11, 11)', {
      timeout: 10_000,
    })
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(7)
  })
})

describe('lectern dev, in other scripts', () => {
  it('should draw a script the bundled fonts lack with its Noto font, also when the text arrives while the deck is open', async () => {
    const path = join(work, 'hindi.md')
    writeFileSync(path, readFileSync(fileURLToPath(new URL('../fixtures/scripts/hindi.md', import.meta.url)), 'utf8'))
    const { dev, page } = await presentInDev(path, '#/')
    const loadedFamilies = () =>
      page.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, ''))
      })
    try {
      expect(await loadedFamilies()).toContain('Noto Sans Devanagari')
      expect(await loadedFamilies()).not.toContain('Noto Sans Thai')
      const before = await page.evaluate(() => Number(document.documentElement.dataset.lecternVersion ?? 0))
      // The title, in the frontmatter and its # heading alike: the slide on screen.
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('भारत में रेलवे का इतिहास', 'भारत में रेलवे का इतिहास รถไฟ'))
      await page.waitForFunction((v) => Number(document.documentElement.dataset.lecternVersion ?? 0) > v, { timeout: 10_000 }, before)
      await page.waitForFunction(() => document.fonts.check('16px "Noto Sans Thai"', 'รถไฟ'), { timeout: 10_000 })
      expect(await loadedFamilies()).toContain('Noto Sans Thai')
    } finally {
      await page.close()
      await dev.close()
    }
  })
})

describe('lectern dev with a diagram', () => {
  it('should show the drawing and draw it again when its source is saved', async () => {
    const previous = process.env.LECTERN_CACHE_DIR
    process.env.LECTERN_CACHE_DIR = join(work, 'cache')
    const talk = join(work, 'diagram.md')
    const withLabel = (label: string) =>
      `---\ntitle: Drawn\n---\n\n## Flow\n\n\`\`\`mermaid\nflowchart LR\n  A[Start] --> B[${label}]\n\`\`\`\n`
    writeFileSync(talk, withLabel('First label'))
    const { dev, page } = await presentInDev(talk, '#/flow')
    const labels = () => page.$$eval('.present figure.lectern-diagram svg text', (texts) => texts.map((text) => text.textContent).join(' '))
    try {
      expect(await labels()).toContain('First label')
      const before = await page.evaluate(() => Number(document.documentElement.dataset.lecternVersion ?? 0))
      writeFileSync(talk, withLabel('Second label'))
      await page.waitForFunction((v) => Number(document.documentElement.dataset.lecternVersion ?? 0) > v, { timeout: 90_000 }, before)
      expect(await labels()).toContain('Second label')
      expect(await labels()).not.toContain('First label')
    } finally {
      await page.close()
      await dev.close()
      if (previous === undefined) delete process.env.LECTERN_CACHE_DIR
      else process.env.LECTERN_CACHE_DIR = previous
    }
    // Drawing starts a browser and mermaid twice (the first render, then the save): on a
    // machine busy with other work that alone can pass vitest's 60 s for a test.
  }, 240_000)
})

import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { readArticle } from '../../src/node/read-article.ts'
import { buildSingleFile, inRange, textCharacters, usedFamilies } from '../../src/node/single-file.ts'
import { closeBrowser, openFile, openSpeakerView } from '../helpers/deck-page.ts'

const root = join(import.meta.dirname, '../..')
const temp = await mkdtemp(join(tmpdir(), 'lectern-single-'))

afterAll(async () => {
  await closeBrowser()
  await rm(temp, { recursive: true, force: true })
})

async function build(article: string, name: string) {
  const outDir = join(temp, name)
  return buildSingleFile(await readArticle(article), { article, outDir })
}

describe('lectern build --single-file', () => {
  it('should write one file under 1 MB for the AWS talk, which opens from disk with no request, speaker view and overview included', async () => {
    const result = await build(join(root, 'content/aws-founding-story.md'), 'aws')
    expect(await readdir(join(temp, 'aws'))).toEqual(['aws-founding-story.html'])
    expect(result.bytes).toBe((await stat(result.file)).size)
    expect(result.bytes).toBeLessThan(1024 * 1024)

    const { page, requests, errors } = await openFile(result.file)
    try {
      expect(await page.evaluate(() => window.lectern!.reveal!.getTotalSlides())).toBe(result.rendered.deck.slideCount)
      // The fonts are inside: Inter loads, from a data: URL.
      expect(
        await page.evaluate(async () => {
          await document.fonts.ready
          return document.fonts.check('700 32px Inter')
        }),
      ).toBe(true)
      // The talk's opening is said on the slide after the title.
      await page.evaluate(() => window.lectern!.reveal!.next())
      const notes = await openSpeakerView(page)
      await notes.waitForFunction(() => document.body.innerText.includes('founding story of Amazon Web Services'), { timeout: 10_000 })
      await notes.close()
      await page.keyboard.press('Escape')
      await page.waitForSelector('.reveal.overview', { timeout: 5_000 })
      expect(errors).toEqual([])
      expect(requests.filter((url) => url !== pathToFileURL(result.file).href && !url.startsWith('data:'))).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('should carry the article’s pictures inside', async () => {
    const result = await build(join(root, 'tests/fixtures/decks/images/input.md'), 'images')
    expect(await readdir(join(temp, 'images'))).toEqual(['input.html'])
    const { page, requests } = await openFile(result.file)
    try {
      const images = await page.$$eval('.reveal .slides img', (elements) =>
        elements.map((image) => [image.getAttribute('src')!.slice(0, 22), (image as HTMLImageElement).naturalWidth]),
      )
      expect(images.length).toBeGreaterThan(0)
      for (const [src, width] of images) {
        expect(src).toBe('data:image/svg+xml;bas')
        expect(width).toBeGreaterThan(0)
      }
      expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'))).toEqual([])
      expect(requests.filter((url) => url.startsWith('file://'))).toHaveLength(1)
    } finally {
      await page.close()
    }
  })
})

describe('what a single file keeps of the fonts', () => {
  it('should keep the families the deck is set in, its code font only when it has code', () => {
    const base =
      ":root { --r-main-font: 'Inter', system-ui; --r-heading-font: var(--r-main-font); --r-code-font: 'JetBrains Mono', monospace }\n@font-face { font-family: 'DM Sans'; src: url(x.woff2) }"
    const theme = ":root { --r-heading-font: 'Space Grotesk', sans-serif }"
    expect([...usedFamilies([base, theme], true)].sort()).toEqual(['Inter', 'JetBrains Mono', 'Space Grotesk'])
    expect([...usedFamilies([base, theme], false)].sort()).toEqual(['Inter', 'Space Grotesk'])
  })

  it('should read unicode ranges and the characters of the slides', () => {
    expect(inRange(0x41, 'U+0000-00FF, U+0131')).toBe(true)
    expect(inRange(0x131, 'U+0000-00FF, U+0131')).toBe(true)
    expect(inRange(0x4e2d, 'U+0000-00FF, U+0131')).toBe(false)
    expect(inRange(0x4e2d, 'U+4E??')).toBe(true)
    expect(textCharacters('<p title="x">中 &amp; &#x263A;</p>')).toContain('中')
    expect(textCharacters('<p>&#x263A;</p>')).toContain('☺')
  })
})

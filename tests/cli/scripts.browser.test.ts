import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck, sharedBrowser, type OpenDeck } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-scripts-'))
const fixtures = fileURLToPath(new URL('../fixtures/scripts/', import.meta.url))
const awsArticle = fileURLToPath(new URL('../../content/aws-founding-story.md', import.meta.url))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/** Each article, the family that must draw it, a phrase of its text and the page's direction. */
const decks = [
  { name: 'hindi', family: 'Noto Sans Devanagari', pdfFont: 'NotoSansDevanagari', phrase: 'भारत में रेलवे का इतिहास', dir: 'ltr' },
  { name: 'arabic', family: 'Noto Sans Arabic', pdfFont: 'NotoSansArabic', phrase: 'تاريخ الخط العربي', dir: 'rtl' },
  { name: 'chinese', family: 'Noto Sans SC', pdfFont: 'NotoSansSC', phrase: '活字印刷的故事', dir: 'ltr' },
  { name: 'korean', family: 'Noto Sans KR', pdfFont: 'NotoSansKR', phrase: '금속활자의 역사', dir: 'ltr' },
  { name: 'emoji', family: 'Noto Emoji', pdfFont: 'NotoEmoji', phrase: '🚀', dir: 'ltr' },
]

/** `lectern pdf --only slides` on a fixture; the deck folder. */
async function exportSlides(name: string, article = join(fixtures, `${name}.md`)): Promise<{ out: string; output: string }> {
  const out = join(work, name)
  const result = await runCli(['pdf', article, '--out', out, '--only', 'slides'], { timeout: 180_000 })
  expect(result.code, result.stderr).toBe(0)
  return { out, output: result.stdout + result.stderr }
}

/** The families Chromium actually drew an element's text with (DevTools' "Rendered fonts"). */
async function renderedFonts(deck: OpenDeck, selector: string): Promise<string[]> {
  const session = await deck.page.createCDPSession()
  try {
    await session.send('DOM.enable')
    await session.send('CSS.enable')
    const { root } = await session.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.map((font) => font.familyName)
  } finally {
    await session.detach()
  }
}

function pdffonts(pdf: string): string {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
}

describe('decks in other scripts', () => {
  for (const { name, family, pdfFont, phrase, dir } of decks) {
    it(`should draw the ${name} article with ${family}, on screen and in slides.pdf`, async () => {
      const { out, output } = await exportSlides(name)
      expect(output).not.toMatch(/warning: no font/)

      const fonts = readdirSync(join(out, 'fonts'))
      expect(fonts).toContain('script-fonts.css')
      expect(
        fonts.filter((file) => file.endsWith('.woff2')).every((file) => file.startsWith(family.toLowerCase().replace(/ /g, '-'))),
      ).toBe(true)

      let deck: OpenDeck | undefined
      try {
        deck = await openDeck(out)
        const page = await deck.page.evaluate(async (family) => {
          await document.fonts.ready
          return {
            dir: document.documentElement.dir,
            loaded: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, '')),
            check: document.fonts.check(`16px "${family}"`, document.querySelector('h1')!.textContent!),
          }
        }, family)
        expect(page.dir).toBe(dir)
        expect(page.loaded).toContain(family)
        expect(page.check).toBe(true)
        // The name inside the font file: Noto Sans SC's static faces call themselves 'Noto Sans SC Thin'.
        expect((await renderedFonts(deck, 'section.lectern-title h1')).some((font) => font.startsWith(family))).toBe(true)
        expect(deck.errors).toEqual([])
      } finally {
        await closeDeck(deck)
      }

      const embedded = pdffonts(join(out, 'slides.pdf'))
      expect(embedded).toContain(pdfFont)
      expect(embedded).not.toMatch(/Type 3|DejaVu|Droid|Liberation/)
      const text = execFileSync('pdftotext', ['-layout', join(out, 'slides.pdf'), '-'], { encoding: 'utf8' })
      // pdftotext writes right-to-left lines in logical order, wrapped in direction marks.
      expect(text.replace(/[\u200e\u200f\u202a-\u202e]/g, '')).toContain(phrase)
    })
  }

  it('should never start a line of a Japanese heading or point with the long-vowel mark or a small kana', async () => {
    // Headings of every length from a few characters up, so that some wrap where the browser's
    // default rules would break before "ー" or "ョ".
    const words = 'サーバーのパフォーマンスチューニングとデータベースのレプリケーションのモニタリング'
    const sections = Array.from({ length: 12 }, (_, index) => {
      const heading = 'あ'.repeat(index) + words
      return `## ${heading}\n\n${'い'.repeat(index)}${words}を説明します。${words}が重要です。\n`
    })
    const article = join(work, 'japanese.md')
    writeFileSync(article, `---\nlang: ja\n---\n# ${words}\n\n${sections.join('\n')}`)
    const { out } = await exportSlides('japanese', article)
    let deck: OpenDeck | undefined
    try {
      deck = await openDeck(out, '?print-pdf')
      const starts = await deck.page.evaluate(() => {
        const found: string[] = []
        for (const element of document.querySelectorAll('.reveal h1, .reveal h2, .reveal li')) {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
          let top = Number.NEGATIVE_INFINITY
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node as Text
            const range = document.createRange()
            for (let index = 0; index < text.length; index++) {
              range.setStart(text, index)
              range.setEnd(text, index + 1)
              const { top: y, height } = range.getBoundingClientRect()
              if (height === 0) continue
              if (y > top + height / 2 && top !== Number.NEGATIVE_INFINITY) found.push(text.data[index])
              top = Math.max(top, y)
            }
          }
        }
        return found
      })
      // Lines did wrap, and none starts with a mark that belongs to the character before it.
      expect(starts.length).toBeGreaterThan(5)
      expect(starts.filter((character) => /[ーァィゥェォャュョッぁぃぅぇぉゃゅょっ]/u.test(character))).toEqual([])
    } finally {
      await closeDeck(deck)
    }
  })

  it('should load the fallback fonts from the deck’s folder when it is opened from disk', async () => {
    const page = await (await sharedBrowser()).newPage()
    try {
      await page.goto(pathToFileURL(join(work, 'hindi/index.html')).href, { waitUntil: 'load' })
      await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 15_000 })
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, ''))
      })
      expect(loaded).toContain('Noto Sans Devanagari')
    } finally {
      await page.close()
    }
  })

  it('should carry the fallback fonts inside a deck built as one file', async () => {
    const out = join(work, 'hindi-single')
    const result = await runCli(['build', join(fixtures, 'hindi.md'), '--single-file', '--out', out])
    expect(result.code, result.stderr).toBe(0)
    const page = await (await sharedBrowser()).newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    try {
      await page.goto(pathToFileURL(join(out, 'hindi.html')).href, { waitUntil: 'load' })
      await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 15_000 })
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, ''))
      })
      expect(loaded).toContain('Noto Sans Devanagari')
      expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'))).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('should set dir on the paragraphs and points that run the other way from the page', async () => {
    const html = readFileSync(join(work, 'arabic/index.html'), 'utf8')
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    expect(html).toMatch(/<li dir="ltr">The Unicode standard/)
    expect(html).toMatch(/<p dir="ltr">The Unicode standard/)

    // Without `lang`, a slide mostly in Hebrew runs right to left in an otherwise English deck.
    const dir = join(work, 'hebrew')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'talk.md'),
      '# Greetings\n\nAn English deck.\n\n## שלום עולם\n\nזוהי פסקה בעברית על **כתב עברי**.\n\n## Back in English\n\nMore prose.\n',
    )
    const result = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    const hebrew = readFileSync(join(dir, 'out/index.html'), 'utf8')
    expect(hebrew).toMatch(/<html lang="en" dir="ltr">/)
    expect(hebrew).toMatch(/<section id="[^"]*" class="lectern-slide[^"]*"[^>]*dir="rtl">\s*<h2>שלום עולם/)
    expect(hebrew).not.toMatch(/dir="rtl">\s*<h2>Back in English/)
    expect(readdirSync(join(dir, 'out/fonts')).some((file) => file.startsWith('noto-sans-hebrew-'))).toBe(true)
  })

  it('should warn once, with their code points, about characters no font in the deck draws', async () => {
    const dir = join(work, 'uncovered')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'talk.md'), '# Scripts\n\n## Georgian and Ethiopic\n\nგამარჯობა means hello, and so does ሰላም.\n')
    const result = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    const warnings = (result.stdout + result.stderr).split('\n').filter((line) => line.includes('no font in the deck draws'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/warning: no font in the deck draws გ U\+10D2, ა U\+10D0, .*ሰ U\+1230, ላ U\+120B, ም U\+121D/)
    expect(existsSync(join(dir, 'out/fonts'))).toBe(false)
  })

  it('should add no font file to an English deck', async () => {
    const { out, output } = await exportSlides('aws', awsArticle)
    expect(output).not.toMatch(/no font/)
    expect(existsSync(join(out, 'fonts'))).toBe(false)
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/script-fonts|dir="rtl"/)
    expect(readdirSync(join(out, 'assets')).filter((file) => file.includes('noto'))).toEqual([])
  })
})

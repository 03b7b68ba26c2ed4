import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import type { ContrastPair } from '../../src/theme/contrast.ts'
import { measureContrast } from '../../src/node/measure-contrast.ts'
import { scaffoldTheme } from '../../src/node/scaffold-theme.ts'
import { closeBrowser, closeDeck, openDeck, sharedBrowser, type OpenDeck } from '../helpers/deck-page.ts'

const root = join(import.meta.dirname, '../..')
const article = join(root, 'content/aws-founding-story.md')
const temp = await mkdtemp(join(tmpdir(), 'lectern-themes-'))

/** What each theme should look like, as the browser computes it. */
const expected = {
  lectern: {
    background: 'rgb(255, 255, 255)',
    body: 'rgb(31, 35, 40)',
    heading: 'rgb(13, 17, 23)',
    bodyFont: 'Inter',
    headingFont: 'Inter',
  },
  night: {
    background: 'rgb(15, 22, 38)',
    body: 'rgb(223, 230, 240)',
    heading: 'rgb(255, 255, 255)',
    bodyFont: 'Inter',
    headingFont: 'Space Grotesk',
  },
  meetup: {
    background: 'rgb(255, 250, 246)',
    body: 'rgb(35, 27, 46)',
    heading: 'rgb(59, 10, 120)',
    bodyFont: 'DM Sans',
    headingFont: 'Bricolage Grotesque',
  },
  brand: {
    background: 'rgb(244, 251, 246)',
    body: 'rgb(16, 42, 28)',
    heading: 'rgb(11, 77, 44)',
    bodyFont: 'DM Sans Variable',
    headingFont: 'Space Grotesk Variable',
  },
} as const

type ThemeName = keyof typeof expected

/** The look of the content slide `#/3` (The First Big Bets) and what the page loaded. */
async function inspect(deck: OpenDeck) {
  return deck.page.evaluate(async () => {
    await document.fonts.ready
    const slide = document.querySelector<HTMLElement>('#the-first-big-bets-s3-and-ec2')!
    const style = (selector: string, pseudo?: string) => getComputedStyle(slide.querySelector(selector) ?? slide, pseudo)
    // In lectern's print view the page's overlay draws the slide's logo and footer.
    const chrome = slide.closest('.pdf-page')?.querySelector('.lectern-page-overlay') ?? slide
    const loadedFonts = [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, ''))
    return {
      background: getComputedStyle(document.body).backgroundColor,
      body: style('li').color,
      heading: style('h2').color,
      bodyFont: style('li').fontFamily,
      headingFont: style('h2').fontFamily,
      logo: getComputedStyle(chrome, '::before').backgroundImage,
      footer: getComputedStyle(chrome, '::after').content,
      loadedFonts: [...new Set(loadedFonts)],
    }
  })
}

function offSite(deck: OpenDeck): string[] {
  return deck.requests.filter((url) => !url.startsWith(deck.server.url) && !url.startsWith('data:'))
}

const contrastByTheme: Record<string, ContrastPair[]> = {}

beforeAll(async () => {
  await sharedBrowser()
  await cp(join(root, 'tests/fixtures/themes/brand'), join(temp, 'brand'), { recursive: true })
})

afterAll(async () => {
  await closeBrowser()
  await rm(temp, { recursive: true, force: true })
  // The figures the README and the release notes quote.
  for (const [theme, pairs] of Object.entries(contrastByTheme)) {
    console.log(`${theme}: ${pairs.map((pair) => `${pair.name} ${pair.ratio.toFixed(2)}`).join(', ')}`)
  }
})

describe.each(Object.keys(expected) as ThemeName[])('the AWS talk in the %s theme', (theme) => {
  let deck: OpenDeck | undefined
  let outDir: string

  beforeAll(async () => {
    const spec = theme === 'brand' ? join(temp, 'brand') : theme
    const result = await buildDeck({ article, outDir: join(temp, `deck-${theme}`), overrides: { theme: spec }, checkContrast: false })
    outDir = result.outDir
    deck = await openDeck(outDir, '#/3')
  })
  afterAll(() => closeDeck(deck))

  it('should compute the theme colours and bundled fonts', async () => {
    const look = await inspect(deck!)
    const want = expected[theme]
    expect(look.background).toBe(want.background)
    expect(look.body).toBe(want.body)
    expect(look.heading).toBe(want.heading)
    // The first family named (Chromium quotes a name only where it needs to).
    const first = (fonts: string) => fonts.split(',')[0].replace(/"/g, '').trim()
    expect(first(look.bodyFont)).toBe(want.bodyFont)
    expect(first(look.headingFont)).toBe(want.headingFont)
    expect(look.loadedFonts).toEqual(expect.arrayContaining([want.bodyFont, want.headingFont]))
  })

  it('should load nothing from outside 127.0.0.1', async () => {
    await inspect(deck!)
    expect(deck!.errors).toEqual([])
    expect(offSite(deck!)).toEqual([])
    expect(deck!.requests.some((url) => url.endsWith('.woff2'))).toBe(true)
  })

  it('should meet WCAG AA for every text role', async () => {
    const pairs = await measureContrast(deck!.page)
    contrastByTheme[theme] = pairs
    expect(pairs.map((pair) => pair.name)).toEqual([
      'kicker',
      'headings',
      'body text',
      'links',
      'quotes',
      'code',
      'code keywords',
      'code strings',
      'code comments',
      'code numbers',
      'code names',
      'footer',
      'slide number',
      'title',
      'title description',
      'speaker notes',
    ])
    for (const pair of pairs)
      expect(pair.ratio, `${theme} ${pair.name} ${pair.foreground} on ${pair.background}`).toBeGreaterThanOrEqual(4.5)
  })

  // Only the themes that have a logo and a footer.
  if (theme === 'meetup' || theme === 'brand')
    it('should show the logo and footer, on screen and in print', async () => {
      const look = await inspect(deck!)
      expect(look.logo).toMatch(/^url\("data:image\/svg\+xml;base64,/)
      expect(look.footer).toMatch(/#(cloudbuilders|greenops)/)
      const print = await openDeck(outDir, '?print-pdf')
      try {
        await print.page.waitForSelector('.pdf-page')
        const printed = await inspect(print)
        expect({ ...printed, loadedFonts: [] }).toEqual({ ...look, loadedFonts: [] })
        const pageBackground = await print.page.$eval('.pdf-page', (page) => getComputedStyle(page).backgroundColor)
        expect(pageBackground).toBe(expected[theme].background)
      } finally {
        await closeDeck(print)
      }
    })
})

describe('custom themes at build time', () => {
  it('should warn with the colours and the ratio when a custom theme fails WCAG AA', async () => {
    const result = await buildDeck({
      article,
      outDir: join(temp, 'deck-low'),
      overrides: { theme: join(root, 'tests/fixtures/themes/low-contrast.css') },
    })
    const failing = result.contrast!.filter((pair) => !pair.passes).map((pair) => pair.name)
    // Pale body text: what follows from it (quotes, code, footer, slide number, description) is pale too.
    expect(failing).toEqual([
      'headings',
      'body text',
      'quotes',
      'code',
      'code keywords',
      'code strings',
      'code comments',
      'code numbers',
      'code names',
      'footer',
      'slide number',
      'title',
      'title description',
      'speaker notes',
    ])
    const messages = result.rendered.file.messages.map((message) => message.reason)
    expect(messages).toContain('theme contrast: body text #a0a4ab on #ffffff: 2.50:1, below the 4.5:1 WCAG AA asks for')
  })

  it('should build a scaffolded theme unchanged, looking like the default theme', async () => {
    await scaffoldTheme('fresh', temp)
    const result = await buildDeck({ article, outDir: join(temp, 'deck-fresh'), overrides: { theme: join(temp, 'themes/fresh') } })
    expect(result.contrast!.every((pair) => pair.passes)).toBe(true)
    expect(result.rendered.file.messages.filter((message) => message.ruleId === 'contrast')).toEqual([])
    const deck = await openDeck(result.outDir, '#/3')
    try {
      const { loadedFonts, ...look } = await inspect(deck)
      expect(look).toMatchObject({
        background: expected.lectern.background,
        body: expected.lectern.body,
        heading: expected.lectern.heading,
      })
      expect(loadedFonts).toContain('Inter')
      expect(offSite(deck)).toEqual([])
    } finally {
      await closeDeck(deck)
    }
  })

  it('should refuse an unknown theme, listing the available ones', async () => {
    await expect(buildDeck({ article, outDir: join(temp, 'deck-x'), overrides: { theme: 'disco' } })).rejects.toThrow(
      /unknown theme “disco”; available themes: .*lectern, meetup, night/,
    )
  })
})

import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { closeBrowser, closeDeck, openDeck, sharedBrowser, type OpenDeck } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-browser-'))
const awsArticle = fileURLToPath(new URL('../../content/aws-founding-story.md', import.meta.url))
const fixtures = fileURLToPath(new URL('../fixtures/decks/', import.meta.url))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

const indices = (page: Page) => page.evaluate(() => window.lectern!.reveal!.getIndices())

describe('the built AWS deck in Chromium', () => {
  let deck: OpenDeck
  let expectedSlides: number

  beforeAll(async () => {
    const result = await buildDeck({ article: awsArticle, outDir: join(work, 'aws') })
    expectedSlides = result.rendered.deck.slideCount
    deck = await openDeck(result.outDir)
  })
  afterAll(() => closeDeck(deck))

  it('should start Reveal with every slide and no console errors', async () => {
    const state = await deck.page.evaluate(() => ({
      ready: window.lectern!.reveal!.isReady(),
      total: window.lectern!.reveal!.getTotalSlides(),
      horizontal: document.querySelectorAll('.reveal .slides > section').length,
      notes: document.querySelectorAll('.reveal .slides aside.notes').length,
    }))
    // The title slide says nothing: the talk's opening has a slide of its own.
    expect(state).toEqual({ ready: true, total: expectedSlides, horizontal: 9, notes: expectedSlides - 1 })
    expect(deck.errors).toEqual([])
  })

  it('should make no request that leaves 127.0.0.1', () => {
    expect(deck.requests.filter((url) => !url.startsWith(deck.server.url) && !url.startsWith('data:'))).toEqual([])
  })

  it('should show slide numbers and keep the current slide in the URL hash', async () => {
    // The right arrow goes from the title to the first section; the talk's opening is under the title (down, or space).
    await deck.page.keyboard.press('ArrowRight')
    await deck.page.waitForFunction(() => location.hash === '#/seeds-in-amazons-own-codebase')
    const number = await deck.page.$eval('.slide-number', (element) => element.textContent?.replace(/\s/g, ''))
    expect(number).toBe(`3/${expectedSlides}`)
    await deck.page.keyboard.press('ArrowRight')
    await deck.page.keyboard.press('ArrowRight')
    expect(await indices(deck.page)).toMatchObject({ h: 3, v: 0 })
  })

  it('should open the overview with Escape', async () => {
    await deck.page.keyboard.press('Escape')
    await deck.page.waitForFunction(() => window.lectern!.reveal!.isOverview())
    await deck.page.keyboard.press('Escape')
    await deck.page.waitForFunction(() => !window.lectern!.reveal!.isOverview())
  })

  it('should open the speaker view on S, with the notes and the pacing timer', async () => {
    const browser = await sharedBrowser()
    const opened = new Promise<Page>((resolve) => browser.once('targetcreated', async (target) => resolve((await target.page()) as Page)))
    await deck.page.bringToFront()
    const expected = await deck.page.evaluate(() =>
      (window.lectern!.reveal!.getCurrentSlide().querySelector('aside.notes') as HTMLElement).innerText.trim().slice(0, 60),
    )
    await deck.page.keyboard.press('s')
    const speaker = await opened
    await speaker.waitForFunction(
      (text) => (document.querySelector('.speaker-controls-notes .value') as HTMLElement | null)?.innerText.includes(text),
      { timeout: 15_000 },
      expected,
    )
    // Reveal shows the pacing timer only when it has timings: the slides' data-timing.
    await speaker.waitForFunction(() => {
      const pacing = document.querySelector('.speaker-controls-time .pacing') as HTMLElement | null
      return pacing !== null && getComputedStyle(pacing).display !== 'none'
    })
    await speaker.close()
  })
})

describe('fixture decks in Chromium', () => {
  it.each(['lists-code-tables', 'images', 'headings', 'no-headings'])('should present %s without errors', async (name) => {
    const dir = join(work, `fixture-${name}`)
    cpSync(join(fixtures, name), dir, { recursive: true })
    const result = await buildDeck({ article: join(dir, 'input.md'), outDir: join(dir, 'deck') })
    const deck = await openDeck(result.outDir)
    try {
      const state = await deck.page.evaluate(() => ({
        total: window.lectern!.reveal!.getTotalSlides(),
        brokenImages: [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).length,
      }))
      expect(state).toEqual({ total: result.rendered.deck.slideCount, brokenImages: 0 })
      expect(deck.errors).toEqual([])
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('the print view (?print-pdf) in Chromium', () => {
  it.each(['lists-code-tables', 'images', 'headings'])(
    'should put each slide of %s on a page of its own, nothing positioned',
    async (name) => {
      const dir = join(work, `print-${name}`)
      cpSync(join(fixtures, name), dir, { recursive: true })
      const result = await buildDeck({ article: join(dir, 'input.md'), outDir: join(dir, 'deck') })
      // As the exporter opens it: laid out for print only, fonts loaded before pdf-ready.
      const deck = await openDeck(result.outDir, '?print-pdf&pdf-export')
      try {
        await deck.page.emulateMediaType('print')
        const state = await deck.page.evaluate(() => {
          const pages = [...document.querySelectorAll('.reveal .slides > .pdf-page')]
          // Positioned, transformed or scrolling boxes make Chromium's print slow down with every page.
          const layered: string[] = []
          for (const element of document.querySelectorAll('.reveal .slides *')) {
            for (const pseudo of [null, '::before', '::after']) {
              const style = getComputedStyle(element, pseudo)
              if (style.display === 'none' || (pseudo && style.content === 'none')) continue
              const scrolls = ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY)
              if (style.position !== 'static' || style.transform !== 'none' || scrolls)
                layered.push(`${element.tagName}.${element.className}${pseudo ?? ''}`)
            }
          }
          return {
            pages: pages.length,
            sectionsPerPage: [...new Set(pages.map((page) => page.querySelectorAll('section').length))],
            numbers: pages.map((page) => page.querySelector('.slide-number-pdf')?.textContent),
            layered: [...new Set(layered)],
            brokenImages: [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).length,
            fonts: [
              ...new Set([...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, ''))),
            ].sort(),
          }
        })
        const total = result.rendered.deck.slideCount
        const code = name === 'lists-code-tables' ? ['JetBrains Mono'] : []
        expect(state).toEqual({
          pages: total,
          sectionsPerPage: [1],
          numbers: Array.from({ length: total }, (_, index) => `${index + 1} / ${total}`),
          layered: [],
          brokenImages: 0,
          fonts: ['Inter', ...code],
        })
        expect(deck.errors).toEqual([])
      } finally {
        await closeDeck(deck)
      }
    },
  )

  it('should draw bullets as a character, in a font loaded before pdf-ready even where the theme has none of it', async () => {
    // The meetup theme sets its text in DM Sans; the bullet's round dot comes from Inter.
    const dir = join(work, 'print-bullets')
    cpSync(join(fixtures, 'lists-code-tables'), dir, { recursive: true })
    const result = await buildDeck({ article: join(dir, 'input.md'), outDir: join(dir, 'deck'), overrides: { theme: 'meetup' } })
    const deck = await openDeck(result.outDir, '?print-pdf&pdf-export')
    try {
      const bullet = await deck.page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('ul.lectern-points > li:not(.lectern-lead-in)')!, '::before')
        return {
          content: style.content,
          shape: style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.borderRadius !== '0px',
          loaded: document.fonts.check(`${style.fontSize} ${style.fontFamily}`, '•'),
          textFont: getComputedStyle(document.querySelector('ul.lectern-points > li:not(.lectern-lead-in)')!).fontFamily,
        }
      })
      expect(bullet).toMatchObject({ content: '"•"', shape: false, loaded: true })
      expect(bullet.textFont).toContain('DM Sans')
      expect(deck.errors).toEqual([])
    } finally {
      await closeDeck(deck)
    }
  })
})

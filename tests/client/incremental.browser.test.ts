import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { BrowserSession, exportPdfs } from '../../src/pdf/index.ts'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck, sharedBrowser, type OpenDeck } from '../helpers/deck-page.ts'
import { readPdf, type ReadPdf } from '../helpers/read-pdf.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-incremental-'))
const article = fileURLToPath(new URL('../fixtures/incremental/talk.md', import.meta.url))

/** Per slide id, how many fragment steps it has (one more than its fragments: none shown first). */
type Steps = Record<string, number>

let deckDir: string
let steps: Steps
let deck: OpenDeck

beforeAll(async () => {
  const built = await buildDeck({ article, outDir: join(work, 'deck') })
  deckDir = built.outDir
  deck = await openDeck(deckDir)
  steps = await deck.page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.reveal .slides section[id]')].map((slide) => [
        slide.id,
        slide.querySelectorAll('.fragment').length + 1,
      ]),
    ),
  )
})

afterAll(async () => {
  await closeDeck(deck)
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/** The texts of the current slide's points and list items that are shown, once their fading has settled. */
const shownItems = async (page: Page) => {
  await new Promise((resolve) => setTimeout(resolve, 400))
  return page.evaluate(() =>
    [...window.lectern!.reveal!.getCurrentSlide().querySelectorAll('li')]
      .filter((item) => getComputedStyle(item).visibility === 'visible')
      .map((item) => item.textContent!.trim()),
  )
}

/**
 * Code lines, emphasised (`on`) or dimmed, once their fading has settled: on the current
 * slide, or on the print view's page `page` (counted from 0).
 */
async function codeLines(page: Page, printed?: number): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 400))
  return page.evaluate((printed) => {
    const scope = printed === undefined ? window.lectern!.reveal!.getCurrentSlide() : document.querySelectorAll('.pdf-page')[printed]
    return [...scope.querySelectorAll('.lectern-line')].map(
      (line) => `${Number(getComputedStyle(line).opacity) > 0.9 ? 'on' : 'dim'}: ${line.textContent}`,
    )
  }, printed)
}

describe('a deck with incremental: true, on screen', () => {
  it('should make the points and list items fragments, and leave the title and statement slides whole', () => {
    expect(steps).toEqual({ title: 1, 'the-memory-wall': 4, fruit: 4, code: 2, quiet: 1 })
    expect(deck.errors).toEqual([])
  })

  it('should show one more item at each step, the heading first', async () => {
    const reveal = (call: string) => deck.page.evaluate(call)
    await reveal('window.lectern.reveal.slide(1, 0, -1)')
    const seen: string[][] = [await shownItems(deck.page)]
    for (let step = 1; step < steps['the-memory-wall']; step++) {
      await reveal('window.lectern.reveal.next()')
      seen.push(await shownItems(deck.page))
    }
    expect(seen.map((items) => items.length)).toEqual([0, 1, 2, 3])
    expect(seen[3].slice(0, 2)).toEqual(seen[2])
    // Past the last item, the next slide.
    await reveal('window.lectern.reveal.next()')
    expect(await deck.page.evaluate(() => window.lectern!.reveal!.getCurrentSlide().id)).toBe('fruit')
  })

  it('should emphasise the lines of each code step, dimming the others', async () => {
    await deck.page.evaluate(() => window.lectern!.reveal!.slide(3, 0, -1))
    expect(await codeLines(deck.page)).toEqual([
      'on: let sum = 0',
      'on: for (const x of a) sum += x',
      'dim: // and then',
      'dim: console.log(sum)',
    ])
    await deck.page.evaluate(() => window.lectern!.reveal!.next())
    expect(await codeLines(deck.page)).toEqual([
      'dim: let sum = 0',
      'dim: for (const x of a) sum += x',
      'dim: // and then',
      'on: console.log(sum)',
    ])
    // Back one step: the first step's lines again.
    await deck.page.evaluate(() => window.lectern!.reveal!.prev())
    expect((await codeLines(deck.page)).filter((line) => line.startsWith('on'))).toHaveLength(2)
  })

  it('should keep the slide’s notes and pacing in the speaker view while its items build up', async () => {
    await deck.page.evaluate(() => window.lectern!.reveal!.slide(1, 0, -1))
    const browser = await sharedBrowser()
    const opened = new Promise<Page>((resolve) => browser.once('targetcreated', async (target) => resolve((await target.page()) as Page)))
    await deck.page.bringToFront()
    await deck.page.keyboard.press('s')
    const speaker = await opened
    try {
      const notes = () =>
        speaker.evaluate(() => (document.querySelector('.speaker-controls-notes .value') as HTMLElement | null)?.innerText ?? '')
      await speaker.waitForFunction(
        () => (document.querySelector('.speaker-controls-notes .value') as HTMLElement | null)?.innerText.includes('Processors got faster'),
        { timeout: 15_000 },
      )
      for (let step = 1; step < steps['the-memory-wall']; step++) {
        await deck.page.evaluate(() => window.lectern!.reveal!.next())
        // The speaker view's own copy of the deck follows, fragment by fragment.
        await speaker.waitForFunction(
          (fragment) => {
            const frame = document.querySelector('#current-slide iframe') as HTMLIFrameElement | null
            return (frame?.contentWindow as Window | null)?.lectern?.reveal?.getIndices().f === fragment
          },
          { timeout: 15_000 },
          step - 1,
        )
        // Every paragraph of the slide, at every step.
        const text = await notes()
        for (const paragraph of ['Processors got faster', 'A cache keeps recent data', 'Most programs reuse'])
          expect(text).toContain(paragraph)
      }
      await speaker.waitForFunction(() => {
        const pacing = document.querySelector('.speaker-controls-time .pacing') as HTMLElement | null
        return pacing !== null && getComputedStyle(pacing).display !== 'none'
      })
    } finally {
      await speaker.close()
    }
  })

  it('should time each slide as without build-up', async () => {
    const plain = await buildDeck({ article, outDir: join(work, 'plain'), overrides: { incremental: false } })
    const timings = (html: string) => [...html.matchAll(/data-timing="(\d+)"/g)].map((match) => match[1])
    const incremental = await buildDeck({ article, outDir: join(work, 'again') })
    expect(timings(incremental.rendered.html)).toEqual(timings(plain.rendered.html))
    expect(plain.rendered.html).not.toContain('<li class="fragment')
  })
})

describe('the PDFs of a deck that builds up', () => {
  let session: BrowserSession
  let stepped: ReadPdf
  let whole: ReadPdf
  let handout: ReadPdf

  beforeAll(async () => {
    session = new BrowserSession({ timeout: 60_000 })
    await exportPdfs({ deck: deckDir, outDir: join(work, 'steps'), pdfs: ['slides'], fragments: true, session })
    await exportPdfs({ deck: deckDir, outDir: join(work, 'whole'), session })
    ;[stepped, whole, handout] = await Promise.all([
      readPdf(join(work, 'steps', 'slides.pdf')),
      readPdf(join(work, 'whole', 'slides.pdf')),
      readPdf(join(work, 'whole', 'handout.pdf')),
    ])
  })
  afterAll(() => session?.close())

  it('should give each step a page with --fragments, numbered by slide and step', () => {
    const counts = Object.values(steps)
    expect(stepped.pages).toBe(counts.reduce((sum, count) => sum + count, 0))
    const labels = stepped.text.map((text) => /(\d+(?:\.\d+)?) \/ 5/.exec(text)?.[1])
    expect(labels).toEqual(['1', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.3', '4', '4.1', '5'])
  })

  it('should show more of a slide on each of its step pages', () => {
    // The Memory Wall's points, on pages 2 to 5 (1-based): none, then one more on each.
    const points = (page: number) =>
      stepped.text[page]
        .replace(/\d+(?:\.\d+)? \/ 5/, '')
        .split('•')
        .slice(1)
        .map((point) => point.trim())
    const shown = [1, 2, 3, 4].map(points)
    expect(shown.map((list) => list.length)).toEqual([0, 1, 2, 3])
    for (let step = 1; step < shown.length; step++) expect(shown[step].slice(0, step - 1)).toEqual(shown[step - 1])
    expect(shown[3][2]).toContain('Most programs reuse the data')
    // Fruit's items: one more on each page (each after the dash that marks the article's own list items).
    expect(stepped.text[8].replace(/–\s*/g, '')).toContain('Apples from the north orchard Oranges from the south Pears that nobody wanted')
    expect(stepped.text[7]).not.toContain('Pears')
    // One bookmark per slide, on its first step.
    expect(stepped.outline.map((bookmark) => [bookmark.title, bookmark.page])).toEqual([
      ['Caches in Steps', 0],
      ['The Memory Wall', 1],
      ['Fruit', 5],
      ['Code', 9],
      ['Quiet', 11],
    ])
  })

  it('should print each slide complete without --fragments, and in the handout', () => {
    expect(whole.pages).toBe(Object.keys(steps).length)
    expect(whole.text[1]).toContain('Most programs reuse the data')
    expect(whole.text[2]).toContain('Pears that nobody wanted')
    const handoutText = handout.text.join(' ')
    for (const item of [
      'Processors got faster every year',
      'Most programs reuse the data',
      'Apples from the north orchard',
      'Pears that nobody wanted',
      'console.log(sum)',
    ])
      expect(handoutText).toContain(item)
    expect(handout.pages).toBe(Object.keys(steps).length)
  })

  it('should print the code steps on their pages with --fragments, and plain code otherwise', async () => {
    const print = await openDeck(deckDir, '?print-pdf&pdf-fragments')
    try {
      expect(await codeLines(print.page, 9)).toEqual([
        'on: let sum = 0',
        'on: for (const x of a) sum += x',
        'dim: // and then',
        'dim: console.log(sum)',
      ])
      expect((await codeLines(print.page, 10)).filter((line) => line.startsWith('on'))).toEqual(['on: console.log(sum)'])
    } finally {
      await closeDeck(print)
    }
    const plain = await openDeck(deckDir, '?print-pdf')
    try {
      const lines = await codeLines(plain.page, 3)
      expect(lines).toHaveLength(4)
      expect(lines.every((line) => line.startsWith('on'))).toBe(true)
    } finally {
      await closeDeck(plain)
    }
  })
})

describe('lectern build --incremental', () => {
  it('should build up a deck whose frontmatter does not ask for it, and warn about bad line steps at their line', async () => {
    const dir = join(work, 'cli')
    mkdirSync(dir)
    const talk = join(dir, 'talk.md')
    writeFileSync(talk, readFileSync(article, 'utf8').replace('incremental: true\n', '').replace('{1-2|4}', '{1-2|9}'))
    const result = await runCli(['build', talk, '--out', join(dir, 'deck'), '--incremental', '--quiet'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('talk.md:26:1: warning: Line steps `1-2|9` ignored: line 9 is outside the block (lines 1 to 4)')
    const html = readFileSync(join(dir, 'deck', 'index.html'), 'utf8')
    expect(html.match(/<li class="fragment">/g)).toHaveLength(6)
    expect(html).not.toContain('lectern-line')
  })
})

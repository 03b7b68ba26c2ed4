import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'puppeteer-core'
import type { VFile } from 'vfile'
import { formatDuration, parseDuration } from '../core/duration.ts'
import type { RenderedDeck } from '../core/render.ts'
import { describeFailure } from '../theme/contrast.ts'
import { closeBrowser, launchBrowser } from './browser/index.ts'
import { measureContrast } from './measure-contrast.ts'
import { serveStatic } from './serve.ts'
import type { SlideFit } from '../client/fit.ts'

/** A slide whose content was shrunk to fit, as the deck app reports it (`window.lectern.fit`). */
export type FittedSlide = SlideFit

/** What `checkDeck` reads from the built deck in the browser. */
interface DeckFindings {
  fit: FittedSlide[]
  points: Array<{ text: string; slide: string; line?: number; column?: number }>
  images: Array<{ src: string; slide: string; line?: number; column?: number }>
}

/** A talk's estimated length may differ this much from the `duration` it is meant to fill. */
const durationTolerance = 0.15

/** Scripts that mostly do without spaces: their points are judged by characters, not words. */
const spaceless = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/

/**
 * Warn on `file` about each slide that is cut off even at the smallest readable scale: at the
 * line where the slide starts in the article. `lectern pdf` and `lectern check` share it.
 */
export function warnOverflows(file: VFile, fits: Array<FittedSlide & { views?: View[] }>): void {
  for (const slide of fits.filter((fit) => fit.overflow)) {
    const where = slide.views?.length === 1 ? (slide.views[0] === 'screen' ? ' on screen' : ' in print') : ''
    file.message(
      `slide “${slide.title}” does not fit${where}, even shrunk to ${Math.round(slide.scale * 100)}%: part of it is cut off; split it or shorten it`,
      {
        place: slide.line ? { line: slide.line, column: slide.column ?? 1 } : undefined,
        ruleId: 'overflow',
        source: 'lectern',
      },
    )
  }
}

/** Where a deck is shown: Reveal on screen, or lectern's print view (both PDFs). */
export type View = 'screen' | 'print'

/**
 * The slides that overflow in either view, each once (the smaller scale of the two), with the
 * views it overflows in: the screen and print lay out apart, and a slide may fit in one only. Pure.
 */
export function overflowsIn(fits: Record<View, FittedSlide[]>): Array<FittedSlide & { views: View[] }> {
  const found = new Map<string, FittedSlide & { views: View[] }>()
  for (const view of ['screen', 'print'] as const) {
    for (const fit of fits[view].filter((each) => each.overflow)) {
      const seen = found.get(fit.id)
      if (seen) {
        seen.views.push(view)
        seen.scale = Math.min(seen.scale, fit.scale)
      } else found.set(fit.id, { ...fit, views: [view] })
    }
  }
  // In article order, as the warnings read.
  return [...found.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/**
 * A lint for talks: opens the built deck in Chromium (on screen, and in lectern's print
 * view, where every slide is laid out and fitted at once) and adds a warning to `file` for each slide that is
 * cut off, each key point that reads badly (cut short with “…”, one or two words), each
 * picture without alt text, each theme colour below WCAG AA, and a talk whose estimated
 * length is more than 15% off the frontmatter's `duration`.
 */
export async function checkDeck(deckDir: string, rendered: RenderedDeck, options: { executablePath?: string } = {}): Promise<void> {
  const { file } = rendered
  await checkDuration(rendered)
  const browser = await launchBrowser({ executablePath: options.executablePath })
  const server = await serveStatic(deckDir)
  try {
    const page = await openDeck(browser, `${server.url}?print-pdf`)
    const findings = await readFindings(page)
    warnOverflows(file, overflowsIn({ screen: await readFit(browser, server.url), print: findings.fit }))
    for (const point of findings.points) {
      const problem = pointProblem(point.text)
      if (problem)
        file.message(`key point “${point.text}” on slide “${point.slide}” ${problem}`, {
          place: place(point),
          ruleId: 'key-point',
          source: 'lectern',
        })
    }
    for (const image of findings.images) {
      file.message(`image ${image.src} on slide “${image.slide}” has no alt text: describe it in ![…](…) for those who cannot see it`, {
        place: place(image),
        ruleId: 'alt-text',
        source: 'lectern',
      })
    }
    for (const pair of (await measureContrast(page)).filter((pair) => !pair.passes)) {
      file.message(`theme contrast: ${describeFailure(pair)}`, { ruleId: 'contrast', source: 'lectern' })
    }
  } finally {
    await server.close()
    await closeBrowser(browser)
  }
}

/** Open a built, served deck's page (`url` with its query) and wait until the deck app has laid it out and fitted it. */
async function openDeck(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 30_000 })
  return page
}

/** How the deck app fitted a built deck's slides on screen and in its print view (`?print-pdf`), in an open browser. */
export async function measureFit(browser: Browser, deckDir: string): Promise<{ screen: FittedSlide[]; print: FittedSlide[] }> {
  const server = await serveStatic(deckDir)
  try {
    return { screen: await readFit(browser, server.url), print: await readFit(browser, `${server.url}?print-pdf`) }
  } finally {
    await server.close()
  }
}

/** How the deck app fitted the slides of the deck page at `url`, in a page of its own. */
async function readFit(browser: Browser, url: string): Promise<FittedSlide[]> {
  const page = await openDeck(browser, url)
  try {
    // A string, not a function: nothing of the caller's compiled code (a bundler's helpers) travels into the page.
    return (await page.evaluate('window.lectern?.fit ?? []')) as FittedSlide[]
  } finally {
    await page.close()
  }
}

function place(where: { line?: number; column?: number }) {
  return where.line ? { line: where.line, column: where.column ?? 1 } : undefined
}

/** What is wrong with a key point as a user would present it, if anything. Pure. */
export function pointProblem(text: string): string | undefined {
  const point = text.trim()
  if (/(…|\.\.\.)$/.test(point)) return 'is cut short (it ends in “…”): write a shorter sentence or **bold** the phrase to show'
  if (!spaceless.test(point) && point.split(/\s+/).filter(Boolean).length <= 2)
    return 'is only one or two words: **bold** a longer phrase, or none'
  return undefined
}

/** Warn when the frontmatter's `duration` and the estimated length differ by more than 15%. */
async function checkDuration({ deck, file }: RenderedDeck): Promise<void> {
  const value = file.data.frontmatter?.duration
  if (value === undefined) return
  const target = parseDuration(value)
  const place = (await durationLine(file)) ?? file.data.frontmatterPosition
  if (target === undefined) {
    file.message(`frontmatter \`duration\` should be a length such as 20m, 1h or 25:00, not “${String(value)}”`, {
      place,
      ruleId: 'duration',
      source: 'lectern',
    })
    return
  }
  const off = (deck.seconds - target) / target
  if (Math.abs(off) <= durationTolerance) return
  const how = off > 0 ? 'longer' : 'shorter'
  file.message(
    `the talk is estimated at ${formatDuration(deck.seconds)}, ${Math.round(Math.abs(off) * 100)}% ${how} than its duration of ${formatDuration(target)} (at ${deck.options.wordsPerMinute} words per minute)`,
    { place, ruleId: 'duration', source: 'lectern' },
  )
}

/** Where the frontmatter sets `duration` (the file now holds the deck's HTML: the article is read again). */
async function durationLine(file: VFile): Promise<{ line: number; column: number } | undefined> {
  const end = file.data.frontmatterPosition?.end.line
  const lines = (await readFile(file.path, 'utf8').catch(() => '')).split('\n', end)
  const index = lines.findIndex((line) => /^duration\s*:/.test(line))
  return index === -1 ? undefined : { line: index + 1, column: 1 }
}

/** Everything checked in the page, read in one round trip. */
function readFindings(page: Page): Promise<DeckFindings> {
  return page.evaluate(() => {
    const where = (element: Element) => {
      const section = element.closest<HTMLElement>('section[id]')
      return {
        slide: section?.dataset.lecternTitle ?? section?.id ?? '',
        line: section?.dataset.line ? Number(section.dataset.line) : undefined,
        column: section?.dataset.column ? Number(section.dataset.column) : undefined,
      }
    }
    const slides = document.querySelector('.reveal .slides')!
    return {
      // The deck app's contract (its own typings are not part of the node layer's).
      fit: (window as unknown as { lectern?: { fit?: FittedSlide[] } }).lectern?.fit ?? [],
      points: [...slides.querySelectorAll('.lectern-points > li')].map((item) => ({
        // A step's number is not part of its point.
        text: [...item.childNodes]
          .filter((node) => !(node instanceof Element && node.classList.contains('lectern-step')))
          .map((node) => node.textContent ?? '')
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
        ...where(item),
      })),
      images: [...slides.querySelectorAll('img')]
        .filter((image) => !image.closest('aside.notes') && !(image.getAttribute('alt') ?? '').trim())
        .map((image) => ({ src: image.getAttribute('src') ?? '', ...where(image) })),
    }
  })
}

import { join } from 'node:path'
import { writeFileAtomic } from '../node/write-atomic.ts'
import { BrowserSession } from './browser-session.ts'
import { serveDeck } from './served-deck.ts'
import { waitFor } from './wait-for.ts'

/** What `exportPngs` needs: a built deck and where to put its pictures. */
export interface PngOptions {
  /** A built deck: a folder with index.html, or an http(s) URL. */
  deck: string
  /** Folder the pictures go in: `outDir/png/01.png`, … */
  outDir: string
  /** Device pixels per CSS pixel: 1 gives 1280×720 for a 16:9 deck, 2 gives 2560×1440. Default 1. */
  scale?: number
  /** Slides to picture, counted from 1; default every slide. */
  only?: Set<number>
  /** Milliseconds allowed for each wait; default 60 000. */
  timeout?: number
  executablePath?: string
  signal?: AbortSignal
  /** A session already started; closed by its owner. */
  session?: BrowserSession
  /** Called after each picture is written. */
  onPicture?: (file: string, index: number, total: number) => void
}

/**
 * A PNG picture of each slide, from the same print view as slides.pdf (every fragment shown,
 * logo, footer and slide number as printed), in one page load: each slide's area of the
 * page, clipped at the deck's own size times `scale`. Each file is written atomically.
 */
export async function exportPngs(options: PngOptions): Promise<string[]> {
  const timeout = options.timeout ?? 60_000
  const { signal } = options
  const served = await serveDeck(options.deck)
  const session = options.session ?? new BrowserSession({ executablePath: options.executablePath, timeout, signal })
  session.foreground()
  try {
    const view = await session.openPrintView(served.url, '?print-pdf', { what: 'the slide pictures' })
    const { page } = view
    const size = (await page.evaluate('[window.lectern.config.reveal.width, window.lectern.config.reveal.height]')) as [number, number]
    const pageSize = view.pageSize ?? { width: size[0], height: size[1] }
    // The device scale makes the margined area (see withMargin) come out at the deck's own size.
    const [marginX, marginY] = margins(size[0], size[1])
    const deviceScaleFactor = ((options.scale ?? 1) * size[0]) / (size[0] + 2 * marginX)
    // Tall enough for one slide and its margin: each is scrolled into view and captured there
    // (a capture beyond the viewport at a device scale other than 1 misses its clip).
    await page.setViewport({ width: Math.max(pageSize.width, size[0] + 2 * marginX), height: size[1] + 2 * marginY + 2, deviceScaleFactor })
    await page.evaluate('document.fonts.ready')
    // Where each slide lies on the laid-out pages, in document coordinates.
    const boxes = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides .pdf-page')].map((sheet) => {
      const section = sheet.querySelector('section')
      const box = (section ?? sheet).getBoundingClientRect()
      return { x: box.left + scrollX, y: box.top + scrollY }
    })`)) as Array<{ x: number; y: number }>
    const total = boxes.length
    const digits = Math.max(2, String(total).length)
    const written: string[] = []
    for (const [index, box] of boxes.entries()) {
      if (options.only && !options.only.has(index + 1)) continue
      signal?.throwIfAborted()
      const clip = withMargin(box, size[0], size[1])
      await page.evaluate(`scrollTo(0, ${clip.y})`)
      const picture = await waitFor(
        page.screenshot({ type: 'png', captureBeyondViewport: false, clip }),
        `the picture of slide ${index + 1}`,
        timeout,
        signal,
      )
      const file = join(options.outDir, 'png', `${String(index + 1).padStart(digits, '0')}.png`)
      await writeFileAtomic(file, picture)
      written.push(file)
      options.onPicture?.(file, index, total)
    }
    return written
  } finally {
    if (!options.session) await session.close()
    await served.close()
  }
}

/**
 * A margin around the slide, as on a printed page: about 16 pixels across, in the slide's own
 * proportions (16 × 9 for 16:9), so that the margined area scales to exactly the slide's size.
 */
function margins(width: number, height: number): [number, number] {
  const divisor = gcd(width, height)
  const [unitX, unitY] = [width / divisor, height / divisor]
  const times = Math.max(0, Math.floor(20 / unitX))
  return [unitX * times, unitY * times]
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

/** The slide's area with its margin, in whole pixels: Chromium rounds a fractional clip down. */
function withMargin(slide: { x: number; y: number }, width: number, height: number) {
  const [marginX, marginY] = margins(width, height)
  return { x: Math.round(slide.x) - marginX, y: Math.round(slide.y) - marginY, width: width + 2 * marginX, height: height + 2 * marginY }
}

/** `--only 1,3-5` as slide numbers; `undefined` for none given. Throws a message for anything else. */
export function parseSlideList(value: string | undefined): Set<number> | undefined {
  if (value === undefined) return undefined
  const slides = new Set<number>()
  for (const part of value.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part)
    if (!match) throw new RangeError(`“${part.trim()}” is not a slide number or a range such as 3-5`)
    const from = Number(match[1])
    const to = match[2] === undefined ? from : Number(match[2])
    if (from < 1 || to < from || to - from > 10_000) throw new RangeError(`“${part.trim()}” is not a range of slides from 1 up`)
    for (let slide = from; slide <= to; slide++) slides.add(slide)
  }
  return slides
}

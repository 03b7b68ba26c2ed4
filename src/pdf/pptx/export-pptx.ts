import { join, resolve } from 'node:path'
import type { Page } from 'puppeteer-core'
import { LecternError } from '../../core/errors.ts'
import { writeFileAtomic } from '../../node/write-atomic.ts'
import { BrowserSession } from '../browser-session.ts'
import { serveDeck } from '../served-deck.ts'
import { waitFor } from '../wait-for.ts'
import { buildPptx } from './build-pptx.ts'
import { pictureType } from './picture-type.ts'
import { readSlides } from './read-slides.ts'
import type { Box, DeckSnapshot, PictureData, SlideItem } from './slide-snapshot.ts'

/** What `exportPptx` needs: a built deck and where to put slides.pptx. */
export interface PptxOptions {
  /** A built deck: a folder with index.html, or an http(s) URL. */
  deck: string
  /** Folder for slides.pptx. */
  outDir: string
  /** Milliseconds allowed for each wait; default 60 000. */
  timeout?: number
  executablePath?: string
  signal?: AbortSignal
  /** A session already started (the browser launches while the deck builds); closed by its owner. */
  session?: BrowserSession
  /** Called as the export progresses; the exporter itself never prints. */
  onProgress?: (event: PptxProgress) => void
}

/** What the PowerPoint export reports while it runs. */
export type PptxProgress =
  | { step: 'browser' }
  | { step: 'read'; slides: number }
  | { step: 'pictures'; pictures: number }
  | { step: 'write'; slides: number }

/** One short line per event, for the progress line. Pure. */
export function describePptxProgress(event: PptxProgress): string {
  switch (event.step) {
    case 'browser':
      return 'browser: ready'
    case 'read':
      return `render: slides.pptx, ${event.slides} slide${event.slides === 1 ? '' : 's'}`
    case 'pictures':
      return `render: ${event.pictures} picture${event.pictures === 1 ? '' : 's'}`
    case 'write':
      return `write: slides.pptx, ${event.slides} slide${event.slides === 1 ? '' : 's'}`
  }
}

/** The written file. */
export interface ExportedPptx {
  file: string
  slides: number
  bytes: number
}

/** Device pixels per CSS pixel for formulas and pictures captured from the page: sharp when projected. */
const captureScale = 2

/**
 * Export a built deck to PowerPoint: one page load of its print view, each slide read from the
 * laid-out page (text, lists, tables, pictures, colours), formulas and pictures PowerPoint
 * cannot take captured from it, then slides.pptx written atomically. The browser (unless
 * passed in) and the server are closed whatever happens.
 */
export async function exportPptx(options: PptxOptions): Promise<ExportedPptx> {
  const timeout = options.timeout ?? 60_000
  const { signal } = options
  const report = options.onProgress ?? (() => {})
  const served = await serveDeck(options.deck)
  const session = options.session ?? new BrowserSession({ executablePath: options.executablePath, timeout, signal })
  session.foreground()
  try {
    const view = await session.openPrintView(served.url, '?print-pdf', { what: 'slides.pptx' })
    report({ step: 'browser' })
    const { page } = view
    const size = (await page.evaluate('[window.lectern.config.reveal.width, window.lectern.config.reveal.height]')) as [number, number]
    const pageSize = view.pageSize ?? { width: size[0], height: size[1] }
    const viewport = { width: Math.max(pageSize.width, size[0]), height: size[1] + 40, deviceScaleFactor: captureScale }
    await page.setViewport(viewport)
    await page.evaluate('document.fonts.ready')
    const deck = (await waitFor(page.evaluate(readSlides), 'the slides to be read', timeout, signal).catch((error: unknown) => {
      throw error instanceof LecternError
        ? error
        : new LecternError(`could not read the deck's slides: ${firstLine(error)}`, { cause: error })
    })) as DeckSnapshot
    report({ step: 'read', slides: deck.slides.length })
    const pictures = await collectPictures(page, deck, served.url, { timeout, signal, viewportHeight: viewport.height })
    report({ step: 'pictures', pictures: pictures.size })
    signal?.throwIfAborted()
    const data = await buildPptx(
      deck,
      { title: view.meta.title, author: view.meta.author, subject: view.meta.description, lang: view.meta.lang },
      pictures,
    ).catch((error: unknown) => {
      throw new LecternError(`could not write slides.pptx: ${firstLine(error)}`, { cause: error })
    })
    const file = resolve(join(options.outDir, 'slides.pptx'))
    signal?.throwIfAborted()
    report({ step: 'write', slides: deck.slides.length })
    await writeFileAtomic(file, data)
    return { file, slides: deck.slides.length, bytes: data.length }
  } finally {
    if (!options.session) await session.close()
    await served.close()
  }
}

/** The bytes of every picture on the slides: the deck's own files as they are, everything else captured. */
async function collectPictures(
  page: Page,
  deck: DeckSnapshot,
  deckUrl: string,
  limits: CaptureLimits,
): Promise<Map<SlideItem, PictureData>> {
  const pictures = new Map<SlideItem, PictureData>()
  const origin = new URL(deckUrl).origin
  for (const slide of deck.slides) {
    for (const item of slide.items) {
      if (item.kind !== 'picture') continue
      limits.signal?.throwIfAborted()
      const where = { x: slide.origin.x + item.box.x, y: slide.origin.y + item.box.y, w: item.box.w, h: item.box.h }
      const capture = () => capturePng(page, where, limits)
      const { source } = item
      if ('svg' in source) {
        pictures.set(item, { data: dataUrl('image/svg+xml', Buffer.from(source.svg)), fallback: await capture() })
      } else if ('url' in source) {
        const file = await fetchPicture(source.url, origin)
        if (file?.type === 'image/svg+xml') pictures.set(item, { data: dataUrl(file.type, file.bytes), fallback: await capture() })
        else pictures.set(item, file ? { data: dataUrl(file.type, file.bytes) } : { data: await capture() })
      } else {
        pictures.set(item, { data: await capture() })
      }
    }
  }
  return pictures
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]
}

function dataUrl(type: string, bytes: Uint8Array): string {
  return `${type};base64,${Buffer.from(bytes).toString('base64')}`
}

/**
 * A picture of the deck's own (served from its folder, or a data: URL of its theme) in a
 * format PowerPoint reads everywhere, by its bytes; `undefined` for anything else, which is
 * captured from the page instead. Nothing is fetched from anywhere but the deck's server.
 */
async function fetchPicture(url: string, deckOrigin: string): Promise<{ type: string; bytes: Uint8Array } | undefined> {
  if (!url.startsWith('data:') && new URL(url).origin !== deckOrigin) return undefined
  const response = await fetch(url).catch(() => undefined)
  if (!response?.ok) return undefined
  const bytes = new Uint8Array(await response.arrayBuffer())
  const type = pictureType(bytes)
  return type ? { type, bytes } : undefined
}

interface CaptureLimits {
  timeout: number
  signal?: AbortSignal
  /** The tab's height: a taller area is captured beyond it. */
  viewportHeight: number
}

/** A PNG of one area of the page (in document coordinates), scrolled into view first. */
async function capturePng(page: Page, area: Box, limits: CaptureLimits): Promise<string> {
  const clip = {
    x: Math.max(0, Math.floor(area.x)),
    y: Math.max(0, Math.floor(area.y)),
    width: Math.max(1, Math.ceil(area.w)),
    height: Math.max(1, Math.ceil(area.h)),
  }
  await page.evaluate(`scrollTo(0, ${clip.y})`)
  const png = await waitFor(
    page.screenshot({ type: 'png', captureBeyondViewport: clip.height > limits.viewportHeight - 2, clip }),
    'a picture of a formula or diagram',
    limits.timeout,
    limits.signal,
  )
  return dataUrl('image/png', png)
}

import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { BrowserSession, type PrintView } from './browser-session.ts'
import { readServedDeckConfig, serveDeck, type ServedDeckConfig, type ServedDeckMeta, type ServedSlideFit } from './served-deck.ts'
import { printHandout } from './print-handout.ts'
import { printSlides } from './print-slides.ts'
import type { HandoutLayout, Paper, PerPage } from './handout-layout.ts'
import { mergeChromiumPdfs } from './merge-pdfs.ts'
import { countPages, setPdfInfo } from './pdf-info.ts'
import { pdfInfoFor } from './pdf-metadata.ts'
import { partsFor } from './plan.ts'
import { splitForPrinting } from './print-parts.ts'
import type { PdfKind, ProgressEvent } from './progress.ts'
import type { WaitLimits } from './wait-for.ts'
import { writeFilesTogether } from '../node/write-atomic.ts'

/** What `exportPdfs` needs: a built deck and where to put the PDFs. */
export interface ExportOptions {
  /** A built deck: a folder with index.html, or an http(s) URL. */
  deck: string
  /** Folder for slides.pdf and handout.pdf. */
  outDir: string
  /** Which PDFs to write; default both. */
  pdfs?: PdfKind[]
  /** Handout paper; default 'a4'. */
  paper?: Paper
  /** Slides per handout page; default 1. */
  perPage?: PerPage
  /** One slides.pdf page per fragment step instead of per slide; default false. */
  fragments?: boolean
  /**
   * slides.pdf of a long deck is printed in parts, side by side in renderers of their own,
   * then joined (tags and bookmarks kept); default: a part per 150 slides, at most one per
   * core and 4 (see `partsFor`).
   */
  parts?: number
  /** Milliseconds allowed for each wait (launch, load, Reveal ready, pdf-ready, print); default 60 000. */
  timeout?: number
  /** Browser executable (the --browser flag); default: the usual lookup. */
  executablePath?: string
  /**
   * A session already started (so the browser launches while the deck builds); closed by its
   * owner, or by the export as soon as everything is printed when `closeSessionWhenPrinted`.
   */
  session?: BrowserSession
  /** Close the `session` passed in once the PDFs are printed, while they are joined and written. */
  closeSessionWhenPrinted?: boolean
  /** Abort to stop at once (Ctrl-C): waits end, the browser and server are closed. */
  signal?: AbortSignal
  /** Called as the export progresses; the exporter itself never prints. */
  onProgress?: (event: ProgressEvent) => void
}

export interface ExportedPdf {
  pdf: PdfKind
  file: string
  pages: number
  bytes: number
  /** Slides the deck app shrank to fit this PDF's pages, and whether each is still cut off. */
  fit: ServedSlideFit[]
}

/**
 * Export a built deck to PDF: one browser, one server, one page load and one print per
 * PDF (a long deck's slides.pdf: per part, on all cores), slides and handout side by side
 * in their own tabs. The PDFs are written together, each atomically. The browser (unless
 * passed in) goes as soon as everything is printed; it and the server are closed whatever happens.
 */
export async function exportPdfs(options: ExportOptions): Promise<ExportedPdf[]> {
  const timeout = options.timeout ?? 60_000
  const { signal } = options
  const report = options.onProgress ?? (() => {})
  const source = await serveDeck(options.deck)
  const session = options.session ?? new BrowserSession({ executablePath: options.executablePath, timeout, signal })
  const ownsSession = !options.session || options.closeSessionWhenPrinted === true
  // A browser started in the background while the deck was built: the export needs all of it.
  session.foreground()
  try {
    // The deck's outline (how to cut slides.pdf into parts) is read while the browser starts.
    const pdfs = options.pdfs ?? ['slides', 'handout']
    const reading = pdfs.includes('slides') && !options.fragments ? readServedDeckConfig(source) : undefined
    const browser = await session.browser()
    report({ step: 'browser' })
    const version = browser.version()
    version.catch(() => undefined)
    const run: PrintRun = {
      url: source.url,
      session,
      ownsSession,
      limits: { timeout, signal },
      layout: { paper: options.paper ?? 'a4', perPage: options.perPage ?? 1, fragments: options.fragments ?? false },
      executablePath: options.executablePath,
      report,
    }
    const printing = pdfs.map(async (pdf) => {
      const config = pdf === 'slides' ? await reading : undefined
      const slides = config?.outline.reduce((sum, group) => sum + group.slides.length, 0) ?? 0
      const parts = options.parts ?? partsFor(slides, availableParallelism())
      return { pdf, printed: config && parts > 1 ? await printInParts(run, config, parts) : [await printWhole(run, pdf)] }
    })
    // Everything printed: the browser goes while the PDFs are joined and written.
    const released = Promise.all(printing).then(
      () => (ownsSession ? session.close() : undefined),
      () => undefined,
    )
    const ready = await Promise.all(
      printing.map(async (job) => {
        const { pdf, printed } = await job
        const joined = await joinParts(run, pdf, printed)
        return finishPdf(pdf, joined, {
          outDir: options.outDir,
          meta: printed[0].meta,
          fit: printed.flatMap((part) => part.fit),
          browserVersion: await version,
          report,
        })
      }),
    )
    // Both PDFs replaced together: a new slides.pdf never sits beside an old handout.pdf.
    signal?.throwIfAborted()
    await writeFilesTogether(ready.map(({ file, data }) => ({ path: file, data })))
    const written = ready.map(({ data, ...pdf }) => pdf)
    for (const { pdf, file, pages, bytes } of written) report({ step: 'done', pdf, file, pages, bytes })
    await released
    return written
  } finally {
    await source.close()
    if (ownsSession) await session.close()
  }
}

/** What every print of one export shares: the served deck, the browser, the limits and the handout's layout. */
interface PrintRun {
  url: string
  session: BrowserSession
  /** The export closes the session: tabs then go with it instead of one by one. */
  ownsSession: boolean
  limits: WaitLimits
  layout: HandoutLayout & { fragments: boolean }
  /** For a browser of its own, to print again when parts cannot be joined. */
  executablePath?: string
  report: (event: ProgressEvent) => void
}

/**
 * Close a tab or browser context printed from. Each close is a round trip to a busy browser,
 * on the way to joining the parts: when its browser goes as soon as printing is over (or
 * right after, for a deck printed again), that takes them all at once instead.
 */
async function finished(run: PrintRun, target: { close(): Promise<unknown> }, using: BrowserSession): Promise<void> {
  if (using === run.session && !run.ownsSession) await target.close().catch(() => undefined)
}

/** Print one PDF in one tab: one page load, one print. */
async function printWhole(run: PrintRun, pdf: PdfKind, using = run.session): Promise<Printed> {
  // slides.pdf needs no on-screen preview of the pages; the handout measures them.
  const printOnly = pdf === 'slides'
  const query = pdf === 'handout' ? '?print-pdf' : run.layout.fragments ? '?print-pdf&pdf-export&pdf-fragments' : '?print-pdf&pdf-export'
  const view = await using.openPrintView(run.url, query, { what: `${pdf}.pdf`, limits: run.limits, printOnly })
  try {
    run.report({ step: 'render', pdf, slides: view.pages })
    const printed = pdf === 'slides' ? await printSlides(view, run.limits) : await printHandout(view, run.layout, run.limits)
    return { printed, meta: view.meta, fit: view.fit }
  } finally {
    await finished(run, view.page, using)
  }
}

/** Print a long deck's slides.pdf in parts side by side, each in a renderer of its own (joined by {@link joinParts}). */
async function printInParts(run: PrintRun, config: ServedDeckConfig, parts: number): Promise<Printed[]> {
  const ranges = splitForPrinting(config.outline, parts)
  return Promise.all(
    ranges.map(async (range, index) => {
      const what = `slides.pdf (slides ${range.from}–${range.to})`
      const view = await run.session.openPrintView(run.url, `?print-pdf&pdf-export&slides=${range.from}-${range.to}`, {
        what,
        limits: run.limits,
        ownProcess: index > 0,
        printOnly: true,
      })
      try {
        if (index === 0) run.report({ step: 'render', pdf: 'slides', slides: ranges.at(-1)!.to })
        return { printed: await printSlides(view, run.limits), meta: view.meta, fit: view.fit }
      } finally {
        // A tab in a context of its own goes with its context.
        await finished(run, index > 0 ? view.page.browserContext() : view.page, run.session)
      }
    }),
  )
}

/**
 * One PDF of its parts, or, if Chromium wrote parts lectern cannot join (not expected), the
 * PDF printed whole again: in a browser of its own when the export's goes once printing is over.
 */
async function joinParts(run: PrintRun, pdf: PdfKind, printed: Printed[]): Promise<Uint8Array> {
  if (printed.length === 1) return printed[0].printed
  const joined = mergeChromiumPdfs(printed.map((part) => part.printed))
  if (joined) return joined
  const again = run.ownsSession
    ? new BrowserSession({ executablePath: run.executablePath, timeout: run.limits.timeout, signal: run.limits.signal })
    : run.session
  try {
    return (await printWhole(run, pdf, again)).printed
  } finally {
    if (again !== run.session) await again.close()
  }
}

/** A printed PDF with its document information set, ready to be written with the others (see `writeFilesTogether`). */
function finishPdf(
  pdf: PdfKind,
  printed: Uint8Array,
  target: { outDir: string; meta: ServedDeckMeta; fit: ServedSlideFit[]; browserVersion: string; report: (event: ProgressEvent) => void },
): ExportedPdf & { data: Uint8Array } {
  const data = setPdfInfo(printed, pdfInfoFor(target.meta, target.browserVersion))
  const pages = countPages(printed)
  target.report({ step: 'write', pdf, pages })
  return { pdf, file: resolve(join(target.outDir, `${pdf}.pdf`)), pages, bytes: data.length, fit: target.fit, data }
}

/** A PDF (or a part of one) as Chromium printed it, and the deck's metadata for it. */
interface Printed {
  printed: Uint8Array
  meta: PrintView['meta']
  /** Slides the deck app shrank to fit the pages. */
  fit: ServedSlideFit[]
}

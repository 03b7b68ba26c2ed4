import { join, resolve } from 'node:path'
import { BrowserSession } from './browser-session.ts'
import { openDeckSource } from './deck-source.ts'
import { printHandout } from './export-handout.ts'
import { printSlides } from './export-slides.ts'
import type { Paper, PerPage } from './handout-layout.ts'
import { countPages, setPdfInfo } from './pdf-info.ts'
import { pdfInfoFor } from './pdf-metadata.ts'
import type { PdfKind, ProgressEvent } from './progress.ts'
import { writeFileAtomic } from './write-atomic.ts'

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
  /** Milliseconds allowed for each wait (launch, load, Reveal ready, pdf-ready, print); default 60 000. */
  timeout?: number
  /** Browser executable (the --browser flag); default: the usual lookup. */
  executablePath?: string
  /** A session already started (so the browser launches while the deck builds); closed by its owner. */
  session?: BrowserSession
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
}

/**
 * Export a built deck to PDF: one browser, one server, one page load and one print per
 * PDF, slides and handout side by side in two tabs. Each PDF is written atomically. The
 * browser (unless passed in) and the server are closed whatever happens.
 */
export async function exportPdfs(options: ExportOptions): Promise<ExportedPdf[]> {
  const timeout = options.timeout ?? 60_000
  const { signal } = options
  const report = options.onProgress ?? (() => {})
  const source = await openDeckSource(options.deck)
  const session = options.session ?? new BrowserSession({ executablePath: options.executablePath, timeout, signal })
  try {
    const browser = await session.browser()
    report({ step: 'browser' })
    const version = await browser.version()
    const limits = { timeout, signal }
    const render = async (pdf: PdfKind): Promise<ExportedPdf> => {
      // slides.pdf needs no on-screen preview of the pages; the handout measures them.
      const query = pdf === 'handout' ? '?print-pdf' : options.fragments ? '?print-pdf&pdf-fragments' : '?print-pdf&pdf-export'
      const view = await session.openPrintView(source.url, query, `${pdf}.pdf`, limits)
      try {
        report({ step: 'render', pdf, slides: view.pages })
        const printed =
          pdf === 'slides'
            ? await printSlides(view, limits)
            : await printHandout(view, { paper: options.paper ?? 'a4', perPage: options.perPage ?? 1 }, limits)
        const bytes = setPdfInfo(printed, pdfInfoFor(view.meta, version))
        const pages = countPages(printed)
        report({ step: 'write', pdf, pages })
        const file = resolve(join(options.outDir, `${pdf}.pdf`))
        signal?.throwIfAborted()
        await writeFileAtomic(file, bytes)
        report({ step: 'done', pdf, file, pages, bytes: bytes.length })
        return { pdf, file, pages, bytes: bytes.length }
      } finally {
        await view.page.close().catch(() => undefined)
      }
    }
    return await Promise.all((options.pdfs ?? ['slides', 'handout']).map(render))
  } finally {
    await source.close()
    if (!options.session) await session.close()
  }
}

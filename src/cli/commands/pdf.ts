import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { relative } from 'node:path'
import type { Command } from 'commander'
import { LecternError } from '../../core/errors.ts'
import { canStartInBackground } from '../../node/priority.ts'
import type { Paper, PdfKind, PerPage } from '../../pdf/index.ts'
import { planBrowser } from '../../pdf/plan.ts'
import { buildForExport } from '../build-for-export.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { progressLine } from '../progress-line.ts'
import { print, printWarnings } from '../report.ts'
import { readTimeout } from '../timeout-flag.ts'
import { browserOption, incrementalOption, offlineOption, quietOption, themeOption } from '../shared-options.ts'

interface PdfFlags {
  out?: string
  only?: string
  paper: string
  perPage: string
  browser?: string
  theme?: string
  incremental?: boolean
  offline?: boolean
  quiet?: boolean
  timeout: string
  fragments?: boolean
  parts?: string
}

/** `lectern pdf <article>`: build the deck, then write slides.pdf and handout.pdf beside it. */
export function registerPdf(program: Command): void {
  program
    .command('pdf')
    .description('build the deck and export it to PDF: DIR/slides.pdf and DIR/handout.pdf')
    .argument('<article>', 'the article (.md)')
    .option('-o, --out <dir>', 'folder for the deck and the PDFs (default: dist/<article name>/)')
    .option('--only <pdf>', 'write only one PDF: slides or handout')
    .option('--paper <size>', 'handout paper: a4 or letter', 'a4')
    .option('--per-page <n>', 'slides per handout page: 1 (notes beneath), 2, or 3 (notes beside)', '1')
    .option('--fragments', 'one slides.pdf page per fragment step')
    .option(
      '--parts <n>',
      'print a long deck’s slides.pdf in n parts side by side, then join them (default: one per core above 150 slides; 1: in one go)',
    )
    .option(...browserOption)
    .option(...themeOption)
    .option(...incrementalOption)
    .option(...offlineOption)
    .option('--timeout <seconds>', 'give up on any one step (browser start, page load, print) after this long', '60')
    .option(...quietOption)
    .action(async (article: string, flags: PdfFlags) => {
      const settings = readFlags(flags)
      // The folder is checked and locked before anything starts: a wrong --out costs nothing,
      // and the deck and both PDFs are written by this run alone.
      const { claimOutDir, defaultOutDir } = await import('../../node/out-dir.ts')
      const outDir = flags.out ?? defaultOutDir(article)
      const lock = await claimOutDir(outDir, article)
      const progress = progressLine(flags.quiet ? undefined : process.stderr)
      const controller = new AbortController()
      const [{ BrowserSession }, { interrupted }] = await Promise.all([
        import('../../pdf/browser-session.ts'),
        import('../../pdf/wait-for.ts'),
      ])
      const size = await stat(article).then(
        (found) => found.size,
        () => 0,
      )
      // Usually Chromium starts first, while the rest of lectern loads and the deck builds; for
      // a long article, in the background or after the build (see planBrowser).
      const plan = planBrowser({
        articleBytes: size,
        cores: availableParallelism(),
        canStartInBackground: canStartInBackground(),
        pdfs: settings.pdfs,
        fragments: flags.fragments,
        parts: settings.parts,
      })
      const startBrowser = (background = false) => {
        progress.show('browser: starting')
        return new BrowserSession({
          executablePath: flags.browser,
          timeout: settings.timeout,
          signal: controller.signal,
          background,
          ownProcessTabs: plan.earlyPartTabs,
        })
      }
      let session = plan.start === 'after' ? undefined : startBrowser(plan.start === 'background')
      const stopListening = stopOnInterrupt(controller, interrupted, () => void session?.close())
      try {
        const [{ describeProgress, exportPdfs }, { warnOverflows }] = await Promise.all([
          import('../../pdf/index.ts'),
          import('../../node/check-deck.ts'),
        ])
        // The build never touches the PDFs: they stay until the export replaces both.
        const built = await buildForExport({
          article,
          outDir,
          overrides: { theme: flags.theme, incremental: flags.incremental },
          offline: flags.offline,
          browser: flags.browser,
          lock,
          progress,
          signal: controller.signal,
        })
        session ??= startBrowser()
        const written = await exportPdfs({
          deck: built.outDir,
          outDir: built.outDir,
          pdfs: settings.pdfs,
          paper: settings.paper,
          perPage: settings.perPage,
          fragments: flags.fragments,
          parts: settings.parts,
          timeout: settings.timeout,
          session,
          closeSessionWhenPrinted: true,
          signal: controller.signal,
          onProgress: (event) => progress.show(describeProgress(event)),
        })
        progress.end()
        // Slides cut off even shrunk to the smallest readable size, as printed (slides.pdf's pages, else the handout's).
        const { file } = built.rendered
        const printedWarnings = file.messages.length
        warnOverflows(file, (written.find((pdf) => pdf.pdf === 'slides') ?? written[0])?.fit ?? [])
        printWarnings(file, printedWarnings)
        if (!flags.quiet) {
          for (const pdf of written) print(`Wrote ${relative(process.cwd(), pdf.file)} (${pdf.pages} pages)\n`)
        }
      } catch (error) {
        // After Ctrl-C the browser is gone, and whatever was talking to it fails in its own
        // words: the user interrupted, and that is what to say (exit code 130).
        throw controller.signal.aborted ? controller.signal.reason : error
      } finally {
        progress.end()
        stopListening()
        await session?.close()
        await lock.release()
      }
    })
}

function readFlags(flags: PdfFlags): { pdfs: PdfKind[]; paper: Paper; perPage: PerPage; timeout: number; parts?: number } {
  if (flags.only !== undefined && flags.only !== 'slides' && flags.only !== 'handout') {
    throw new LecternError(`--only must be slides or handout, not “${flags.only}”`)
  }
  const paper = flags.paper.toLowerCase()
  if (paper !== 'a4' && paper !== 'letter') throw new LecternError(`--paper must be a4 or letter, not “${flags.paper}”`)
  const perPage = Number(flags.perPage)
  if (perPage !== 1 && perPage !== 2 && perPage !== 3) throw new LecternError(`--per-page must be 1, 2 or 3, not “${flags.perPage}”`)
  const timeout = readTimeout(flags.timeout)
  const parts = flags.parts === undefined ? undefined : Number(flags.parts)
  if (parts !== undefined && !(Number.isInteger(parts) && parts >= 1 && parts <= 16))
    throw new LecternError(`--parts must be a whole number from 1 to 16, not “${flags.parts}”`)
  return { pdfs: flags.only ? [flags.only] : ['slides', 'handout'], paper, perPage, timeout, parts }
}

import { relative } from 'node:path'
import type { Command } from 'commander'
import { LecternError } from '../../core/errors.ts'
import { formatBytes } from '../../pdf/progress.ts'
import { progressLine } from '../progress-line.ts'
import { print, printWarnings } from '../report.ts'

interface PptxFlags {
  out?: string
  browser?: string
  theme?: string
  offline?: boolean
  quiet?: boolean
  timeout: string
}

/** The longest --timeout: a day. */
const maxTimeoutSeconds = 86_400

/** `lectern pptx <article>`: build the deck, then write it as an editable PowerPoint file, DIR/slides.pptx. */
export function registerPptx(program: Command): void {
  program
    .command('pptx')
    .description('build the deck and write it as an editable PowerPoint file with speaker notes: DIR/slides.pptx')
    .argument('<article>', 'the article (.md, .txt or .html)')
    .option('-o, --out <dir>', 'folder for the deck and slides.pptx (default: dist/<article name>/)')
    .option('-b, --browser <path>', 'Chrome or Chromium to use (default: PUPPETEER_EXECUTABLE_PATH, Puppeteer’s, the system’s)')
    .option('-t, --theme <name|path>', 'theme name, theme folder or .css file (overrides the frontmatter)')
    .option('--offline', 'download no remote image: each shows as a placeholder')
    .option('--timeout <seconds>', 'give up on any one step (browser start, page load, reading the slides) after this long', '60')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (article: string, flags: PptxFlags) => {
      const seconds = Number(flags.timeout)
      if (!(seconds > 0 && seconds <= maxTimeoutSeconds))
        throw new LecternError(`--timeout must be a number of seconds from 1 to ${maxTimeoutSeconds}, not “${flags.timeout}”`)
      // The folder is checked and locked before anything starts, as for `lectern pdf`.
      const { claimOutDir, defaultOutDir } = await import('../../node/out-dir.ts')
      const outDir = flags.out ?? defaultOutDir(article)
      const lock = await claimOutDir(outDir, article)
      const progress = progressLine(flags.quiet ? undefined : process.stderr)
      const controller = new AbortController()
      const [{ BrowserSession }, { interrupted }] = await Promise.all([
        import('../../pdf/browser-session.ts'),
        import('../../pdf/wait-for.ts'),
      ])
      // Chromium starts while the deck builds.
      progress.show('browser: starting')
      const session = new BrowserSession({ executablePath: flags.browser, timeout: seconds * 1000, signal: controller.signal })
      const stop = () => {
        controller.abort(interrupted())
        void session.close()
        process.once('SIGINT', () => process.exit(130))
        setTimeout(() => process.exit(130), 5_000).unref()
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      try {
        const [{ buildDeck }, { exportPptx, describePptxProgress }] = await Promise.all([
          import('../../node/build.ts'),
          import('../../pdf/pptx/export-pptx.ts'),
        ])
        progress.show('build: deck')
        const built = await buildDeck({ article, outDir, overrides: { theme: flags.theme }, images: { offline: flags.offline }, lock })
        printWarnings(built.rendered.file)
        controller.signal.throwIfAborted()
        progress.show(`build: ${built.rendered.deck.slideCount} slides`)
        const written = await exportPptx({
          deck: built.outDir,
          outDir: built.outDir,
          timeout: seconds * 1000,
          session,
          signal: controller.signal,
          onProgress: (event) => progress.show(describePptxProgress(event)),
        })
        progress.end()
        if (!flags.quiet)
          print(`Wrote ${relative(process.cwd(), written.file)} (${written.slides} slides, ${formatBytes(written.bytes)})\n`)
      } catch (error) {
        throw controller.signal.aborted ? controller.signal.reason : error
      } finally {
        progress.end()
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        await session.close()
        await lock.release()
      }
    })
}

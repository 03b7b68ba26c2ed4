import { relative } from 'node:path'
import type { Command } from 'commander'
import { formatBytes } from '../../pdf/progress.ts'
import { buildForExport } from '../build-for-export.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { progressLine } from '../progress-line.ts'
import { print } from '../report.ts'
import { readTimeout } from '../timeout-flag.ts'
import { browserOption, offlineOption, quietOption, themeOption } from '../shared-options.ts'

interface PptxFlags {
  out?: string
  browser?: string
  theme?: string
  offline?: boolean
  quiet?: boolean
  timeout: string
}

/** `lectern pptx <article>`: build the deck, then write it as an editable PowerPoint file, DIR/slides.pptx. */
export function registerPptx(program: Command): void {
  program
    .command('pptx')
    .description('build the deck and write it as an editable PowerPoint file with speaker notes: DIR/slides.pptx')
    .argument('<article>', 'the article (.md, .txt or .html)')
    .option('-o, --out <dir>', 'folder for the deck and slides.pptx (default: dist/<article name>/)')
    .option(...browserOption)
    .option(...themeOption)
    .option(...offlineOption)
    .option('--timeout <seconds>', 'give up on any one step (browser start, page load, reading the slides) after this long', '60')
    .option(...quietOption)
    .action(async (article: string, flags: PptxFlags) => {
      const timeout = readTimeout(flags.timeout)
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
      const session = new BrowserSession({ executablePath: flags.browser, timeout, signal: controller.signal })
      const stopListening = stopOnInterrupt(controller, interrupted, () => void session.close())
      try {
        const { exportPptx, describePptxProgress } = await import('../../pdf/pptx/export-pptx.ts')
        const built = await buildForExport({
          article,
          outDir,
          overrides: { theme: flags.theme },
          offline: flags.offline,
          browser: flags.browser,
          lock,
          progress,
          signal: controller.signal,
        })
        const written = await exportPptx({
          deck: built.outDir,
          outDir: built.outDir,
          timeout,
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
        stopListening()
        await session.close()
        await lock.release()
      }
    })
}

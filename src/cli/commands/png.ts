import type { Command } from 'commander'
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { relative } from 'node:path'
import { LecternError } from '../../core/errors.ts'
import { canStartInBackground } from '../../node/priority.ts'
import { browserStart } from '../../pdf/plan.ts'
import { printWarnings } from '../report.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { readTimeout } from '../timeout-flag.ts'
import { browserOption, incrementalOption, offlineOption, quietOption, themeOption } from '../shared-options.ts'

interface PngFlags {
  out?: string
  scale: string
  only?: string
  browser?: string
  theme?: string
  incremental?: boolean
  timeout: string
  offline?: boolean
  quiet?: boolean
}

/** `lectern png <article>`: build the deck, then write a picture of each slide to DIR/png/. */
export function registerPng(program: Command): void {
  program
    .command('png')
    .description('build the deck and write a PNG picture of each slide: DIR/png/01.png, …')
    .argument('<article>', 'the article (.md, .txt or .html)')
    .option('-o, --out <dir>', 'folder for the deck and its pictures (default: dist/<article name>/)')
    .option('--scale <n>', 'pixels per slide pixel: 1 gives 1280×720 for 16:9, 2 gives 2560×1440', '1')
    .option('--only <slides>', 'only these slides, counted from 1: e.g. 1,3-5')
    .option(...browserOption)
    .option(...themeOption)
    .option(...incrementalOption)
    .option('--timeout <seconds>', 'give up on any one step after this long', '60')
    .option(...offlineOption)
    .option(...quietOption)
    .action(async (article: string, flags: PngFlags) => {
      const scale = Number(flags.scale)
      if (!(scale >= 0.25 && scale <= 4)) throw new LecternError(`--scale must be a number from 0.25 to 4, not “${flags.scale}”`)
      const timeout = readTimeout(flags.timeout)
      const [{ BrowserSession }, { exportPngs, parseSlideList }, { interrupted }] = await Promise.all([
        import('../../pdf/browser-session.ts'),
        import('../../pdf/export-pngs.ts'),
        import('../../pdf/wait-for.ts'),
      ])
      let only: Set<number> | undefined
      try {
        only = parseSlideList(flags.only)
      } catch (error) {
        throw new LecternError(`--only: ${(error as Error).message}`)
      }
      const stop = new AbortController()
      // As for `pdf`: Chromium starts while the deck builds, unless a long article on few
      // cores would make the two slow each other down (see browserStart).
      const size = await stat(article).then(
        (found) => found.size,
        () => 0,
      )
      const start = browserStart(size, availableParallelism(), canStartInBackground())
      const startBrowser = (background = false) =>
        new BrowserSession({ executablePath: flags.browser, timeout, signal: stop.signal, background })
      let session = start === 'after' ? undefined : startBrowser(start === 'background')
      // As for `pdf` and `pptx`: Ctrl-C or SIGTERM stops the export and closes its browser.
      const stopListening = stopOnInterrupt(stop, interrupted, () => void session?.close())
      try {
        const { buildDeck } = await import('../../node/build.ts')
        const built = await buildDeck({
          article,
          outDir: flags.out,
          overrides: { theme: flags.theme, incremental: flags.incremental },
          thumbnail: 'png/01.png',
          images: { offline: flags.offline },
          browser: flags.browser,
        })
        printWarnings(built.rendered.file)
        stop.signal.throwIfAborted()
        session ??= startBrowser()
        const written = await exportPngs({
          deck: built.outDir,
          outDir: built.outDir,
          scale,
          only,
          timeout,
          session,
          signal: stop.signal,
        })
        if (only && written.length < only.size) {
          process.stderr.write(
            `lectern: warning: the deck has ${built.rendered.deck.slideCount} slides; --only named slides it does not have\n`,
          )
        }
        if (!flags.quiet) process.stdout.write(`Wrote ${written.length} pictures in ${relative(process.cwd(), built.outDir) || '.'}/png/\n`)
      } catch (error) {
        throw stop.signal.aborted ? stop.signal.reason : error
      } finally {
        stopListening()
        await session?.close()
      }
    })
}

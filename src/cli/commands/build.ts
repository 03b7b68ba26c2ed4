import type { Command } from 'commander'
import { relative } from 'node:path'
import { isLecternError, LecternError } from '../../core/errors.ts'
import { formatBytes } from '../../pdf/progress.ts'
import { print, printError, printWarnings, timingReport } from '../report.ts'
import { incrementalOption, offlineOption, quietOption, themeOption } from '../shared-options.ts'

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build a static deck: DIR/index.html and its assets')
    .argument('<article>', 'the article (.md)')
    .option('-o, --out <dir>', 'output folder (default: dist/<article name>/)')
    .option(...themeOption)
    .option(...incrementalOption)
    .option(...offlineOption)
    .option(...quietOption)
    .option('--single-file', 'write the deck as one HTML file, DIR/<article name>.html, with everything inside')
    .option('-w, --watch', 'build again whenever the article, its pictures or its theme are saved (Ctrl-C to stop)')
    .action(
      async (
        article: string,
        flags: {
          out?: string
          theme?: string
          incremental?: boolean
          offline?: boolean
          quiet?: boolean
          singleFile?: boolean
          watch?: boolean
        },
      ) => {
        if (flags.watch && flags.singleFile) throw new LecternError('--watch builds a deck folder; use it without --single-file')
        const options = {
          article,
          outDir: flags.out,
          overrides: { theme: flags.theme, incremental: flags.incremental },
          images: { offline: flags.offline },
        }
        if (flags.watch) {
          const { watchBuild } = await import('../../node/watch-build.ts')
          const stop = new AbortController()
          process.once('SIGINT', () => stop.abort())
          process.once('SIGTERM', () => stop.abort())
          await watchBuild({
            ...options,
            signal: stop.signal,
            onBuild: (result) => {
              printWarnings(result.rendered.file)
              if (!flags.quiet)
                print(
                  `Built ${relative(process.cwd(), result.outDir) || '.'}/index.html at ${new Date().toLocaleTimeString()}; watching for changes\n`,
                )
            },
            onError: (error) => {
              if (!isLecternError(error)) throw error
              printError(`lectern: ${error.message} (the last good deck stays; watching for changes)\n`)
            },
          })
          return
        }
        if (flags.singleFile) {
          const [{ buildSingleFile }, { readArticle }] = await Promise.all([
            import('../../node/single-file.ts'),
            import('../../node/read-article.ts'),
          ])
          const result = await buildSingleFile(await readArticle(article), options)
          printWarnings(result.rendered.file)
          if (flags.quiet) return
          print(`Built ${relative(process.cwd(), result.file)} (${formatBytes(result.bytes)}, one file with everything inside)\n`)
          print(timingReport(result.rendered) + '\n')
          return
        }
        // Loaded when the command runs, so that `lectern --help` and other commands start fast.
        const { buildDeck } = await import('../../node/build.ts')
        const result = await buildDeck(options)
        printWarnings(result.rendered.file)
        if (flags.quiet) return
        print(`Built ${relative(process.cwd(), result.outDir) || '.'}/index.html\n`)
        print(timingReport(result.rendered) + '\n')
      },
    )
}

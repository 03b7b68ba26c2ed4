import { LecternError } from '../../core/errors.ts'
import type { Command } from 'commander'
import { print, printWarnings, timingReport } from '../report.ts'
import { incrementalOption, offlineOption, themeOption } from '../shared-options.ts'

export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('present the article from a dev server that updates the open deck when you save')
    .argument('<article>', 'the article (.md)')
    .option('-p, --port <port>', 'port on 127.0.0.1 (the next free one if taken)', (value) => Number.parseInt(value, 10), 5173)
    .option(...themeOption)
    .option(...incrementalOption)
    .option(...offlineOption)
    .action(async (article: string, flags: { port: number; theme?: string; incremental?: boolean; offline?: boolean }) => {
      if (!(Number.isInteger(flags.port) && flags.port >= 0 && flags.port <= 65535)) {
        throw new LecternError(
          `--port must be a whole number from 0 to 65535, not “${process.argv[process.argv.indexOf('--port') + 1] ?? flags.port}”`,
        )
      }
      const { startDevServer } = await import('../../vite/dev-server.ts')
      const dev = await startDevServer({
        article,
        port: flags.port,
        overrides: { theme: flags.theme, incremental: flags.incremental },
        images: { offline: flags.offline },
      })
      printWarnings(dev.rendered().file)
      print(`${timingReport(dev.rendered())}\n\n`)
      print(`Presenting ${article} at ${dev.url}\nPress S in the deck for the speaker view; Ctrl-C here to stop.\n`)
      const stop = () => void dev.close().then(() => process.exit(0))
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}

import type { Command } from 'commander'
import { relative } from 'node:path'
import { printWarnings, timingReport } from '../report.ts'

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build a static deck: DIR/index.html and its assets')
    .argument('<article>', 'the article (.md)')
    .option('-o, --out <dir>', 'output folder (default: dist/<article name>/)')
    .option('-t, --theme <name|path>', 'theme name, theme folder or .css file (overrides the frontmatter)')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (article: string, flags: { out?: string; theme?: string; quiet?: boolean }) => {
      // Loaded when the command runs, so that `lectern --help` and other commands start fast.
      const { buildDeck } = await import('../../node/build.ts')
      const result = await buildDeck({ article, outDir: flags.out, overrides: { theme: flags.theme } })
      printWarnings(result.rendered.file)
      if (flags.quiet) return
      process.stdout.write(`Built ${relative(process.cwd(), result.outDir) || '.'}/index.html\n`)
      process.stdout.write(timingReport(result.rendered) + '\n')
    })
}

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Command } from 'commander'
import type { VFile } from 'vfile'
import { printWarnings } from '../report.ts'
import { browserOption, themeOption } from '../shared-options.ts'

interface CheckFlags {
  theme?: string
  browser?: string
  strict?: boolean
  json?: boolean
}

/**
 * `lectern check <article>`: a lint for talks. Builds the deck into a temporary folder (the
 * user's own build is left alone), opens it in Chromium and warns about what a speaker would
 * have to fix by hand. `--strict` exits 1 on any warning; `--json` prints them for tools.
 */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check a talk: slides cut off, weak key points, images without alt text, theme contrast, length against `duration`')
    .argument('<article>', 'the article (.md, .txt or .html)')
    .option(...themeOption)
    .option(...browserOption)
    .option('--strict', 'exit with code 1 when there is any warning')
    .option('--json', 'print the warnings as JSON on stdout')
    .action(async (article: string, flags: CheckFlags) => {
      const [{ buildDeck }, { checkDeck }] = await Promise.all([import('../../node/build.ts'), import('../../node/check-deck.ts')])
      const outDir = await mkdtemp(join(tmpdir(), 'lectern-check-'))
      try {
        const built = await buildDeck({
          article,
          outDir: join(outDir, 'deck'),
          overrides: { theme: flags.theme },
          checkContrast: false,
          browser: flags.browser,
        })
        await checkDeck(built.outDir, built.rendered, { executablePath: flags.browser })
        const { file } = built.rendered
        file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
        if (flags.json) process.stdout.write(JSON.stringify(asJson(file), null, 2) + '\n')
        else {
          printWarnings(file)
          const count = file.messages.length
          process.stdout.write(count === 0 ? 'No warnings.\n' : `${count} warning${count === 1 ? '' : 's'}.\n`)
        }
        if (flags.strict && file.messages.length > 0) process.exitCode = 1
      } finally {
        await rm(outDir, { recursive: true, force: true })
      }
    })
}

/** The warnings for tools: one object each, with the article's path, line and column. */
function asJson(file: VFile) {
  return file.messages.map((message) => ({
    file: file.path,
    line: message.line ?? undefined,
    column: message.column ?? undefined,
    severity: 'warning',
    rule: message.ruleId ?? undefined,
    message: message.reason,
  }))
}

/**
 * The command-line edge: parses arguments, runs one command, prints, exits.
 * Nothing below `src/cli/` prints or calls `process.exit`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Command } from 'commander'
import { isLecternError } from '../core/errors.ts'
import { packageRoot } from '../node/package-root.ts'
import { commands } from './commands/index.ts'

const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }

const program = new Command()
  .name('lectern')
  .description('Turn a written article into a talk: Reveal.js slides, speaker notes and PDFs.')
  .version(version, '-V, --version', 'print lectern’s version')
  .showHelpAfterError()

for (const register of commands) register(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (isLecternError(error)) {
    process.stderr.write(`lectern: ${error.message}\n`)
    process.exitCode = error.exitCode
  } else {
    throw error
  }
}

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
import { plain, printError } from './report.ts'

/** An error from the file system (it has a code such as ENOSPC and the path it was about). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  )
}

const systemErrorReasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
}

function systemErrorLine(error: NodeJS.ErrnoException): string {
  const reason = systemErrorReasons[error.code!] ?? error.code
  return error.path ? `cannot ${error.syscall} ${error.path}: ${reason}` : `${error.syscall} failed: ${reason}`
}

const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }

// Output piped into a reader that stops early (`lectern build talk.md | head -1`) is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

const program = new Command()
  .name('lectern')
  .description('Turn a written article into a talk: Reveal.js slides, speaker notes and PDFs.')
  .version(version, '-V, --version', 'print lectern’s version')
  .showHelpAfterError()
  // Commander repeats what was typed (an unknown option, say): without terminal controls too.
  .configureOutput({ writeOut: (text) => process.stdout.write(plain(text)), writeErr: (text) => process.stderr.write(plain(text)) })

for (const register of commands) register(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (isLecternError(error)) {
    printError(`lectern: ${error.message}\n`)
    process.exitCode = error.exitCode
  } else if (isSystemError(error)) {
    // A full disk, a read-only folder, a file where a folder should be: the user's to fix.
    printError(`lectern: ${systemErrorLine(error)}\n`)
    process.exitCode = 1
  } else {
    throw error
  }
}

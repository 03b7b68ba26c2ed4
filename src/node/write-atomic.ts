import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { LecternError } from '../core/errors.ts'

/**
 * Write `data` to a temporary file beside `path`, then rename it over `path`: a reader
 * sees the old file or the new one, never half of one, and a failed export keeps the
 * previous PDF.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  await writeFilesTogether([{ path, data }])
}

/**
 * Write several files so that they are replaced together: each goes to a temporary file
 * beside it first, and only once all are complete are they renamed into place, one right
 * after the other. A failure (or a kill) before that leaves every previous file as it was;
 * the renames are microseconds apart, the one moment a kill could part them.
 */
export async function writeFilesTogether(files: Array<{ path: string; data: Uint8Array }>): Promise<void> {
  const staged = files.map((file) => ({ ...file, temporary: temporaryPath(file.path) }))
  let failed = staged[0]?.path
  const step = async (path: string, action: () => Promise<unknown>) => {
    try {
      await action()
    } catch (error) {
      failed = path
      throw error
    }
  }
  try {
    await Promise.all(
      staged.map(({ path, data, temporary }) =>
        step(path, async () => {
          await mkdir(dirname(path), { recursive: true })
          await writeFile(temporary, data)
        }),
      ),
    )
    // Back to back, synchronously: no turn of the event loop between the renames, so the moment
    // in which one file is new and the other old is as short as two system calls.
    for (const { path, temporary } of staged) {
      try {
        renameSync(temporary, path)
      } catch (error) {
        failed = path
        throw error
      }
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })))
    const code = (error as NodeJS.ErrnoException).code
    throw new LecternError(`cannot write the file${code ? ` (${code})` : ''}`, { file: failed, cause: error })
  }
}

/**
 * `.name.PID.RANDOM.tmp` beside `path`: the process id lets a later run tell a killed run's
 * leftover (see `isTemporaryName`) from a file another run is writing.
 */
function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

/** The writer's pid in a temporary file's name, or undefined when `name` is not one of lectern's temporary files. */
export function temporaryOwner(name: string): number | undefined {
  const match = /^\..+?\.(?:(\d+)\.)?[0-9a-f]{12}\.tmp$/.exec(name)
  if (!match) return undefined
  // Written by lectern before names carried a pid: its owner is unknown, and taken for gone.
  return match[1] ? Number(match[1]) : 0
}

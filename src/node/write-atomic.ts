import { randomBytes } from 'node:crypto'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { isRunning } from './process-alive.ts'

/** How {@link writeFilesTogether} treats the files' folder. */
export interface WriteOptions {
  /** Create the folder when it does not exist (default); with false, a missing folder fails (ENOENT). */
  makeFolder?: boolean
}

/**
 * Write `data` to a temporary file beside `path`, then rename it over `path`: a reader
 * sees the old file or the new one, never half of one, and a failed export keeps the
 * previous PDF. The one way lectern replaces a file.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
  await writeFilesTogether([{ path, data }], options)
}

/**
 * Write several files of one folder so that they are replaced together: each goes to a
 * temporary file beside it first; once all are complete, a journal naming them is written,
 * they are renamed into place one right after the other, and the journal is removed. A
 * failure (or a kill) before the journal leaves every previous file as it was; a kill after it
 * leaves the journal, and the next run in the folder finishes the renames (see
 * `finishReplacements`), so the files are never left half old and half new.
 */
export async function writeFilesTogether(files: Array<{ path: string; data: Uint8Array }>, options: WriteOptions = {}): Promise<void> {
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
  const folder = dirname(staged[0]?.path ?? '.')
  if (staged.some(({ path }) => dirname(path) !== folder)) throw new Error('files replaced together must share a folder')
  const journal = staged.length > 1 ? join(folder, journalName(process.pid)) : undefined
  let journaled = false
  try {
    await finishReplacements(folder)
    await Promise.all(
      staged.map(({ path, data, temporary }) =>
        step(path, async () => {
          if (options.makeFolder !== false) await mkdir(dirname(path), { recursive: true })
          await writeFile(temporary, data)
        }),
      ),
    )
    if (journal) {
      const record: Journal = { files: staged.map(({ path, temporary }) => ({ temporary: basename(temporary), path: basename(path) })) }
      const temporary = temporaryPath(journal)
      await step(journal, async () => {
        writeFileSync(temporary, JSON.stringify(record))
        renameSync(temporary, journal)
      })
      journaled = true
    }
    // Back to back, synchronously: no turn of the event loop between the renames.
    for (const { path, temporary } of staged) {
      try {
        renameSync(temporary, path)
      } catch (error) {
        failed = path
        throw error
      }
    }
    if (journal) rmSync(journal, { force: true })
  } catch (error) {
    // Past the journal, a failed rename leaves it and the staged files: the next run finishes them.
    if (!journaled) await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })))
    const code = (error as NodeJS.ErrnoException).code
    throw new LecternError(`cannot write the file${code ? ` (${code})` : ''}`, { file: failed, cause: error })
  }
}

/** The files one `writeFilesTogether` renames into place, by name within their folder. */
interface Journal {
  files: Array<{ temporary: string; path: string }>
}

/** `.lectern-replace.PID.json`: the journal of files run PID is replacing together. */
function journalName(pid: number): string {
  return `.lectern-replace.${pid}.json`
}

/** The pid of the run that wrote a replacement journal, or undefined when `name` is not one. */
export function journalOwner(name: string): number | undefined {
  const match = /^\.lectern-replace\.(\d+)\.json$/.exec(name)
  return match ? Number(match[1]) : undefined
}

/**
 * Finish what runs killed midway through `writeFilesTogether` in `folder` started: every file
 * still staged in the journal of a run that is gone is renamed into place (all were complete
 * before the journal was written), then the journal is removed.
 */
export async function finishReplacements(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  for (const name of names) {
    const owner = journalOwner(name)
    if (owner === undefined || isRunning(owner)) continue
    const path = join(folder, name)
    const journal = await readFile(path, 'utf8')
      .then((text) => JSON.parse(text) as Journal)
      .catch(() => undefined)
    for (const file of journal?.files ?? []) {
      // Names only: a journal never moves a file out of its folder.
      if (basename(file.temporary) !== file.temporary || basename(file.path) !== file.path) continue
      const temporary = join(folder, file.temporary)
      if (existsSync(temporary)) renameSync(temporary, join(folder, file.path))
    }
    await rm(path, { force: true })
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

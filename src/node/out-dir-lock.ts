import { link, mkdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { isRunning, startTimeOf } from './process-alive.ts'
import { shown } from './shown-path.ts'

/** The lock file in an output folder: it holds the pid of the lectern writing there. */
export const lockName = '.lectern-lock'

/** A held lock on an output folder; `release` it in `finally`. */
export interface OutDirLock {
  dir: string
  release(): Promise<void>
}

/** How long a run waits for another one writing into the same folder before it gives up. */
const patience = 5_000

/**
 * Take the lock on `dir` (created if missing, and removed on release if still empty): a
 * file made with `wx`, holding this process's id and start time, so two runs never write one
 * folder at once. A lock whose process is gone (a killed run) is taken over; a live one is
 * waited for a few seconds, then refused with one line.
 */
export async function lockOutDir(dir: string): Promise<OutDirLock> {
  const created = await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new LecternError(`cannot create the folder (${error.code})`, { file: shown(dir), cause: error })
  })
  const path = join(dir, lockName)
  const deadline = Date.now() + patience
  for (;;) {
    try {
      await writeFile(path, `${process.pid} ${startTimeOf(process.pid) ?? ''}\n`, { flag: 'wx' })
      const release = async () => {
        await rm(path, { force: true })
        // A folder made for a build that failed goes again (rmdir removes only an empty one).
        if (created) await rmdir(dir).catch(() => undefined)
      }
      return { dir, release }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') throw new LecternError(`cannot write into the folder (${code})`, { file: shown(dir), cause: error })
    }
    const owner = await readOwner(path)
    if (await isStale(path, owner)) {
      await takeOverStale(path, owner)
      continue
    }
    if (Date.now() > deadline) {
      const who = owner === undefined ? 'another lectern' : `another lectern (process ${owner.pid})`
      throw new LecternError(`${who} is writing here; wait for it to finish (or remove ${lockName} if none runs)`, { file: shown(dir) })
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

interface Owner {
  pid: number
  started?: string
}

/** Who holds a lock; undefined while it is being written or when it is gone. */
async function readOwner(path: string): Promise<Owner | undefined> {
  const [pid, started] = (await readFile(path, 'utf8').catch(() => '')).trim().split(' ')
  const number = Number(pid)
  return Number.isInteger(number) && number > 0 ? { pid: number, started: started || undefined } : undefined
}

/**
 * A lock is stale when its process is gone, or its pid now names a process started later;
 * one without an owner (its run killed between making and writing it) once it is a few seconds old.
 */
async function isStale(path: string, owner: Owner | undefined): Promise<boolean> {
  if (!owner) {
    const info = await stat(path).catch(() => undefined)
    return info !== undefined && Date.now() - info.mtimeMs > 2_000
  }
  if (!isRunning(owner.pid)) return true
  const started = startTimeOf(owner.pid)
  return owner.started !== undefined && started !== undefined && started !== owner.started
}

/**
 * Remove a dead run's lock. Renamed aside first, so that of two runs that both found it
 * stale, only one removes it; if what was renamed turns out to be a new live lock (taken in
 * between), it is put back.
 */
async function takeOverStale(path: string, owner: Owner | undefined): Promise<void> {
  const aside = `${path}.${process.pid}.stale`
  if (
    !(await rename(path, aside).then(
      () => true,
      () => false,
    ))
  )
    return
  const moved = await readOwner(aside)
  // link, unlike rename, never replaces a lock taken meanwhile.
  if (moved?.pid !== owner?.pid || moved?.started !== owner?.started) await link(aside, path).catch(() => undefined)
  await rm(aside, { force: true })
}

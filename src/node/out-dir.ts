import { slugify } from '../core/slug.ts'
import { readdir, realpath, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { manifestName, readDeckFiles } from './deck-manifest.ts'
import { lockName, lockOutDir, type OutDirLock } from './out-dir-lock.ts'
import { isRunning } from './process-alive.ts'
import { shown } from './shown-path.ts'
import { finishReplacements, journalOwner, temporaryOwner } from './write-atomic.ts'
import { escapeRegExp } from '../core/regexp.ts'

/** Where a build puts its new files before they are moved into place: `.lectern-staging-PID-…` inside the deck folder. */
export const stagingPrefix = '.lectern-staging-'

/** Where a deck goes without `--out`: `dist/<article name>/`. */
export function defaultOutDir(article: string): string {
  return join('dist', slugOf(article))
}

/** `talk.md` → `talk`. */
export function slugOf(article: string): string {
  return slugify(basename(article).replace(/\.[^.]+$/, '')) || 'deck'
}

/**
 * Check that lectern may write a deck into `outDir`, take its lock, and remove what killed
 * runs left there. Release the lock in `finally`.
 */
export async function claimOutDir(outDir: string, article?: string): Promise<OutDirLock> {
  await checkOutDir(outDir, article)
  const lock = await lockOutDir(outDir)
  try {
    await removeLeftovers(outDir)
    // Another run may have changed the folder while this one waited for the lock.
    await checkOutDir(outDir, article)
    return lock
  } catch (error) {
    await lock.release()
    throw error
  }
}

/**
 * Refuse, with one line and before anything is written, an output folder whose files lectern
 * did not write: a file (the article itself, say), a folder holding the article, or a folder
 * with other files that is not a lectern deck. A new or empty folder, or a lectern deck, is fine.
 */
export async function checkOutDir(outDir: string, article?: string): Promise<void> {
  const info = await stat(outDir).catch((error: NodeJS.ErrnoException) => error)
  if (info instanceof Error) {
    if (info.code === 'ENOENT') return checkParents(outDir)
    if (info.code === 'ENOTDIR') return checkParents(outDir)
    throw new LecternError(`cannot use it as the output folder (${info.code})`, { file: shown(outDir), cause: info })
  }
  const realArticle = article ? await realpath(article).catch(() => resolve(article)) : undefined
  if (!info.isDirectory()) {
    const what = realArticle && (await realpath(outDir)) === realArticle ? 'is the article itself' : 'is a file, not a folder'
    throw new LecternError(`${what}; choose a folder for --out (the default is dist/<article name>/)`, { file: shown(outDir) })
  }
  if (realArticle && !relative(await realpath(outDir), realArticle).startsWith('..')) {
    throw new LecternError('holds the article; choose a folder of its own for --out (the default is dist/<article name>/)', {
      file: shown(outDir),
    })
  }
  const entries = (await readdir(outDir)).filter((name) => !isOwnWorkingFile(name))
  if (entries.length === 0 || (await readDeckFiles(outDir))) return
  throw new LecternError(
    `is not a lectern deck and holds other files (${entries[0]}${entries.length > 1 ? ' and more' : ''}); choose a new or empty folder for --out`,
    { file: shown(outDir) },
  )
}

/**
 * Refuse, with one line, to write a single file where it would replace the article itself
 * (`lectern build page.html --single-file --out .`), or into an `--out` that is a file.
 */
export async function checkSingleFileTarget(target: string, article: string): Promise<void> {
  const outDir = dirname(target)
  const folder = await stat(outDir).catch(() => undefined)
  if (!folder) return checkParents(outDir)
  if (!folder.isDirectory()) throw new LecternError('is a file, not a folder; choose a folder for --out', { file: shown(outDir) })
  const [existing, source] = await Promise.all([stat(target).catch(() => undefined), stat(article)])
  if (existing && existing.dev === source.dev && existing.ino === source.ino) {
    throw new LecternError('is the article itself; choose another --out folder for the single file', { file: shown(target) })
  }
}

/** A folder to be made under a file (`--out talk.md/deck`) would fail with a raw ENOTDIR. */
async function checkParents(outDir: string): Promise<void> {
  for (let dir = dirname(resolve(outDir)); dir !== dirname(dir); dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined)
    if (!info) continue
    if (!info.isDirectory())
      throw new LecternError(`is inside ${shown(dir)}, which is a file; choose a folder for --out`, { file: shown(outDir) })
    return
  }
}

/** lectern's own working files in a deck folder: its record, its lock, a build's staging folder, a file being written, a replacement's journal. */
function isOwnWorkingFile(name: string): boolean {
  return (
    name === manifestName ||
    name.startsWith(lockName) ||
    name.startsWith(stagingPrefix) ||
    temporaryOwner(name) !== undefined ||
    journalOwner(name) !== undefined
  )
}

/**
 * Remove what runs killed midway left (their process is gone): staging folders and
 * half-written files in the deck folder; beside it, the staging folders and `.keep` links of
 * lectern versions that built beside the deck. PDFs a run was killed while renaming into
 * place are put in place first, so the pair is whole again (see `writeFilesTogether`).
 */
export async function removeLeftovers(outDir: string): Promise<void> {
  await finishReplacements(outDir)
  const base = basename(outDir)
  const inside = await readdir(outDir).catch(() => [] as string[])
  const beside = await readdir(dirname(outDir)).catch(() => [] as string[])
  const leftovers = [
    ...inside.flatMap((name) => (isDead(leftoverOwner(name)) ? [join(outDir, name)] : [])),
    ...beside.flatMap((name) => (isDead(oldLeftoverOwner(name, base)) ? [join(dirname(outDir), name)] : [])),
  ]
  await Promise.all(leftovers.map((path) => rm(path, { recursive: true, force: true })))
}

function isDead(owner: number | undefined): boolean {
  return owner !== undefined && !isRunning(owner)
}

/** The pid in the name of one of lectern's working files inside a deck folder (0: unknown, so gone). */
function leftoverOwner(name: string): number | undefined {
  const staging = new RegExp(`^${escapeRegExp(stagingPrefix)}(\\d+)-`).exec(name) ?? /^\.lectern-lock\.(\d+)\.stale$/.exec(name)
  return staging ? Number(staging[1]) : temporaryOwner(name)
}

/** Earlier versions staged a build in `DECK.tmp-PID-TIME` and kept PDFs as `.DECK.slides.pdf.PID.keep`, beside the deck. */
function oldLeftoverOwner(name: string, base: string): number | undefined {
  const match = new RegExp(
    `^(?:${escapeRegExp(base)}\\.tmp-(\\d+)-\\d+|\\.${escapeRegExp(base)}\\.(?:slides|handout)\\.pdf\\.(\\d+)\\.keep)$`,
  ).exec(name)
  return match ? Number(match[1] ?? match[2]) : undefined
}

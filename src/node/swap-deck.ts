import { lstat, readdir, realpath, rename, rm, rmdir } from 'node:fs/promises'
import { dirname, join, posix } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { filesUnder, readDeckFiles, writeDeckManifest } from './deck-manifest.ts'
import { shown } from './shown-path.ts'

/**
 * Move a deck built in `staging` (a folder inside `outDir`) into place, so that a kill at any
 * moment leaves a whole deck: the old one or the new one. The new files go in beside the old
 * (a file both decks have is replaced by a rename: never half of one), index.html last; only
 * then are the old deck's files that the new one lacks removed. Only files lectern wrote are
 * replaced or removed: the record of them (see deck-manifest.ts) lists, while the swap runs,
 * the old files and the new, so a killed swap's files are still known to be lectern's.
 */
export async function swapInDeck(staging: string, outDir: string): Promise<void> {
  const previous = (await readDeckFiles(outDir)) ?? new Set<string>()
  const files = await filesUnder(staging, '.')
  await refuseForeignFiles(outDir, files, previous)
  await writeDeckManifest(outDir, new Set([...previous, ...files]))
  await moveInto(staging, outDir, (name) => name !== 'index.html')
  await rename(join(staging, 'index.html'), join(outDir, 'index.html'))
  const current = new Set(files)
  await removeFiles(
    outDir,
    [...previous].filter((file) => !current.has(file)),
  )
  await writeDeckManifest(outDir, current)
  await rm(staging, { recursive: true, force: true })
}

/** A path the new deck needs, held by a file lectern did not write (or a folder, or a link to one), is never replaced. */
async function refuseForeignFiles(outDir: string, files: string[], previous: Set<string>): Promise<void> {
  const folders = new Set(files.flatMap((file) => ancestors(file)))
  const problems = await Promise.all([
    ...[...folders].map(async (folder) => {
      const info = await lstat(join(outDir, folder)).catch(() => undefined)
      return info && !info.isDirectory() ? folder : undefined
    }),
    ...files.map(async (file) => {
      const info = await lstat(join(outDir, file)).catch(() => undefined)
      return info && (info.isDirectory() || !previous.has(file)) ? file : undefined
    }),
  ])
  const problem = problems.find((path) => path !== undefined)
  if (problem) {
    throw new LecternError(`lectern did not write this, and the deck needs its place; move it away or choose another --out`, {
      file: shown(join(outDir, problem)),
    })
  }
}

/** `a/b/c.png` → `a`, `a/b`. */
function ancestors(file: string): string[] {
  const parts = file.split('/').slice(0, -1)
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'))
}

/** Move every entry of `from` into `to`: a folder `to` lacks in one rename, else file by file. */
async function moveInto(from: string, to: string, include: (name: string) => boolean = () => true): Promise<void> {
  const entries = (await readdir(from, { withFileTypes: true })).filter((entry) => include(entry.name))
  await Promise.all(
    entries.map(async (entry) => {
      const target = join(to, entry.name)
      if (entry.isDirectory() && (await lstat(target).catch(() => undefined))?.isDirectory())
        return moveInto(join(from, entry.name), target)
      await rename(join(from, entry.name), target)
    }),
  )
}

/**
 * Remove files of the old deck, and the folders they leave empty. A record names files
 * relative to the deck; one reached through a linked folder (pointing outside) is left alone.
 */
async function removeFiles(outDir: string, files: string[]): Promise<void> {
  const root = await realpath(outDir)
  for (const file of files) {
    const path = join(outDir, file)
    const parent = await realpath(dirname(path)).catch(() => undefined)
    if (parent !== join(root, posix.dirname(file))) continue
    const info = await lstat(path).catch(() => undefined)
    if (!info || info.isDirectory()) continue
    await rm(path, { force: true })
    for (const folder of ancestors(file).reverse()) {
      if (
        !(await rmdir(join(outDir, folder)).then(
          () => true,
          () => false,
        ))
      )
        break
    }
  }
}

import { readFileSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import { packageRoot } from './package-root.ts'
import { writeFileAtomic } from './write-atomic.ts'

/** The record of lectern's own files in a deck folder: only these are ever replaced or removed. */
export const manifestName = '.lectern-deck.json'

/** What the record holds: who wrote the deck, and its files (relative, with `/`). */
export interface DeckManifest {
  generator: 'lectern'
  version: string
  files: string[]
}

const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }

/** The mark of a deck lectern built before it kept a record. */
const generatorMeta = '<meta name="generator" content="lectern">'

/**
 * The files lectern wrote in `dir`, from its record; for a deck built before there was one,
 * its index.html, `assets/`, `theme/` and the local files the page names. Undefined when the
 * folder is not a lectern deck.
 */
export async function readDeckFiles(dir: string): Promise<Set<string> | undefined> {
  const recorded = await readFile(join(dir, manifestName), 'utf8').then(parseManifest, () => undefined)
  if (recorded) return new Set(recorded.files)
  const index = await readFile(join(dir, 'index.html'), 'utf8').catch(() => '')
  if (!index.slice(0, 4096).includes(generatorMeta)) return undefined
  const files = new Set(['index.html'])
  for (const folder of ['assets', 'theme']) for (const file of await filesUnder(dir, folder)) files.add(file)
  for (const match of index.matchAll(/\s(?:src|href)="([^"]+)"/g)) {
    const path = safeRelative(decodeUrlPath(match[1]))
    if (path) files.add(path)
  }
  return files
}

/** Write the record of `files` into `dir`, atomically. */
export async function writeDeckManifest(dir: string, files: Iterable<string>): Promise<void> {
  const manifest: DeckManifest = { generator: 'lectern', version, files: [...files].sort() }
  await writeFileAtomic(join(dir, manifestName), new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'))
}

/** Every file under `dir/folder`, relative to `dir`, with `/`; empty when there is no such folder. */
export async function filesUnder(dir: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(dir, folder), { withFileTypes: true, recursive: true }).catch(() => [])
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

/**
 * A record is read as a list of plain relative paths: a shared deck's record naming
 * `../thesis.tex` or `/etc/passwd` must not make lectern remove that file.
 */
function parseManifest(text: string): DeckManifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<DeckManifest>
    if (value?.generator !== 'lectern' || !Array.isArray(value.files)) return undefined
    const files = value.files.flatMap((file) => {
      const path = typeof file === 'string' ? safeRelative(file) : undefined
      return path ? [path] : []
    })
    return { generator: 'lectern', version: String(value.version), files }
  } catch {
    return undefined
  }
}

/** `path` normalised when it stays inside the folder (no `..`, not absolute, not a URL), else undefined. */
export function safeRelative(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]|^\/\//i.test(path) || path.includes('\\') || path.includes('\0')) return undefined
  const normal = posix.normalize(path)
  if (normal === '.' || normal === '' || normal.startsWith('../') || normal === '..' || normal.endsWith('/')) return undefined
  return normal
}

function decodeUrlPath(url: string): string {
  try {
    return decodeURI(url.replace(/[?#].*$/, ''))
  } catch {
    return url.replace(/[?#].*$/, '')
  }
}

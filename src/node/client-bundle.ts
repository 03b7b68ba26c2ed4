import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { clientEntry, isSourceCheckout, packageRoot } from './package-root.ts'

/** The built deck app: a folder with `assets/`, and the files a page must load. */
export interface ClientBundle {
  dir: string
  /** Paths relative to `dir`. */
  scripts: string[]
  styles: string[]
}

/**
 * The deck app (Reveal, the notes plugin, lectern's base styles) built by Vite once and
 * cached by the hash of its sources, so that building a deck only writes HTML.
 */
export async function ensureClientBundle(): Promise<ClientBundle> {
  // An installed package ships the bundle built when it was packed (`npm pack` runs
  // scripts/pack-lib.ts): it never builds inside itself, which may be read-only.
  if (!isSourceCheckout) {
    const shipped = await readBundle(shippedClientDir)
    if (shipped) return shipped
  }
  const key = await sourceHash()
  const cacheRoot = await cacheFolder()
  const dir = join(cacheRoot, `client-${key}`)
  const cached = await readBundle(dir)
  if (cached) return cached

  const staging = `${dir}.${process.pid}.${Date.now()}`
  try {
    await buildClientBundle(staging)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw new LecternError(`could not build the deck app: ${(error as Error).message}`, { cause: error })
  }
  // Another process may have finished the same build first; theirs is as good as ours.
  await rename(staging, dir).catch(() => rm(staging, { recursive: true, force: true }))
  const bundle = await readBundle(dir)
  if (!bundle) throw new LecternError(`the deck app build in ${dir} has no manifest`)
  return bundle
}

/** Where a packed lectern keeps the deck app it was packed with. */
export const shippedClientDir = join(packageRoot, 'lib/client')

/** Build the deck app (Reveal, the notes plugin, base styles and fonts) with Vite into `outDir`. */
export async function buildClientBundle(outDir: string): Promise<void> {
  const { build } = await import('vite')
  await build({
    configFile: false,
    root: join(packageRoot, 'src/client'),
    base: './',
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      // One classic script (not an ES module with chunks): module scripts do not run from
      // file://, and a built deck must open from disk as it does over http.
      rollupOptions: { input: clientEntry, output: { format: 'iife' } },
      // A stylesheet of its own, loaded before the theme's (an IIFE build would otherwise
      // inject it from the script, after the theme, and its defaults would win).
      cssCodeSplit: false,
    },
  })
}

async function readBundle(dir: string): Promise<ClientBundle | undefined> {
  let manifest: Record<string, { file: string; css?: string[]; isEntry?: boolean }>
  try {
    manifest = JSON.parse(await readFile(join(dir, '.vite/manifest.json'), 'utf8'))
  } catch {
    return undefined
  }
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry)
  if (!entry) return undefined
  // One stylesheet for the whole app (`cssCodeSplit: false`): Vite names it `style.css` in the manifest.
  return { dir, scripts: [entry.file], styles: entry.css ?? (manifest['style.css'] ? [manifest['style.css'].file] : []) }
}

/** Hash of everything the bundle is built from: the client sources and the installed versions. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256')
  const clientDir = join(packageRoot, 'src/client')
  for (const name of (await readdir(clientDir)).sort()) hash.update(name).update(await readFile(join(clientDir, name)))
  for (const name of [
    'core/page.ts',
    'node/client-bundle.ts',
    '../node_modules/reveal.js/package.json',
    '../node_modules/vite/package.json',
  ]) {
    hash.update(await readFile(join(packageRoot, 'src', name)).catch(() => Buffer.from(name)))
  }
  return hash.digest('hex').slice(0, 16)
}

async function cacheFolder(): Promise<string> {
  const preferred = join(packageRoot, 'node_modules/.cache/lectern')
  try {
    await mkdir(preferred, { recursive: true })
    return preferred
  } catch {
    const fallback = join(tmpdir(), 'lectern-cache')
    await mkdir(fallback, { recursive: true })
    return fallback
  }
}

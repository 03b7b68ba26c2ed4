import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { LecternError } from '../errors.ts'
import { packageRoot } from './package-root.ts'

/** A theme on disk: its stylesheet and the folder of files it may refer to (fonts, images). */
export interface ResolvedTheme {
  name: string
  /** Absolute path of the theme's stylesheet. */
  css: string
  /** Folder shipped with the deck beside the stylesheet. */
  dir: string
  /** Whether the folder is the theme's own (copy all of it) or a user's folder holding one `.css` file. */
  ownFolder: boolean
}

export const builtInThemesDir = join(packageRoot, 'themes')

/** Names of the themes that ship with lectern. */
export async function builtInThemes(): Promise<string[]> {
  const entries = await readdir(builtInThemesDir, { withFileTypes: true })
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
}

/**
 * Find a theme by built-in name, by folder (`themes/<name>/` holding `theme.css`) or by a
 * `.css` file. Paths are relative to `baseDir` (the article's folder, or the working folder
 * for a command-line flag).
 */
export async function resolveTheme(spec: string, baseDir: string): Promise<ResolvedTheme> {
  const looksLikePath = /[\\/]/.test(spec) || extname(spec) === '.css' || spec.startsWith('.')
  if (!looksLikePath) {
    const dir = join(builtInThemesDir, spec)
    if (await isFile(join(dir, 'theme.css'))) return { name: spec, css: join(dir, 'theme.css'), dir, ownFolder: true }
    throw new LecternError(`unknown theme “${spec}”; available themes: ${(await builtInThemes()).join(', ')} (or a path to a .css file or theme folder)`)
  }
  const path = resolve(baseDir, spec)
  if (await isFile(join(path, 'theme.css'))) return { name: basename(path), css: join(path, 'theme.css'), dir: path, ownFolder: true }
  if (extname(path) === '.css' && (await isFile(path))) {
    return { name: basename(path, '.css'), css: path, dir: dirname(path), ownFolder: false }
  }
  throw new LecternError(`theme not found: ${spec} (expected a .css file or a folder with theme.css); built-in themes: ${(await builtInThemes()).join(', ')}`)
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}

import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { LecternError } from '../core/errors.ts'
import { defaultOptions } from '../core/options.ts'
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

/** A theme `lectern themes` lists. */
export interface ThemeEntry {
  name: string
  dir: string
  /** Ships with lectern (as opposed to the project's `themes/` folder). */
  builtIn: boolean
}

export const builtInThemesDir = join(packageRoot, 'themes')

/** Names of the themes that ship with lectern. */
export async function builtInThemes(): Promise<string[]> {
  return themeFolders(builtInThemesDir)
}

/** Whether a resolved theme is one of lectern's own (verified by its tests). */
export async function isBuiltInTheme(theme: ResolvedTheme): Promise<boolean> {
  return theme.ownFolder && dirname(theme.dir) === builtInThemesDir && (await builtInThemes()).includes(theme.name)
}

/**
 * Every theme a bare name can reach: the project's `themes/<name>/` folders (in `projectDirs`,
 * e.g. the article's folder and the working folder) first, then lectern's own.
 */
export async function listThemes(projectDirs: string[] = [process.cwd()]): Promise<ThemeEntry[]> {
  const entries: ThemeEntry[] = []
  const seen = new Set<string>()
  for (const themesDir of [...new Set(projectDirs.map((dir) => resolve(dir, 'themes')))]) {
    if (themesDir === builtInThemesDir) continue
    for (const name of await themeFolders(themesDir)) {
      if (seen.has(name)) continue
      seen.add(name)
      entries.push({ name, dir: join(themesDir, name), builtIn: false })
    }
  }
  for (const name of await builtInThemes()) {
    if (!seen.has(name)) entries.push({ name, dir: join(builtInThemesDir, name), builtIn: true })
  }
  return entries
}

/**
 * Find a theme by name (a project's `themes/<name>/`, then a built-in one), by folder
 * (holding `theme.css`) or by a `.css` file. Paths and project folders are relative to
 * `baseDir` (the article's folder, or the working folder for a command-line flag); a name
 * is also looked up in the working folder's `themes/`.
 */
export async function resolveTheme(spec: string, baseDir: string): Promise<ResolvedTheme> {
  const looksLikePath = /[\\/]/.test(spec) || extname(spec) === '.css' || spec.startsWith('.')
  if (!looksLikePath) {
    const themes = await listThemes([baseDir, process.cwd()])
    const found = themes.find((theme) => theme.name === spec)
    if (found) return { name: spec, css: join(found.dir, 'theme.css'), dir: found.dir, ownFolder: true }
    throw new LecternError(
      `unknown theme “${spec}”; available themes: ${themes.map((theme) => theme.name).join(', ')} (or a path to a .css file or theme folder)`,
    )
  }
  const path = resolve(baseDir, spec)
  if (await isFile(join(path, 'theme.css'))) return { name: basename(path), css: join(path, 'theme.css'), dir: path, ownFolder: true }
  if (extname(path) === '.css' && (await isFile(path))) {
    return { name: basename(path, '.css'), css: path, dir: dirname(path), ownFolder: false }
  }
  throw new LecternError(
    `theme not found: ${spec} (expected a .css file or a folder with theme.css); built-in themes: ${(await builtInThemes()).join(', ')}`,
  )
}

/**
 * The theme a frontmatter names. Jekyll and Hugo posts often carry `theme:` for the blog's own
 * site theme (`minima`, `PaperMod`): a bare name lectern does not know is then a warning and
 * the default theme is used, so the post still becomes a deck. A path (`./brand`, `talk.css`)
 * can only have been meant for lectern, so a missing one stays an error.
 */
export async function resolveFrontmatterTheme(spec: string, baseDir: string): Promise<{ theme: ResolvedTheme; problem?: string }> {
  const looksLikePath = /[\\/]/.test(spec) || extname(spec) === '.css' || spec.startsWith('.')
  const themes = looksLikePath ? [] : await listThemes([baseDir, process.cwd()])
  if (looksLikePath || themes.some((theme) => theme.name === spec)) return { theme: await resolveTheme(spec, baseDir) }
  const problem = `unknown theme “${spec}” (a blog's site theme?); using “${defaultOptions.theme}”; lectern's themes: ${themes.map((theme) => theme.name).join(', ')}`
  return { theme: await resolveTheme(defaultOptions.theme, baseDir), problem }
}

/** Sub-folders of `dir` that hold a `theme.css`, sorted; none when `dir` does not exist. */
async function themeFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const names: string[] = []
  for (const entry of entries) if (entry.isDirectory() && (await isFile(join(dir, entry.name, 'theme.css')))) names.push(entry.name)
  return names.sort()
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}

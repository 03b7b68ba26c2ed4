import { copyFile, cp, mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import type { VFile } from 'vfile'
import { renderDeckPage, type DeckOptions, type RenderedDeck } from '../core/index.ts'
import { LecternError } from '../core/errors.ts'
import { slugify } from '../core/slug.ts'
import { ensureClientBundle } from './client-bundle.ts'
import { katexDist } from './package-root.ts'
import { readArticle } from './read-article.ts'
import { renderArticle } from './render-article.ts'
import { isBuiltInTheme, type ResolvedTheme } from './resolve-theme.ts'
import { checkThemeContrast } from './check-contrast.ts'
import type { ContrastPair } from '../theme/contrast.ts'
import { inlineCustomPropertyImages } from '../theme/inline-images.ts'

/** What `lectern build` needs to know. */
export interface BuildOptions {
  /** The article file. */
  article: string
  /** Output folder; default `dist/<slug>/`. */
  outDir?: string
  /** Options that win over the article's frontmatter (e.g. `--theme`). */
  overrides?: Partial<DeckOptions>
  /**
   * Measure text contrast in a browser and warn below WCAG AA: `auto` (the default) does
   * it for a theme that is not built in or an article that sets `accent`; built-in themes
   * are verified by lectern's tests.
   */
  checkContrast?: 'auto' | boolean
  /** A picture of the title slide the deck will have (`png/01.png`, by `lectern png`), for link previews. */
  thumbnail?: string
}

export interface BuildResult {
  outDir: string
  rendered: RenderedDeck
  theme: ResolvedTheme
  /** Contrast of each text role, when it was measured (see {@link BuildOptions.checkContrast}). */
  contrast?: ContrastPair[]
}

/**
 * Build a static deck: `outDir/index.html`, the deck app, the theme and every local image
 * the article uses. Written to a temporary folder first, so a failed build leaves nothing
 * behind and never destroys the previous deck.
 */
export async function buildDeck(options: BuildOptions): Promise<BuildResult> {
  const file = await readArticle(options.article)
  return buildDeckFromFile(file, options)
}

/** Build from an article already read (for instance, imported from plain text). */
export async function buildDeckFromFile(file: VFile, options: BuildOptions): Promise<BuildResult> {
  const articleDir = dirname(resolve(options.article))
  const { rendered, theme, themeTweaks } = await renderArticle(file, options.article, options.overrides)
  const images = await resolveImages(rendered.file, articleDir)
  const client = await ensureClientBundle()
  const outDir = resolve(options.outDir ?? join('dist', slugOf(options.article)))
  await checkOutDir(outDir)

  const staging = `${outDir}.tmp-${process.pid}-${Date.now()}`
  try {
    await mkdir(staging, { recursive: true })
    await copyFolder(join(client.dir, 'assets'), join(staging, 'assets'))
    await copyTheme(theme, join(staging, 'theme'), rendered.file)
    const mathStyle = rendered.file.data.hasMath ? await copyMathStyle(join(staging, 'assets', 'katex')) : undefined
    for (const image of images) {
      await mkdir(dirname(join(staging, image)), { recursive: true })
      await cp(join(articleDir, image), join(staging, image))
    }
    const page = renderDeckPage(rendered, {
      scripts: client.scripts,
      modules: false,
      styles: [...client.styles, `theme/${basename(theme.css)}`],
      themeTweaks,
      thumbnail: options.thumbnail,
      mathStyle,
    })
    await writeFile(join(staging, 'index.html'), page)
    await rm(outDir, { recursive: true, force: true })
    await mkdir(dirname(outDir), { recursive: true })
    await rename(staging, outDir)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
  const contrast = (await shouldCheckContrast(options, rendered, theme)) ? await checkThemeContrast(outDir, rendered.file) : undefined
  return { outDir, rendered, theme, contrast }
}

async function shouldCheckContrast(options: BuildOptions, rendered: RenderedDeck, theme: ResolvedTheme): Promise<boolean> {
  if (typeof options.checkContrast === 'boolean') return options.checkContrast
  return !(await isBuiltInTheme(theme)) || rendered.deck.options.accent !== undefined
}

/** The deck folder for an article, by the slide ids' rule: `My Talk.md` → `my-talk`. */
export function slugOf(article: string): string {
  return slugify(basename(article).replace(/\.[^.]+$/, '')) || 'deck'
}

/** Local images, as paths relative to the article's folder; each must exist and stay inside it. */
export async function resolveImages(file: VFile, articleDir: string): Promise<string[]> {
  const found = new Set<string>()
  for (const asset of file.data.assets ?? []) {
    const place = { file: file.path, line: asset.position?.start.line, column: asset.position?.start.column }
    let path: string
    try {
      path = decodeURI(asset.url.replace(/[?#].*$/, ''))
    } catch {
      path = asset.url
    }
    const absolute = resolve(articleDir, path)
    const inside = relative(articleDir, absolute)
    if (path.startsWith('/') || inside.startsWith('..') || inside === '') {
      throw new LecternError(`image “${asset.url}” is outside the article's folder; move it beside the article`, place)
    }
    const info = await stat(absolute).catch(() => undefined)
    if (!info?.isFile()) throw new LecternError(`image not found: ${asset.url}`, place)
    found.add(inside.split(sep).join('/'))
  }
  return [...found]
}

/** Copy a folder, its files side by side: fs.cp copies one file after another, 3–6× slower for the deck app's hundred fonts. */
async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  const entries = await readdir(from, { withFileTypes: true })
  await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? copyFolder(join(from, entry.name), join(to, entry.name)) : copyFile(join(from, entry.name), join(to, entry.name)),
    ),
  )
}

/** KaTeX's stylesheet and the fonts it names (WOFF2, which every browser that runs the deck reads), for a deck with math. */
async function copyMathStyle(target: string): Promise<string> {
  const dist = katexDist()
  await mkdir(join(target, 'fonts'), { recursive: true })
  const fonts = (await readdir(join(dist, 'fonts'))).filter((name) => name.endsWith('.woff2'))
  await Promise.all([
    copyFile(join(dist, 'katex.min.css'), join(target, 'katex.min.css')),
    ...fonts.map((name) => copyFile(join(dist, 'fonts', name), join(target, 'fonts', name))),
  ])
  return 'assets/katex/katex.min.css'
}

/** Copy the theme, with the images its custom properties name embedded in its stylesheet. */
async function copyTheme(theme: ResolvedTheme, target: string, file: VFile): Promise<void> {
  // Folders made anew (writable), whatever the theme's own are: an installed package's are read-only.
  if (theme.ownFolder) await copyFolder(theme.dir, target)
  else await mkdir(target, { recursive: true })
  const source = await readFile(theme.css, 'utf8')
  const { css, missing } = await inlineCustomPropertyImages(source, (path) => readFile(resolve(dirname(theme.css), path)).catch(() => undefined))
  for (const path of missing) {
    file.message(`theme ${theme.name}: image ${path} not found beside ${basename(theme.css)} (or not an image); it will not show`, { ruleId: 'theme', source: 'lectern' })
  }
  // A copy of a read-only stylesheet is read-only too: replace it rather than write into it.
  await rm(join(target, basename(theme.css)), { force: true })
  await writeFile(join(target, basename(theme.css)), css)
}

/** The first kilobytes of a file (a deck's `<head>`), or '' when there is none. */
async function readHead(path: string): Promise<string> {
  const handle = await open(path).catch(() => undefined)
  if (!handle) return ''
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** Refuse to replace a folder that is not a lectern deck: `--out .` must not wipe a project. */
async function checkOutDir(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch(() => undefined)
  if (!entries || entries.length === 0) return
  const index = await readHead(join(outDir, 'index.html'))
  if (!index.includes('<meta name="generator" content="lectern">')) {
    throw new LecternError(`${outDir} exists and is not a lectern deck; choose another --out folder`)
  }
}

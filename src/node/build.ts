import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { VFile } from 'vfile'
import type { DeckOptions } from '../core/options.ts'
import { renderDeckPage } from '../core/page.ts'
import type { RenderedDeck } from '../core/render-stages.ts'
import { LecternError } from '../core/errors.ts'
import { ensureClientBundle } from './client-bundle.ts'
import { katexDist } from './package-root.ts'
import { readArticle } from './read-article.ts'
import { copyScriptFonts } from './script-fonts.ts'
import { renderArticle } from './render-article.ts'
import type { ImageOptions } from './plan-images.ts'
import { isBuiltInTheme, type ResolvedTheme } from './resolve-theme.ts'
import type { ContrastPair } from '../theme/contrast.ts'
import { themeCss } from './theme-css.ts'
import { claimOutDir, defaultOutDir, stagingPrefix } from './out-dir.ts'
import type { OutDirLock } from './out-dir-lock.ts'
import { swapInDeck } from './swap-deck.ts'

export { slugOf } from './out-dir.ts'

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
  /** The lock on `outDir`, when the caller holds it already (`lectern pdf` holds it across build and export). */
  lock?: OutDirLock
  /** Remote images: `offline` leaves them as placeholders; limits of each download. */
  images?: ImageOptions
  /** The browser that draws the article's diagrams (`--browser`); default: the one the export would find. */
  browser?: string
}

export interface BuildResult {
  outDir: string
  rendered: RenderedDeck
  theme: ResolvedTheme
  /** Contrast of each text role, when it was measured (see {@link BuildOptions.checkContrast}). */
  contrast?: ContrastPair[]
}

/**
 * Build a static deck: `outDir/index.html`, the deck app, the theme and every image the article
 * uses (local ones copied, remote ones downloaded: the deck loads nothing from the network). Written beside the previous deck first and swapped in file by file,
 * index.html last (see swap-deck.ts): a failed or killed build leaves the previous deck
 * whole, and files lectern did not write (the PDFs, a user's) stay.
 */
export async function buildDeck(options: BuildOptions): Promise<BuildResult> {
  const file = await readArticle(options.article)
  return buildDeckFromFile(file, options)
}

/** Build from an article already read (for instance, imported from plain text). */
export async function buildDeckFromFile(file: VFile, options: BuildOptions): Promise<BuildResult> {
  const { rendered, theme, themeTweaks, images } = await renderArticle(file, options.article, options.overrides, options.images, {
    executablePath: options.browser,
  })
  const client = await ensureClientBundle()
  const outDir = resolve(options.outDir ?? defaultOutDir(options.article))
  const lock = options.lock ?? (await claimOutDir(outDir, options.article))
  const staging = join(outDir, `${stagingPrefix}${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await mkdir(staging, { recursive: true })
    await copyFolder(join(client.dir, 'assets'), join(staging, 'assets'))
    await copyTheme(theme, join(staging, 'theme'), rendered.file)
    const mathStyle = rendered.file.data.hasMath ? await copyMathStyle(join(staging, 'assets', 'katex')) : undefined
    // The real file's bytes: a symlink is never copied as a link.
    for (const image of images.copies) {
      await mkdir(dirname(join(staging, image.to)), { recursive: true })
      await copyFile(image.from, join(staging, image.to))
    }
    for (const image of images.downloads) {
      await mkdir(dirname(join(staging, image.to)), { recursive: true })
      await writeFile(join(staging, image.to), image.bytes)
    }
    const fonts = await copyScriptFonts(rendered, staging)
    const page = renderDeckPage(rendered, {
      scripts: client.scripts,
      modules: false,
      fonts,
      styles: [...client.styles, `theme/${basename(theme.css)}`],
      themeTweaks,
      thumbnail: options.thumbnail,
      mathStyle,
    })
    await writeFile(join(staging, 'index.html'), page)
    await swapInDeck(staging, outDir)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw asWriteError(error, outDir)
  } finally {
    if (!options.lock) await lock.release()
  }
  // Loaded only for a deck that needs it: it brings an HTTP server and the browser's launcher,
  // which a build with a built-in theme never uses.
  const contrast = (await shouldCheckContrast(options, rendered, theme))
    ? await (await import('./check-contrast.ts')).checkThemeContrast(outDir, rendered.file)
    : undefined
  return { outDir, rendered, theme, contrast }
}

/** A full disk or a read-only folder is the user's to fix: one line, not a stack trace. */
function asWriteError(error: unknown, outDir: string): unknown {
  const code = (error as NodeJS.ErrnoException).code
  if (error instanceof LecternError || !code) return error
  return new LecternError(`cannot write the deck (${code})`, { file: outDir, cause: error })
}

async function shouldCheckContrast(options: BuildOptions, rendered: RenderedDeck, theme: ResolvedTheme): Promise<boolean> {
  if (typeof options.checkContrast === 'boolean') return options.checkContrast
  return !(await isBuiltInTheme(theme)) || rendered.deck.options.accent !== undefined
}

/** Copy a folder, its files side by side: fs.cp copies one file after another, slower for the deck app's hundred fonts (docs/benchmarks.md). */
async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  const entries = await readdir(from, { withFileTypes: true })
  await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? copyFolder(join(from, entry.name), join(to, entry.name))
        : copyFile(join(from, entry.name), join(to, entry.name)),
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

/**
 * Write the theme's stylesheet, self-contained: the images and fonts it uses from its own
 * folder embedded, nothing else of the folder copied (a theme folder may be any folder,
 * `theme: ..` included).
 */
async function copyTheme(theme: ResolvedTheme, target: string, file: VFile): Promise<void> {
  await mkdir(target, { recursive: true })
  const { css, problems } = await themeCss(theme)
  for (const problem of problems) file.message(problem, { ruleId: 'theme', source: 'lectern' })
  await writeFile(join(target, basename(theme.css)), css)
}

import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { renderDeckPage, type DeckOptions, type RenderedDeck } from '../core/index.ts'
import { readArticle } from '../node/read-article.ts'
import { renderArticle, type RenderedArticle } from '../node/render-article.ts'
import type { DownloadedImage } from '../node/download-image.ts'
import type { ImageOptions, ImagePlan } from '../node/plan-images.ts'
import type { ResolvedTheme } from '../node/resolve-theme.ts'

/** Options of the lectern Vite plugin. */
export interface LecternPluginOptions {
  /** The article to present, relative to the Vite root or absolute. */
  article: string
  /** Options that win over the article's frontmatter, e.g. `{ theme: 'night' }`. */
  overrides?: Partial<DeckOptions>
  /** Remote images: `offline` leaves them as placeholders; limits of each download. */
  images?: ImageOptions
}

/** URLs the page uses for the deck app and the theme; the plugin resolves them to files. */
export const clientUrl = '/@lectern/client'
export const themeUrl = '/@lectern/theme.css'
export const mathStyleUrl = '/@lectern/katex.css'
/** The fallback fonts for scripts the bundled ones lack (see src/node/script-fonts.ts). */
export const scriptFontsUrl = '/@lectern/script-fonts.css'
/** The dev page's one script: the deck app, KaTeX's styles for a deck with math, the fallback fonts, then the theme (a module, so that Vite hot-updates it). */
export const devEntryUrl = '/@lectern/dev-entry.js'

/** The article behind the dev server or a Vite build, rendered again when it changes, with its theme. */
export class LiveArticle {
  /** Absolute path of the article, once {@link setRoot} has run. */
  article: string
  readonly overrides: Partial<DeckOptions>
  rendered?: RenderedDeck
  theme?: ResolvedTheme
  /** CSS for the article's theme tweaks, as the build writes it. */
  themeTweaks?: string
  /** The article file's identity, size and time of change when it was last read. */
  private lastRead?: string
  /** The article's images as last rendered: downloaded remote ones are served from memory. */
  images?: ImagePlan
  private readonly imageOptions: ImageOptions

  constructor(options: LecternPluginOptions) {
    this.article = options.article
    this.overrides = options.overrides ?? {}
    // Downloaded once per server, not again on every save.
    this.imageOptions = { ...options.images, cache: new Map<string, DownloadedImage>() }
  }

  /** Resolve the article against the Vite root (known only once Vite reads its config). */
  setRoot(root: string): void {
    this.article = resolve(root, this.article)
  }

  /** Read and render the article again (after it changed). */
  async load(): Promise<RenderedDeck> {
    return this.apply(await this.render())
  }

  /** Render the article without changing what this source serves (see {@link apply}). */
  async render(): Promise<RenderedArticle> {
    // Taken before the read: a save in between makes the next check render once more, never once less.
    this.lastRead = await fileStamp(this.article)
    return renderArticle(await readArticle(this.article), this.article, this.overrides, this.imageOptions)
  }

  /** Whether the article on disk is not the one last read by {@link render}. */
  async changedOnDisk(): Promise<boolean> {
    return (await fileStamp(this.article)) !== this.lastRead
  }

  /** Serve a render from now on. */
  apply(result: RenderedArticle): RenderedDeck {
    this.rendered = result.rendered
    this.theme = result.theme
    this.themeTweaks = result.themeTweaks
    this.images = result.images
    return result.rendered
  }

  /** The deck page, with the app and theme as module imports so Vite bundles them and hot-updates the CSS. */
  page(): string {
    if (!this.rendered) throw new Error('LiveArticle.page() before load()')
    return renderDeckPage(this.rendered, {
      // No inline script: the page's Content-Security-Policy runs none.
      // KaTeX's stylesheet only for a deck with math (an edit that adds the first formula reloads to get it).
      scripts: [this.rendered.file.data.hasMath ? `${devEntryUrl}?math` : devEntryUrl],
      styles: [],
      themeTweaks: this.themeTweaks,
    })
  }
}

/** What tells one version of a file from the next without reading it (undefined if it is gone). */
async function fileStamp(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined)
  return info && `${info.ino}:${info.size}:${info.mtimeMs}`
}

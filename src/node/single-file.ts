import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { VFile } from 'vfile'
import { renderDeckPage } from '../core/page.ts'
import type { RenderedDeck } from '../core/render-stages.ts'
import { scriptFonts } from '../theme/script-fonts.ts'
import { scriptFontsRules } from './script-fonts.ts'
import { dataUrl } from '../theme/contain-css.ts'
import { themeCss as containedThemeCss } from './theme-css.ts'
import { type BuildOptions, slugOf } from './build.ts'
import type { ImagePlan } from './plan-images.ts'
import { ensureClientBundle } from './client-bundle.ts'
import { katexDist } from './package-root.ts'
import { renderArticle } from './render-article.ts'
import type { ResolvedTheme } from './resolve-theme.ts'
import { checkSingleFileTarget } from './out-dir.ts'
import { writeFileAtomic } from './write-atomic.ts'

/** Above this, a single file is slow to open and to send: the build warns. */
export const singleFileWarnBytes = 20 * 1024 * 1024

export interface SingleFileResult {
  /** The one file written: `outDir/<article name>.html`. */
  file: string
  bytes: number
  rendered: RenderedDeck
  theme: ResolvedTheme
}

/**
 * Build a deck as one HTML file with everything inside: the deck app, its styles, the fonts
 * the deck's text uses (cut down to its characters) and its images, as data: URLs. It opens
 * from disk and makes no request at all; nothing else is written.
 */
export async function buildSingleFile(file: VFile, options: BuildOptions): Promise<SingleFileResult> {
  const { rendered, theme, themeTweaks, images } = await renderArticle(file, options.article, options.overrides, options.images, {
    executablePath: options.browser,
  })
  const client = await ensureClientBundle()
  const outDir = resolve(options.outDir ?? join('dist', slugOf(options.article)))
  const target = join(outDir, `${slugOf(options.article)}.html`)

  const html = await inlineImages(rendered, images)
  const characters = textCharacters(html + rendered.deck.meta.title)
  const themeCss = await inlineThemeCss(theme, rendered.file)
  const families = usedFamilies(
    [await readFile(join(client.dir, client.styles[0] ?? ''), 'utf8').catch(() => ''), themeCss, themeTweaks],
    /<(code|pre)\b/.test(html),
  )
  const styles = await Promise.all(
    client.styles.map(async (path) =>
      inlineFonts(await readFile(join(client.dir, path), 'utf8'), dirname(join(client.dir, path)), families, characters),
    ),
  )
  // The fallback fonts for other scripts and emoji that the text needs (src/node/script-fonts.ts), subset and inlined the same way.
  const scriptFamilies = new Set(scriptFonts.map((font) => font.family))
  const scriptStyles = await inlineFonts(await scriptFontsRules(rendered), '/', scriptFamilies, characters)
  const scripts = await Promise.all(client.scripts.map((path) => readFile(join(client.dir, path), 'utf8')))
  const mathStyles = rendered.file.data.hasMath ? [await inlineMathStyle(characters)] : []
  const page = renderDeckPage(
    { ...rendered, html },
    {
      scripts: [],
      styles: [],
      inlineScripts: scripts,
      inlineStyles: [scriptStyles, ...mathStyles, ...styles, themeCss].filter(Boolean),
      themeTweaks,
    },
  )
  const bytes = Buffer.byteLength(page)
  if (bytes > singleFileWarnBytes) {
    rendered.file.message(
      `the single file is ${(bytes / 1024 / 1024).toFixed(1)} MB, mostly its pictures: smaller images would make it quicker to open and send`,
      { ruleId: 'single-file', source: 'lectern' },
    )
  }
  await checkSingleFileTarget(target, options.article)
  await writeFileAtomic(target, Buffer.from(page))
  return { file: target, bytes, rendered, theme }
}

/** The slides' HTML with each image the deck ships (copied or downloaded) as a data: URL. */
async function inlineImages(rendered: RenderedDeck, images: ImagePlan): Promise<string> {
  let html = rendered.html
  const replace = (src: string, url: string | undefined) => {
    if (url) html = html.split(`src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join(`src="${url}"`)
  }
  for (const image of images.downloads) replace(image.to, dataUrl(image.to, Buffer.from(image.bytes)))
  for (const asset of rendered.file.data.assets ?? []) {
    if (asset.remote || images.sources.has(asset.url)) continue
    let path = asset.url
    try {
      path = decodeURI(asset.url.replace(/[?#].*$/, ''))
    } catch {
      // A malformed %-escape: the URL as written.
    }
    const copy = images.copies.find((each) => each.to === path.replace(/^\.\//, ''))
    if (copy) replace(asset.url, dataUrl(copy.to, await readFile(copy.from)))
  }
  return html
}

/** The theme's stylesheet, self-contained as a built deck ships it (see `themeCss`). */
async function inlineThemeCss(theme: ResolvedTheme, file: VFile): Promise<string> {
  const { css, problems } = await containedThemeCss(theme)
  for (const problem of problems) file.message(problem, { ruleId: 'theme', source: 'lectern' })
  return css
}

/**
 * The font families the deck's text is set in: the family names of `--r-main-font`,
 * `--r-heading-font` and (when the deck has code) `--r-code-font` as the last stylesheet that
 * sets them says (base styles, then the theme, then the article's tweaks), and any family a
 * rule names directly.
 */
export function usedFamilies(stylesheets: string[], hasCode = true): Set<string> {
  const values = new Map<string, string>()
  const direct = new Set<string>()
  for (const css of stylesheets) {
    for (const match of css.matchAll(/(--r-(?:main|heading|code)-font)\s*:\s*([^;}]+)/g)) values.set(match[1], match[2])
    // The families rules use, not those `@font-face` rules declare.
    const rules = css.replace(/@font-face\s*\{[^}]*\}/g, '')
    for (const match of rules.matchAll(/(?<![-\w])font-family\s*:\s*([^;}]+)/g)) {
      if (!match[1].includes('var(')) for (const name of familyNames(match[1])) direct.add(name)
    }
  }
  const families = new Set(direct)
  for (const [property, value] of values) {
    if (property === '--r-code-font' && !hasCode) continue
    for (const name of familyNames(value)) families.add(name)
  }
  return families
}

function familyNames(value: string): string[] {
  return value
    .split(',')
    .map((name) => name.trim().replace(/^['"]|['"]$/g, ''))
    .filter(
      (name) =>
        name && !name.startsWith('var(') && !/^(system-ui|sans-serif|serif|monospace|ui-monospace|cursive|fantasy|inherit)$/.test(name),
    )
}

/** Every character of the deck's text (tags and entities read as a browser would), with ASCII for numbers and labels. */
export function textCharacters(html: string): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
  const ascii = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('')
  return [...new Set(ascii + text + '·…–—’“”')].join('')
}

/**
 * The deck app's styles with its `@font-face` rules cut down to the faces the deck uses: a
 * family it is set in, and a unicode-range that holds some of its characters. Each face kept
 * is subset to those characters and inlined as a data: URL; the others are dropped.
 * Written here rather than taken from a CSS tool: the rules are Fontsource's, one shape.
 */
async function inlineFonts(css: string, dir: string, families: Set<string>, characters: string): Promise<string> {
  const { default: subsetFont } = await import('subset-font')
  const codePoints = [...characters].map((char) => char.codePointAt(0)!)
  const faces = [...css.matchAll(/@font-face\s*\{[^}]*\}/g)]
  const replacements = await Promise.all(
    faces.map(async ([rule]) => {
      const family = /font-family\s*:\s*([^;]+)/
        .exec(rule)?.[1]
        .trim()
        .replace(/^['"]|['"]$/g, '')
      const src = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(rule)?.[1]
      const range = /unicode-range\s*:\s*([^;}]+)/.exec(rule)?.[1]
      if (!family || !src || !families.has(family)) return ''
      const wanted = range ? codePoints.filter((point) => inRange(point, range)) : codePoints
      if (wanted.length === 0) return ''
      const bytes = await readFile(resolve(dir, src))
      const subset = await subsetFont(bytes, String.fromCodePoint(...wanted), { targetFormat: 'woff2' })
      return rule.replace(/url\(\s*['"]?[^'")]+['"]?\s*\)/, `url(data:font/woff2;base64,${Buffer.from(subset).toString('base64')})`)
    }),
  )
  let index = 0
  return css.replace(/@font-face\s*\{[^}]*\}/g, () => replacements[index++])
}

/** KaTeX's stylesheet with its fonts cut down to the deck's characters and inside it; the WOFF and TTF fallbacks go. */
async function inlineMathStyle(characters: string): Promise<string> {
  const dir = katexDist()
  const css = await readFile(join(dir, 'katex.min.css'), 'utf8')
  const families = new Set(
    [...css.matchAll(/@font-face\s*\{[^}]*?font-family\s*:\s*([^;}]+)/g)].map((match) => match[1].trim().replace(/^['"]|['"]$/g, '')),
  )
  const inlined = await inlineFonts(css, dir, families, characters)
  return inlined.replace(/,\s*url\(\s*['"]?fonts\/[^)]+\)\s*format\(\s*['"][^'"]+['"]\s*\)/g, '')
}

/** Whether a code point falls in a CSS unicode-range (`U+0-FF, U+131, U+2000-206F`). */
export function inRange(point: number, range: string): boolean {
  return range.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    if (from.includes('?'))
      return point >= Number.parseInt(from.replace(/\?/g, '0'), 16) && point <= Number.parseInt(from.replace(/\?/g, 'f'), 16)
    const start = Number.parseInt(from, 16)
    return point >= start && point <= (to === undefined ? start : Number.parseInt(to, 16))
  })
}

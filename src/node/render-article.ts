import { dirname, resolve } from 'node:path'
import { VFile } from 'vfile'
import type { DeckOptions } from '../core/options.ts'
import type { DiagramRenderings } from '../core/diagrams.ts'
import { frontmatterPlace } from '../core/frontmatter-place.ts'
import type { ImageSources } from '../core/links.ts'
import { finishDeck, parseDeck, type RenderedDeck } from '../core/render-stages.ts'
import { themeTweaks, themeTweaksCss } from '../theme/tweaks.ts'
import { startKeyPointThreads, threadedKeyPointsFrom } from './key-point-threads.ts'
import { readLogo } from './logo.ts'
import { planImages, type ImageOptions, type ImagePlan } from './plan-images.ts'
import { resolveFrontmatterTheme, resolveTheme, type ResolvedTheme } from './resolve-theme.ts'
import type { DrawOptions } from './diagrams/draw-diagrams.ts'
import { renderDiagrams } from './diagrams/render-diagrams.ts'
import { loadRenderParts } from './render-parts.ts'
import { themeCss } from './theme-css.ts'
import { warnUnavailableImages } from './warn-images.ts'

/** An article rendered, with what its page needs beside the slides: its theme and theme tweaks. */
export interface RenderedArticle {
  rendered: RenderedDeck
  theme: ResolvedTheme
  /** CSS for the article's theme tweaks (its logo as a data: URL), for the page. */
  themeTweaks: string
  /** The article's images: what to copy and write into the deck, and which show as placeholders. */
  images: ImagePlan
}

/**
 * Render an article read from `articlePath` for a build or the dev server. A theme from the
 * command line is found from the working folder, one from the frontmatter from the article's.
 * Problems with the frontmatter's theme tweaks become warnings on the file; images that
 * cannot be shipped become placeholders and one warning listing them all.
 */
export async function renderArticle(
  file: VFile,
  articlePath: string,
  overrides: Partial<DeckOptions> = {},
  imageOptions: ImageOptions = {},
  diagramOptions: DrawOptions = {},
): Promise<RenderedArticle> {
  const articleDir = dirname(resolve(articlePath))
  // Started first, so that the thread loads while this one parses the article.
  const threads = String(file.value).length >= threadedKeyPointsFrom ? startKeyPointThreads() : undefined
  if (threads) file.data.keyPointBatch = threads.batch
  try {
    return await renderWith(file, articleDir, overrides, imageOptions, diagramOptions)
  } finally {
    threads?.close()
    delete file.data.keyPointBatch
  }
}

async function renderWith(
  file: VFile,
  articleDir: string,
  overrides: Partial<DeckOptions>,
  imageOptions: ImageOptions,
  diagramOptions: DrawOptions,
): Promise<RenderedArticle> {
  // Which images need a new URL is known only once the article is parsed: render again
  // with them when any does (a deck with only local images present renders once).
  const source = { path: file.path, value: String(file.value), data: { ...file.data } }
  const earlier = [...file.messages]
  let rendered = await renderDeck(file, overrides)
  const images = await planImages(rendered.file.data.assets ?? [], articleDir, imageOptions)
  // The command line's theme was typed by the user, so an unknown one stays an error.
  const { theme, problem: themeProblem } = overrides.theme
    ? { theme: await resolveTheme(overrides.theme, process.cwd()), problem: undefined }
    : await resolveFrontmatterTheme(rendered.deck.options.theme, articleDir)
  const logo = await readLogo(rendered, articleDir)
  const tweaks = themeTweaks(rendered.deck.options, logo)
  // Diagrams are drawn in the deck's colours and fonts, then the article renders again with them.
  const diagramSources = rendered.file.data.diagrams ?? []
  const diagrams =
    diagramSources.length > 0
      ? await renderDiagrams(diagramSources, { themeCss: (await themeCss(theme)).css, tweaksCss: themeTweaksCss(tweaks) }, diagramOptions)
      : undefined
  if (images.sources.size > 0 || diagrams) {
    const again = new VFile(source)
    again.messages.push(...earlier)
    rendered = await renderDeck(again, overrides, images.sources.size > 0 ? images.sources : undefined, diagrams)
  }
  delete rendered.file.data.keyPointBatch
  warnUnavailableImages(rendered.file, images.unavailable)
  if (themeProblem) {
    rendered.file.message(themeProblem, { place: frontmatterPlace(rendered.file, 'theme'), ruleId: 'theme', source: 'lectern' })
  }
  for (const problem of tweaks.problems) {
    rendered.file.message(problem, { place: rendered.file.data.frontmatterPosition, ruleId: 'theme', source: 'lectern' })
  }
  return { rendered, theme, themeTweaks: themeTweaksCss(tweaks), images }
}

/** `renderDeck` of the core, with only the optional libraries the article needs loaded (see `RenderParts`). */
async function renderDeck(
  file: VFile,
  overrides: Partial<DeckOptions>,
  images?: ImageSources,
  diagrams?: DiagramRenderings,
): Promise<RenderedDeck> {
  const parsed = parseDeck(file, overrides, images, diagrams)
  return finishDeck(parsed, await loadRenderParts(parsed.needs))
}

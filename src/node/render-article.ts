import { dirname, resolve } from 'node:path'
import type { VFile } from 'vfile'
import { renderDeck, type DeckOptions, type RenderedDeck } from '../core/index.ts'
import { themeTweaks, themeTweaksCss } from '../theme/tweaks.ts'
import { readLogo } from './logo.ts'
import { resolveTheme, type ResolvedTheme } from './resolve-theme.ts'

/** An article rendered, with what its page needs beside the slides: its theme and theme tweaks. */
export interface RenderedArticle {
  rendered: RenderedDeck
  theme: ResolvedTheme
  /** CSS for the article's theme tweaks (its logo as a data: URL), for the page. */
  themeTweaks: string
}

/**
 * Render an article read from `articlePath` for a build or the dev server. A theme from the
 * command line is found from the working folder, one from the frontmatter from the article's.
 * Problems with the frontmatter's theme tweaks become warnings on the file.
 */
export async function renderArticle(file: VFile, articlePath: string, overrides: Partial<DeckOptions> = {}): Promise<RenderedArticle> {
  const articleDir = dirname(resolve(articlePath))
  const rendered = renderDeck(file, overrides)
  const theme = await resolveTheme(rendered.deck.options.theme, overrides.theme ? process.cwd() : articleDir)
  const logo = await readLogo(rendered, articleDir)
  const tweaks = themeTweaks(rendered.deck.options, logo)
  for (const problem of tweaks.problems) {
    rendered.file.message(problem, { place: rendered.file.data.frontmatterPosition, ruleId: 'theme', source: 'lectern' })
  }
  return { rendered, theme, themeTweaks: themeTweaksCss(tweaks) }
}

import type { Compatible } from 'vfile'
import { fromHtml } from 'hast-util-from-html'
import { raw } from 'hast-util-raw'
import katex from 'katex'
import { highlighter } from './highlighter.ts'
import type { DiagramRenderings } from './diagrams.ts'
import type { ImageSources } from './links.ts'
import type { DeckOptions } from './options.ts'
import type { RenderParts } from './parts.ts'
import { finishDeck, parseDeck, type RenderedDeck } from './render-stages.ts'

export type { RenderedDeck } from './render-stages.ts'

/** Every optional library, for a render that cannot wait for one to load (see `RenderParts`). */
const allParts: RenderParts = { fromHtml, raw, katex, rehypeHighlight: highlighter }

/**
 * Render markdown to deck HTML without touching the disk.
 * `overrides` win over the article's frontmatter, which wins over the defaults; `images`
 * points images at a build's copies of them (see `ImageSources`), and `diagrams` gives the
 * drawings of the article's diagrams (see `DiagramRenderings`; without them, a diagram shows its source).
 */
export function renderDeck(
  markdown: Compatible,
  overrides: Partial<DeckOptions> = {},
  images?: ImageSources,
  diagrams?: DiagramRenderings,
): RenderedDeck {
  return finishDeck(parseDeck(markdown, overrides, images, diagrams), allParts)
}

import type { Element, Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { selectAll, select } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { parseFragment } from 'parse5'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'

/**
 * Parse deck HTML (a fragment of sections) for assertions with CSS selectors. The same parse as
 * `fromHtml(html, { fragment: true })`, without the source positions no assertion reads: tracking
 * them was a quarter of the parse, and the tests parse about two hundred decks.
 */
export function parseDeck(html: string): Root {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root
}

export { select, selectAll }

/** The deck an article renders to (as `post.md`, or the path given: `post.mdx` reads MDX), and its parsed HTML. */
export function renderedDeck(markdown: string, path = 'post.md') {
  const rendered = renderDeck(new VFile({ path, value: markdown }))
  return { ...rendered, tree: parseDeck(rendered.html) }
}

/** The points and lead-ins an article's deck shows, in order, a lead-in marked with "lead: ". */
export function shownPoints(markdown: string): string[] {
  return selectAll('.lectern-points li', renderedDeck(markdown).tree).map(
    (item) => `${String(item.properties.className ?? '').includes('lectern-lead-in') ? 'lead: ' : ''}${text(item)}`,
  )
}

/** Visible text of an element, whitespace collapsed. */
export function text(node: Element | Root | undefined): string {
  return node ? normalize(toText(node)) : ''
}

export function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** The vertical slides of a deck, in order. */
export function slidesOf(tree: Root): Element[] {
  return selectAll('section.lectern-group > section', tree)
}

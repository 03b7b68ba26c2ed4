import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll, select } from 'hast-util-select'
import { toText } from 'hast-util-to-text'

/** Parse deck HTML (a fragment of sections) for assertions with CSS selectors. */
export function parseDeck(html: string): Root {
  return fromHtml(html, { fragment: true })
}

export { select, selectAll }

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

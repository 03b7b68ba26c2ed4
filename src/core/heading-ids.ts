import type { Heading, Root } from 'mdast'
import { visit } from 'unist-util-visit'

declare module 'mdast' {
  interface HeadingData {
    /** The id the author gave the heading (`## Setup {#setup}`), for the slide's anchor. */
    lecternId?: string
  }
}

/**
 * An attribute list at the end of a heading: kramdown's `{#id .class}` and `{: #id}`,
 * Pandoc's and Hugo's `{#id}`. Only lists that start with `#`, `.`, `:` or hold `key=value`
 * count, so a heading that ends in `{braces}` of its own keeps them.
 */
const attributes =
  /\s*\{:?\s*((?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+))(?:\s+(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+)))*)\s*\}\s*$/

/** Strip heading attribute lists from headings, keeping the id on `heading.data.lecternId`. */
export function remarkHeadingIds() {
  return function (tree: Root) {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children[heading.children.length - 1]
      if (last?.type !== 'text') return
      const match = attributes.exec(last.value)
      if (!match) return
      last.value = last.value.slice(0, match.index)
      if (last.value === '') heading.children.pop()
      const id = /(?:^|\s)#([\w:.-]+)/.exec(match[1])?.[1]
      if (id) heading.data = { ...heading.data, lecternId: id }
    })
  }
}

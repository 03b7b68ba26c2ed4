import type { Blockquote, Paragraph, Root } from 'mdast'
import { visit } from './visit.ts'

/*
 * Callouts: GitHub's alerts and Obsidian's callouts (`> [!NOTE]`, `> [!tip] A title`), and
 * the admonitions of Docusaurus, VitePress and Quarto, which `convertBlockSyntax` writes in
 * the same form. Each becomes a labelled box on its slide: a block quote with the classes
 * `lectern-callout` and `lectern-callout-<kind>`, opened by its title (or its kind) as a label.
 */

const marker = /^\[!([\w-]+)\]([+-]?)[ \t]*([^\n]*)(?:\n|$)/

/** Remark plugin: turn `[!kind]` block quotes into callouts (see above). */
export function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      const first = quote.children[0]
      if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return
      const text = first.children[0]
      const found = marker.exec(text.value)
      if (!found) return
      const kind = found[1].toLowerCase()
      text.value = text.value.slice(found[0].length)
      // The title runs to the end of the marker's line: the rest of its text node, and a break after it goes too.
      if (text.value === '' && first.children[1]?.type === 'break') first.children.splice(0, 2)
      else if (text.value === '') first.children.shift()
      if (first.children.length === 0) quote.children.shift()
      // One with nothing but its title, where it held lines (a component's tag, left out: see
      // inline-syntax.ts), says nothing on the slide. (One written as its title alone,
      // "> [!warning] Back up the database first.", says its title.)
      const held = (quote.position?.end.line ?? 0) > (quote.position?.start.line ?? 0)
      if (quote.children.length === 0 && held && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return index
      }
      asCallout(quote, kind, found[3].trim())
    })
  }
}

/** Make a block quote a callout of `kind`: its title (or its kind) as a label over it. */
export function asCallout(quote: Blockquote, kind: string, title = ''): Blockquote {
  const label: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: title || kind[0].toUpperCase() + kind.slice(1) }],
    data: { hProperties: { className: ['lectern-callout-label'] } },
  }
  quote.children.unshift(label)
  quote.data = { ...quote.data, hProperties: { className: ['lectern-callout', `lectern-callout-${kind}`] } }
  return quote
}

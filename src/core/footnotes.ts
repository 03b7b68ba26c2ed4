import type { Element, ElementContent, Root } from 'hast'
import { visit } from './visit.ts'

/*
 * mdast-util-to-hast puts every footnote in one list after the whole document, where Reveal
 * would take it for a slide. A footnote belongs to the slide that cites it: its text goes in
 * that slide's notes (and so in the handout), numbered as its marker on the slide. Footnotes
 * no slide cites go in the last slide's notes.
 */

/** Move each footnote into the notes of the first slide that cites it. */
export function distributeFootnotes(tree: Root): void {
  const last = tree.children[tree.children.length - 1]
  if (last?.type !== 'element' || last.properties.dataFootnotes === undefined) return
  tree.children.pop()
  const items = new Map<string, Element>()
  visit(last, 'element', (node) => {
    if (node.tagName === 'li' && typeof node.properties.id === 'string') items.set(node.properties.id, node)
  })
  const slides = tree.children
    .filter((group): group is Element => group.type === 'element')
    .flatMap((group) => group.children.filter((slide): slide is Element => slide.type === 'element' && slide.tagName === 'section'))
  for (const slide of slides) {
    const cited: Element[] = []
    visit(slide, 'element', (node, _, parent) => {
      if (node.tagName !== 'a' || node.properties.dataFootnoteRef === undefined) return
      if (parent?.type === 'element' && parent.tagName === 'sup') parent.properties.className = ['lectern-footnote-ref']
      const id = String(node.properties.href ?? '').replace(/^#/, '')
      // Not a link: the footnote is in the notes, and Reveal would read its id as a slide to go to.
      node.tagName = 'span'
      delete node.properties.href
      delete node.properties.ariaDescribedBy
      const item = items.get(id)
      if (!item) return
      items.delete(id)
      cited.push(numbered(item, toText(node)))
    })
    if (cited.length > 0) notesOf(slide).children.push(footnoteList(cited))
  }
  const rest = [...items.values()]
  const final = slides[slides.length - 1]
  if (rest.length > 0 && final) notesOf(final).children.push(footnoteList(rest))
}

/** The footnote with the number its marker shows, and without its back link (notes have nothing to go back to). */
function numbered(item: Element, number: string): Element {
  visit(item, 'element', (node, index, parent) => {
    if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined && parent && index !== undefined) {
      parent.children.splice(index, 1)
      const before = parent.children[index - 1]
      if (before?.type === 'text') before.value = before.value.trimEnd()
      return index
    }
    return undefined
  })
  return { ...item, properties: { ...item.properties, value: /^\d+$/.test(number) ? number : undefined } }
}

function footnoteList(items: Element[]): Element {
  // A <div>, not a <section>: Reveal takes every <section> for a slide, even inside notes.
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['footnotes', 'lectern-footnotes'], dataFootnotes: true },
    children: [{ type: 'element', tagName: 'ol', properties: {}, children: items }],
  }
}

function notesOf(slide: Element): Element {
  let notes = slide.children.find((node): node is Element => node.type === 'element' && node.tagName === 'aside')
  if (!notes) {
    notes = { type: 'element', tagName: 'aside', properties: { className: ['notes'] }, children: [] }
    slide.children.push(notes)
  }
  return notes
}

function toText(node: ElementContent): string {
  if (node.type === 'text') return node.value
  return node.type === 'element' ? node.children.map(toText).join('') : ''
}

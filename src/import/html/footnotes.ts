import type { Element, ElementContent, Root } from 'hast'
import type { Options } from 'rehype-remark'
import { toText } from 'hast-util-to-text'
import type { FootnoteDefinition, FootnoteReference } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { classesOf } from './chrome.ts'

/*
 * A built blog page prints its footnotes as a list after the post (Pandoc's `section.footnotes`,
 * kramdown's and Hugo's `div.footnotes`, GitHub's `section[data-footnotes]`) and cites them with
 * links to the list's items. Left as they are, the list is one more block of the last section
 * (a second "Acknowledgments" slide) and the markers are stray numbers. Made markdown
 * footnotes again, each footnote goes into the notes of the slide that cites it, as a
 * markdown article's do.
 */

/** A rehype-remark handler, and the state it is handed (hast-util-to-mdast's types, through rehype-remark). */
/** A rehype-remark handler, and the state it is given. */
export type Handle = NonNullable<NonNullable<Options['handlers']>[string]>
export type State = Parameters<Handle>[0]

/** Tag names this step gives footnote markers and definitions, for `footnoteHandlers` to turn into mdast. */
const referenceTag = 'lectern-footnote-ref'
const definitionTag = 'lectern-footnote'
const listTag = 'lectern-footnotes'

/** A back link's text: an arrow back to where the footnote is cited. */
const backLinkText = /^(?:\s|[↩↑⤴^]|\uFE0E|\uFE0F)*$/u

/** Rehype plugin: mark the page's footnote list and its markers for `footnoteHandlers`. */
export default function rehypeFootnotes() {
  return (tree: Root) => {
    inlineFootnotes(tree)
    const lists: Element[] = []
    visit(tree, 'element', (node) => {
      if (!isFootnoteList(node)) return
      lists.push(node)
      return SKIP
    })
    const identifiers = new Map<string, string>()
    for (const list of lists) {
      visit(list, 'element', (node) => {
        if (node.tagName === 'li' && typeof node.properties.id === 'string')
          identifiers.set(node.properties.id, String(identifiers.size + 1))
      })
    }
    if (identifiers.size === 0) return
    const referenceIds = new Set<string>()
    visit(tree, 'element', (node, index, parent) => {
      if (lists.includes(node)) return SKIP
      const identifier = citedBy(node, identifiers)
      if (identifier === undefined || parent === undefined || index === undefined) return
      for (const each of [node, ...node.children])
        if (each.type === 'element' && typeof each.properties.id === 'string') referenceIds.add(each.properties.id)
      parent.children[index] = { type: 'element', tagName: referenceTag, properties: { dataIdentifier: identifier }, children: [] }
      return SKIP
    })
    for (const list of lists) {
      const items: Element[] = []
      visit(list, 'element', (node) => {
        const identifier = typeof node.properties.id === 'string' ? identifiers.get(node.properties.id) : undefined
        if (node.tagName !== 'li' || identifier === undefined) return
        dropBackLinks(node, referenceIds)
        items.push({ type: 'element', tagName: definitionTag, properties: { dataIdentifier: identifier }, children: node.children })
        return SKIP
      })
      list.tagName = listTag
      list.properties = {}
      list.children = items
    }
  }
}

/**
 * Distill's footnotes, written where they are cited (`…into these mountains.<d-footnote>That is, really outstanding
 * tutorials…</d-footnote>`, Olah and Carter's "Research Debt", review 107, whose footnotes ran on into the sentence,
 * "mountains.That is…"): each is a marker there and a footnote after the post, as a list of footnotes is.
 */
function inlineFootnotes(tree: Root): void {
  const items: Element[] = []
  visit(tree, 'element', (node, index, parent) => {
    // (Its citations without words of their own, `ideas <d-cite key="…"></d-cite>, as does`, print a number the deck cannot
    // give them: they go with the space before them, never "ideas , as does". One with words, a work's title, is those words.)
    if (parent === undefined || index === undefined) return
    const before = parent.children[index - 1]
    if (node.tagName === 'd-cite' && toText(node).trim() === '') {
      if (before?.type === 'text') before.value = before.value.trimEnd()
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    // (One with words, a work's title, is set apart from the word before it: "this one<d-cite>Smith 2001</d-cite>".)
    if (node.tagName === 'd-cite' && before?.type === 'text' && /[\p{L}\p{N}]$/u.test(before.value)) before.value += ' '
    if (node.tagName !== 'd-footnote') return
    // (An empty one says nothing: no marker, no empty footnote.)
    if (toText(node).trim() === '') {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    const identifier = `n${items.length + 1}`
    items.push({ type: 'element', tagName: definitionTag, properties: { dataIdentifier: identifier }, children: node.children })
    parent.children[index] = { type: 'element', tagName: referenceTag, properties: { dataIdentifier: identifier }, children: [] }
    return SKIP
  })
  if (items.length > 0) tree.children.push({ type: 'element', tagName: listTag, properties: {}, children: items })
}

/** Whether an element is a page's list of footnotes, by the marks the common generators give it. */
function isFootnoteList(node: Element): boolean {
  const classes = classesOf(node)
  return (
    node.properties.dataFootnotes !== undefined ||
    node.properties.role === 'doc-endnotes' ||
    classes.some((name) => name === 'footnotes' || name === 'footnote-list')
  )
}

/** The footnote a marker cites: `<sup><a href="#fn1">1</a></sup>`, or `<a href="#fn1"><sup>1</sup></a>`. */
function citedBy(node: Element, identifiers: Map<string, string>): string | undefined {
  const link = node.tagName === 'a' ? node : node.tagName === 'sup' ? onlyChild(node, 'a') : undefined
  const href = typeof link?.properties.href === 'string' ? link.properties.href : ''
  return href.startsWith('#') ? identifiers.get(decodeURIComponent(href.slice(1))) : undefined
}

function onlyChild(node: Element, tagName: string): Element | undefined {
  const shown = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  return shown.length === 1 && shown[0].type === 'element' && shown[0].tagName === tagName ? shown[0] : undefined
}

/** Take out the links from a footnote back to its markers: in the notes, there is nowhere to go back to. */
function dropBackLinks(item: Element, referenceIds: Set<string>): void {
  visit(item, 'element', (node) => {
    node.children = node.children.filter((child: ElementContent) => {
      if (child.type !== 'element' || child.tagName !== 'a') return true
      const href = String(child.properties.href ?? '')
      return !(href.startsWith('#') && (referenceIds.has(href.slice(1)) || backLinkText.test(toText(child))))
    })
  })
}

const reference: Handle = (_state: State, node: Element): FootnoteReference => ({
  type: 'footnoteReference',
  identifier: String(node.properties.dataIdentifier),
  label: String(node.properties.dataIdentifier),
})

const definition: Handle = (state: State, node: Element): FootnoteDefinition => ({
  type: 'footnoteDefinition',
  identifier: String(node.properties.dataIdentifier),
  label: String(node.properties.dataIdentifier),
  children: state.toFlow(state.all(node)) as FootnoteDefinition['children'],
})

/** rehype-remark handlers that make the marked footnotes markdown footnotes (`[^1]`, `[^1]: …`). */
export const footnoteHandlers: Record<string, Handle> = {
  [referenceTag]: reference,
  [definitionTag]: definition,
  [listTag]: (state: State, node: Element) => state.all(node),
}

import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'
import { hasRtlScript, languageDirection, textDirection } from './scripts.ts'

/**
 * Elements whose text runs as a block: each takes the direction most of its letters run. A
 * list is not one of them: it runs the way its slide does, and each item decides for itself.
 */
const blocks = new Set([
  'section',
  'aside',
  'div',
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'table',
  'th',
  'td',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
])

/**
 * Sets `dir` where a block's text runs the other way from its surroundings: a slide or a
 * paragraph mostly in Arabic or Hebrew gets `dir="rtl"`, and in a deck whose `lang` runs
 * right to left (the page's own `dir`), an English one gets `dir="ltr"`. Code always runs
 * left to right. A `dir` the article sets itself is kept. Browsers guess nothing here:
 * without `dir`, a right-to-left paragraph is aligned and punctuated as left-to-right text.
 */
export function rehypeDirection() {
  return function (tree: Root, file: VFile) {
    const page = languageDirection(file.data.deck?.meta.lang ?? 'en')
    // Most decks have no right-to-left letter at all; their source tells without a walk.
    if (page === 'ltr' && !hasRtlScript(String(file.value))) return
    setDirections(tree.children, page)
  }
}

function setDirections(nodes: Array<Root['children'][number] | ElementContent>, inherited: 'ltr' | 'rtl'): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    setDirections(node.children, directionOf(node, inherited))
  }
}

/** The element's direction, set on it when it differs from its parent's. */
function directionOf(element: Element, inherited: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const own = element.properties.dir
  if (own === 'ltr' || own === 'rtl') return own
  let direction: 'ltr' | 'rtl' | undefined
  if (element.tagName === 'pre') direction = 'ltr'
  // Each slide decides for itself, not its group: the print view moves slides out of their groups.
  else if (isGroup(element)) direction = undefined
  else if (blocks.has(element.tagName)) direction = textDirection(textOf(element))
  if (!direction || direction === inherited) return inherited
  element.properties.dir = direction
  return direction
}

function isGroup(element: Element): boolean {
  const className = element.properties.className
  return element.tagName === 'section' && Array.isArray(className) && className.includes('lectern-group')
}

/** The text that decides a block's direction: code, which always runs left to right, does not count. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' || node.tagName === 'pre' || node.tagName === 'code') return ''
  let text = ''
  for (const child of node.children) text += textOf(child)
  return text
}

import type { Element, ElementContent, Root, RootContent } from 'hast'
import { hasChromeHint, isChromeElement } from './chrome.ts'
import { type TextWeight, textWeigher } from './text-weight.ts'

/** A class hint never removes more than this share of the content's prose: it was a false hit. */
const maxHintShare = 0.5

/**
 * Rehype plugin: remove what is not the article from the content: navigation, asides,
 * footers, scripts, styles, forms, hidden elements, and blocks whose class says sidebar,
 * share buttons or comments. A `<header>` keeps only its headings (the title), not the
 * byline and share links around it.
 */
export default function rehypeDropChrome() {
  return (tree: Root) => {
    const textWeight = textWeigher()
    tree.children = clean(tree.children, textWeight(tree), textWeight) as RootContent[]
  }
}

function clean(
  nodes: Array<RootContent | ElementContent>,
  total: number,
  textWeight: TextWeight,
): Array<RootContent | ElementContent> {
  return nodes.flatMap((node): Array<RootContent | ElementContent> => {
    if (node.type === 'comment' || node.type === 'doctype') return []
    if (node.type !== 'element') return [node]
    if (isChromeElement(node)) return []
    if (hasChromeHint(node) && textWeight(node) <= maxHintShare * total) return []
    if (node.tagName === 'header') return clean(headings(node), total, textWeight)
    node.children = clean(node.children, total, textWeight) as ElementContent[]
    return [node]
  })
}

/** The headings inside an element, outermost first. */
function headings(element: Element): Element[] {
  return element.children.flatMap((child) => {
    if (child.type !== 'element') return []
    return /^h[1-6]$/u.test(child.tagName) ? [child] : headings(child)
  })
}

import type { Element, ElementContent, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'

/**
 * Rehype plugin: a quotation's credit, as HTML marks it (`<blockquote>…<footer><cite>Fred
 * Brooks, <em>No Silver Bullet</em>, 1986</cite></footer></blockquote>`, or a `<figcaption>`
 * beside the `<blockquote>` in its `<figure>`), becomes the line right under the quotation,
 * "— Fred Brooks, _No Silver Bullet_, 1986", as markdown writes it: the deck shows it under the
 * quote and says it in the notes. Otherwise a footer is the page's chrome, dropped with its words.
 */
export default function rehypeQuoteCredits() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (let index = 0; index < node.children.length; index++) {
        const child = node.children[index]
        if (child.type !== 'element' || child.tagName !== 'blockquote') continue
        const credit = creditOf(child) ?? figureCaptionOf(node, child)
        if (credit) node.children.splice(index + 1, 0, creditLine(credit))
      }
    })
  }
}

/** The `<footer>` that closes a quotation, taken out of it. */
function creditOf(quote: Element): Element | undefined {
  const at = quote.children.findLastIndex((child) => child.type === 'element')
  const last = quote.children[at]
  if (last?.type !== 'element' || last.tagName !== 'footer' || !toText(last).trim()) return undefined
  quote.children.splice(at, 1)
  return last
}

/** The `<figcaption>` of a `<figure>` that holds only the quotation and it, taken out of the figure. */
function figureCaptionOf(figure: Element, quote: Element): Element | undefined {
  if (figure.tagName !== 'figure') return undefined
  const elements = figure.children.filter((child): child is Element => child.type === 'element')
  const caption = elements.find((child) => child.tagName === 'figcaption')
  if (!caption || elements.length !== 2 || !elements.includes(quote) || !toText(caption).trim()) return undefined
  figure.children = figure.children.filter((child) => child !== caption)
  return caption
}

/** A paragraph of the credit's words (its emphasis kept), after a dash unless it opens with one. */
function creditLine(credit: Element): Element {
  const words: ElementContent[] = credit.children.flatMap((child) =>
    child.type === 'element' && child.tagName === 'cite' ? child.children : [child],
  )
  const dashed = /^\s*[—–―-]/u.test(toText(credit))
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: dashed ? words : [{ type: 'text', value: '— ' }, ...words],
    position: credit.position,
  }
}

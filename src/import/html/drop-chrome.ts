import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'
import { SKIP, visit } from 'unist-util-visit'
import { classesOf, hasChromeHint, isChromeElement, isLeftoverHeading } from './chrome.ts'
import { type TextWeight, textWeigher } from './text-weight.ts'

/** A class hint never removes more than this share of the content's prose: it was a false hit. */
const maxHintShare = 0.5

/**
 * Rehype plugin: remove what is not the article from the content: navigation, asides,
 * footers, scripts, styles, forms, hidden elements, and blocks whose class says sidebar,
 * share buttons or comments. A `<header>` keeps only its headings (the title), not the
 * byline and share links around it. A heading such as "More Posts", "Related articles",
 * "Comments" or "Share this:" goes with what follows it up to the next heading of its rank,
 * or with the block it opens.
 */
export default function rehypeDropChrome() {
  return (tree: Root) => {
    const textWeight = textWeigher()
    const total = textWeight(tree)
    tree.children = dropLeftovers(clean(tree.children, total, textWeight), total, textWeight) as RootContent[]
    dropPermalinks(tree)
  }
}

/** What a heading's own link shows when it is a permalink to the heading: a sign, an icon, or nothing. */
const permalinkText = /^(?:[#¶§🔗⚓]|link|permalink|anchor|)$/iu

/**
 * Take out of each heading the permalink the site puts beside it (`<a href="#x">#</a>`, Sphinx's
 * `¶`, an icon): on a slide it is a stray "#" after the title.
 */
function dropPermalinks(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (!/^h[1-6]$/.test(node.tagName)) return
    node.children = node.children.filter(
      (child) =>
        !(
          child.type === 'element' &&
          child.tagName === 'a' &&
          String(child.properties.href ?? '').startsWith('#') &&
          permalinkText.test(toText(child).trim())
        ),
    )
    return SKIP
  })
}

function clean(nodes: Array<RootContent | ElementContent>, total: number, textWeight: TextWeight): Array<RootContent | ElementContent> {
  return nodes.flatMap((node): Array<RootContent | ElementContent> => {
    if (node.type === 'comment' || node.type === 'doctype') return []
    if (node.type !== 'element') return [node]
    if (isChromeElement(node) || isLineNumbers(node) || isSiteLink(node, textWeight)) return []
    if (hasChromeHint(node) && textWeight(node) <= maxHintShare * total) return []
    if (node.tagName === 'header') return clean(headings(node), total, textWeight)
    node.children = dropLeftovers(clean(node.children, total, textWeight), total, textWeight) as ElementContent[]
    return [node]
  })
}

/**
 * `<small><a href="../../../../index.html">See all posts</a></small>` under a saved post's title (review 144): a line that is
 * only a link to the site's other pages, named as such a link is (English's closed class), never the article's words.
 */
function isSiteLink(node: Element, textWeight: TextWeight): boolean {
  // (Its words outside links first, weighed once for the whole tree: a wrapper of the article is never read out again here.)
  if (!/^(?:small|p|div|span|a)$/.test(node.tagName) || textWeight(node) > maxSiteLinkCharacters) return false
  const text = toText(node).replace(/\s+/g, ' ').trim()
  if (text.length > maxSiteLinkCharacters || !siteLinkText.test(text)) return false
  const links: Element[] = []
  visit(node, 'element', (child) => {
    if (child.tagName === 'a') links.push(child)
  })
  return (node.tagName === 'a' ? [node] : links).length === 1
}

/** Characters at most of a line that only links to the site's other pages. */
const maxSiteLinkCharacters = 40

const siteLinkText =
  /^(?:[←«‹<]\s*)?(?:see\s+all\s+posts|all\s+posts|(?:back|return)\s+to\s+(?:the\s+)?(?:blog|home|homepage|index|posts|articles|top)|home|archives?|older\s+posts|newer\s+posts|(?:next|previous)\s+post)(?:\s*[→»›>])?$/iu

/**
 * Whether an element is the line-number gutter beside a listing (Octopress's `td.gutter`,
 * Pygments' `td.linenos`, Hugo's `span.lnt`, `pre.line-numbers`): numbers only, which the deck
 * would show as a listing of their own beside the code.
 */
function isLineNumbers(node: Element): boolean {
  const className = classesOf(node).join(' ')
  return /(?:^|\s)(?:gutter|linenos|linenodiv|lnt|line-numbers|lineno)(?:$|\s)/.test(className) && /^[\d\s]*$/.test(toText(node))
}

/** Siblings without leftover sections: a leftover heading and what follows it, or a block that opens with one. */
function dropLeftovers(
  nodes: Array<RootContent | ElementContent>,
  total: number,
  textWeight: TextWeight,
): Array<RootContent | ElementContent> {
  const kept: Array<RootContent | ElementContent> = []
  let skipping: number | undefined
  for (const node of nodes) {
    const rank = headingRank(node)
    if (skipping !== undefined) {
      if (rank === undefined || rank > skipping) continue
      skipping = undefined
    }
    if (rank !== undefined && isLeftoverHeading(toText(node as Element))) {
      skipping = rank
      continue
    }
    if (node.type === 'element' && opensWithLeftover(node) && textWeight(node) <= maxHintShare * total) continue
    kept.push(node)
  }
  return kept
}

function headingRank(node: RootContent | ElementContent): number | undefined {
  return node.type === 'element' && /^h[1-6]$/u.test(node.tagName) ? Number(node.tagName[1]) : undefined
}

/** A block whose first element (looking through a wrapper or two) is a leftover heading. */
function opensWithLeftover(element: Element, depth = 0): boolean {
  const first = element.children.find((child): child is Element => child.type === 'element')
  if (!first) return false
  if (headingRank(first) !== undefined) return isLeftoverHeading(toText(first))
  return depth < 2 && opensWithLeftover(first, depth + 1)
}

/** The headings inside an element, outermost first. */
function headings(element: Element): Element[] {
  return element.children.flatMap((child) => {
    if (child.type !== 'element') return []
    return /^h[1-6]$/u.test(child.tagName) ? [child] : headings(child)
  })
}

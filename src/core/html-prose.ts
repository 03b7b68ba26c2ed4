import type { Element, ElementContent } from 'hast'
import { toText } from 'hast-util-to-text'
import type { BlockContent, Paragraph, PhrasingContent } from 'mdast'

/*
 * The words of a few elements of raw HTML (a callout box, a template's paragraphs) read into
 * markdown's paragraphs, keeping bold, emphasis, code and links, rather than with
 * hast-util-to-mdast: every build would load that, for a few sentences in a box.
 */

/** Block elements as paragraphs (a list's items each one), inline ones gathered into the paragraph they sit in. */
export function blocksOf(children: ElementContent[]): BlockContent[] {
  const blocks: BlockContent[] = []
  let inline: PhrasingContent[] = []
  const flush = () => {
    const paragraph: Paragraph = { type: 'paragraph', children: trimmed(inline) }
    if (paragraph.children.length > 0) blocks.push(paragraph)
    inline = []
  }
  for (const child of children) {
    if (child.type === 'element' && (isPermalink(child) || isTimestamp(child))) continue
    if (child.type === 'element' && isBlock(child)) {
      flush()
      if (child.children.some((each) => each.type === 'element' && isBlock(each))) blocks.push(...blocksOf(child.children))
      else {
        inline = phrasingOf(child.children)
        flush()
      }
    } else inline.push(...phrasingOf([child]))
  }
  flush()
  return blocks
}

/**
 * A heading's or a block's permalink (`<a class="permalink" href="#slide-01">#</a>`, "¶", "🔗"):
 * the page's way to link to a place in it, no word of the article.
 */
function isPermalink(element: Element): boolean {
  return (
    element.tagName === 'a' &&
    typeof element.properties.href === 'string' &&
    element.properties.href.startsWith('#') &&
    /^\s*(?:#|¶|§|🔗|link|permalink)?\s*$/iu.test(toText(element))
  )
}

/** A block that only gives a time in a recording (`<p class="timestamp">00:54-01:09.</p>`): where to find it, not what is said. */
function isTimestamp(element: Element): boolean {
  return isBlock(element) && /^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?::\d{2})?)?\.?\s*$/u.test(toText(element))
}

const blockTags = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'section',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'aside',
  'pre',
  'table',
])

function isBlock(element: Element): boolean {
  return blockTags.has(element.tagName)
}

function phrasingOf(children: ElementContent[]): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    if (child.type === 'text') return [{ type: 'text', value: child.value.replace(/\s+/g, ' ') }]
    if (child.type !== 'element') return []
    if (child.tagName === 'br') return [{ type: 'break' }]
    if (child.tagName === 'code') return [{ type: 'inlineCode', value: toText(child) }]
    const inner = phrasingOf(child.children)
    if (child.tagName === 'strong' || child.tagName === 'b') return [{ type: 'strong', children: inner }]
    if (child.tagName === 'em' || child.tagName === 'i') return [{ type: 'emphasis', children: inner }]
    if (child.tagName === 'a' && typeof child.properties.href === 'string')
      return [{ type: 'link', url: child.properties.href, children: inner }]
    return inner
  })
}

/** Phrasing without the blank space the HTML's indentation left at either end. */
function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  const kept = [...children]
  const first = kept[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = kept[kept.length - 1]
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return kept.filter((child) => child.type !== 'text' || child.value !== '')
}

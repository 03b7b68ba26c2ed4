import type { Element, ElementContent } from 'hast'
import { toText } from 'hast-util-to-text'
import type { AlignType, BlockContent, Paragraph, PhrasingContent, Table, TableCell, TableRow } from 'mdast'

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

/** Elements of running text: what a paragraph holds, never a block of its own. */
export const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
])

/** A `<table>`'s rows, in its head, body and foot or not, and its caption; undefined where it holds another element. */
export function tableParts(table: Element): { rows: Element[]; caption?: Element } | undefined {
  const rows: Element[] = []
  let caption: Element | undefined
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'caption') caption = child
    else if (child.tagName === 'tr') rows.push(child)
    else if (/^(thead|tbody|tfoot)$/.test(child.tagName))
      rows.push(...child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr'))
    else if (!/^(colgroup|col)$/.test(child.tagName)) return undefined
  }
  return { rows, caption }
}

/**
 * A raw-HTML table of rows of words (`<table><tr><th>Model</th>…</tr><tr><td>…</td>…</tr></table>`,
 * a research post's leaderboard) as the markdown table it is: pagination then cuts a long one
 * between its rows, its header on every slide, where one raw block of twenty rows ran off the
 * slide. `undefined` for a table that is more than rows of words (a cell spanning rows or
 * columns, a picture, a list or another table in a cell), which stays as it was written.
 */
export function tableOf(children: ElementContent[]): BlockContent[] | undefined {
  const shown = children.filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''))
  if (shown.length !== 1 || shown[0].type !== 'element') return undefined
  const [element] = shown
  if (element.tagName !== 'table') return /^(div|figure|center)$/.test(element.tagName) ? tableOf(element.children) : undefined
  const parts = tableParts(element)
  if (!parts) return undefined
  const { rows, caption } = parts
  const cells = rows.map((row) => row.children.filter((cell): cell is Element => cell.type === 'element' && /^t[hd]$/.test(cell.tagName)))
  const width = Math.max(0, ...cells.map((row) => row.length))
  if (rows.length < 2 || width < 2) return undefined
  const spans = (cell: Element) => Number(cell.properties.colSpan ?? 1) > 1 || Number(cell.properties.rowSpan ?? 1) > 1
  const inline = (node: ElementContent): boolean => node.type !== 'element' || (phrasing.has(node.tagName) && node.children.every(inline))
  if (cells.some((row) => row.some((cell) => spans(cell) || !cell.children.every(inline)))) return undefined
  const alignOf = (cell: Element | undefined): AlignType => {
    const style =
      typeof cell?.properties.style === 'string' ? /text-align\s*:\s*(left|center|right)/i.exec(cell.properties.style)?.[1] : undefined
    const align = style ?? (typeof cell?.properties.align === 'string' ? cell.properties.align : undefined)
    return align && /^(left|center|right)$/i.test(align) ? (align.toLowerCase() as AlignType) : null
  }
  const table: Table = {
    type: 'table',
    align: Array.from({ length: width }, (_, index) => alignOf(cells[0][index] ?? cells[1]?.[index])),
    children: cells.map(
      (row): TableRow => ({
        type: 'tableRow',
        children: Array.from(
          { length: width },
          (_, index): TableCell => ({ type: 'tableCell', children: trimmed(phrasingOf(row[index]?.children ?? [])) }),
        ),
      }),
    ),
  }
  const words = caption && trimmed(phrasingOf(caption.children))
  return words && words.length > 0 ? [{ type: 'paragraph', children: words }, table] : [table]
}

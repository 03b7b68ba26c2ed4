import type { Element, ElementContent, Parents, Root } from 'hast'
import { phrasing } from 'hast-util-phrasing'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'

/**
 * Rehype plugin: a table used for layout becomes its content, cell by cell in reading order:
 * a picture with its caption (Blogger's `tr-caption-container`), a page's columns, a box
 * around a player. Left as a table, each would be a slide of one cell or a grid of fragments;
 * as paragraphs and pictures, it is prose and pictures like the rest of the article. A data
 * table stays a table.
 */
export default function rehypeLayoutTables() {
  return (tree: Root) => {
    const layout: Array<{ table: Element; parent: Parents }> = []
    visit(tree, 'element', (node, _, parent) => {
      if (parent && node.tagName === 'table' && !isDataTable(node)) layout.push({ table: node, parent })
    })
    // Innermost first: a table inside a layout table's cell is unwrapped before the cell is.
    for (const { table, parent } of layout.reverse()) {
      const index = parent.children.indexOf(table)
      if (index !== -1) parent.children.splice(index, 1, ...contentOf(table))
    }
  }
}

/**
 * Whether a table holds data rather than lays a page out. The tests are those of Mozilla's
 * Readability (`_markDataTables`), which reader views have long relied on: markup only data
 * tables use (a caption, header cells, a summary), then the shape (one row or one column is
 * layout, a figure with its caption is one column), then the size.
 */
export function isDataTable(table: Element): boolean {
  const { role, datatable, summary } = table.properties
  if (role === 'presentation' || String(datatable) === '0') return false
  if (summary) return true
  const inner = descendants(table)
  if (inner.some((node) => node.tagName === 'caption' && toText(node).trim() !== '')) return true
  if (inner.some((node) => ['th', 'thead', 'tfoot', 'colgroup', 'col'].includes(node.tagName))) return true
  if (inner.some((node) => node.tagName === 'table')) return false
  const rows = inner.filter((node) => node.tagName === 'tr')
  const columns = Math.max(
    0,
    ...rows.map((row) =>
      row.children.reduce(
        (sum, cell) => sum + (cell.type === 'element' && cell.tagName === 'td' ? Number(cell.properties.colSpan ?? 1) || 1 : 0),
        0,
      ),
    ),
  )
  if (rows.length <= 1 || columns <= 1) return false
  if (rows.length >= 10 || columns > 4) return true
  return rows.length * columns > 10
}

/** A table's own elements: those of tables inside it are theirs, but the inner tables are listed. */
function descendants(element: Element): Element[] {
  return element.children.flatMap((child) => {
    if (child.type !== 'element') return []
    return child.tagName === 'table' ? [child] : [child, ...descendants(child)]
  })
}

/** Elements that show something without text. */
const embedded = new Set(['img', 'picture', 'video', 'audio', 'svg', 'iframe', 'object', 'embed', 'canvas'])

/** A layout table's cells, in reading order, as blocks: runs of inline content become paragraphs, empty cells nothing. */
function contentOf(table: Element): ElementContent[] {
  const blocks: ElementContent[] = []
  for (const cell of descendants(table).filter((node) => node.tagName === 'td' || node.tagName === 'th')) {
    let run: ElementContent[] = []
    const flush = () => {
      const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: run }
      const shown = toText(paragraph).trim() !== '' || descendants(paragraph).some((node) => embedded.has(node.tagName))
      if (shown) blocks.push(paragraph)
      run = []
    }
    for (const child of cell.children) {
      if (isDecoration(child)) continue
      if (phrasing(child)) run.push(child)
      else {
        flush()
        blocks.push(child)
      }
    }
    flush()
  }
  return blocks
}

/** Sides below this many pixels mark a picture without alt text as part of the table's frame (its corners, spacers). */
const decorationSize = 24

/** A layout table's own frame: a tiny picture without alt text in a cell. */
function isDecoration(node: ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'img' || String(node.properties.alt ?? '').trim()) return false
  const side = (name: 'width' | 'height') => Number.parseFloat(String(node.properties[name] ?? ''))
  return side('width') < decorationSize && side('height') < decorationSize
}

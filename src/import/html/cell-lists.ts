import type { Element, ElementContent, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'

/**
 * Rehype plugin: a list inside a table cell (a pros-and-cons table: "<td><ul><li>No unused
 * files</li><li>Only 1 HTTP request</li></ul></td>") becomes its items in one line, "No unused
 * files; Only 1 HTTP request". A markdown table's cell holds one line of phrasing: the list was
 * written out with its line breaks and markers, and broke the table into rows of stray `|` and
 * bullets. Paragraphs in a cell are joined the same way, by a space.
 */
export default function rehypeCellLists() {
  return (tree: Root) => {
    visit(tree, 'element', (cell: Element) => {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') return
      if (!cell.children.some(holdsBlock)) return
      cell.children = inline(cell.children)
      return 'skip'
    })
  }
}

const blocks = new Set(['ul', 'ol', 'p', 'div'])

function holdsBlock(node: ElementContent): boolean {
  return node.type === 'element' && (blocks.has(node.tagName) || node.children.some(holdsBlock))
}

/** A cell's content as phrasing: each list's items joined by "; ", paragraphs and blocks by a space. */
function inline(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  const space = () => {
    if (out.length > 0) out.push({ type: 'text', value: ' ' })
  }
  for (const child of children) {
    if (child.type !== 'element' || (!holdsBlock(child) && !blocks.has(child.tagName))) {
      out.push(child)
      continue
    }
    if (child.tagName === 'ul' || child.tagName === 'ol') {
      // (Each item's own phrasing, its code and links kept.)
      const items = child.children.filter(
        (item): item is Element => item.type === 'element' && item.tagName === 'li' && toText(item).trim() !== '',
      )
      for (const [index, item] of items.entries()) {
        if (index > 0) out.push({ type: 'text', value: '; ' })
        else space()
        out.push(...trimmed(inline(item.children)))
      }
    } else {
      space()
      out.push(...inline(child.children))
    }
  }
  return out
}

/** Phrasing without the white space a page's markup leaves at its ends. */
function trimmed(children: ElementContent[]): ElementContent[] {
  const out = [...children]
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() }
  const last = out.at(-1)
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out
}

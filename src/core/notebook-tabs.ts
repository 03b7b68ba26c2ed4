import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast'
import { visit } from './visit.ts'

/*
 * d2lbook's framework tabs, as Dive into Deep Learning writes each chapter once for several frameworks: a code cell opens on
 * "%%tab pytorch" (or "%%tab mxnet, tensorflow", "%%tab all"), and prose for one framework sits between ":begin_tab:`jax`"
 * and ":end_tab:". The book's site shows one framework at a time; as plain markdown every version showed, one after the
 * other, each prose tab with its markers as words (review 131: ":begin_tab:mxnet We define our SGD class…" three times).
 * A talk shows one framework: the first the chapter's setup cell selects (`tab.interact_select(['mxnet', 'pytorch', …])`),
 * else the first one a tab names. The setup cell itself, and the "#@save" marks that tell the book's build which code to
 * keep in its library, say nothing to an audience. Nor do the brackets the book sets around bold words its own slides show,
 * "[**evaluate our success in training…**]", "(**we will implement the entire method from scratch…**)": the words stay, bold.
 */

// (Or the book's older "#@tab mxnet" line, which 72 of its chapters still open cells with.)
const tabLine = /^(?:%%tab|#@tab)\s+([^\n]*)\n?/u
const setupCell = /^%load_ext\s+d2lbook\.tab\b/u
const selected = /tab\.interact_select\(\s*\[?\s*['"]([\w-]+)['"]/u

/** Whether a code block is a Python cell: of the book's, where the article is one of its notebooks (see `notebookCells`). */
const isCell = (node: RootContent): node is Code => node.type === 'code' && node.lang === 'python'
const saveMark = /[ \t]*#\s*@save\b[^\n]*/gu
const endMark = /\s*:end_tab:\s*$/u

/** The frameworks a tab names ("pytorch, mxnet" → both), in lower case; "all" names every one. */
function namedIn(list: string): string[] {
  return list
    .split(/[\s,]+/u)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
}

/** The name a paragraph's ":begin_tab:`x`" opening gives, if it opens so. */
function beginsTab(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const [text, code] = node.children
  return text?.type === 'text' && /^\s*:begin_tab:$/u.test(text.value) && code?.type === 'inlineCode' ? code.value : undefined
}

/** The last text of a node, however deep: ":end_tab:" written right under a list ends up in its last item's paragraph. */
function lastText(node: RootContent): { value: string } | undefined {
  if (node.type === 'text') return node
  if (!('children' in node)) return undefined
  const last = (node.children as RootContent[]).at(-1)
  return last ? lastText(last) : undefined
}

/** Whether a node ends on ":end_tab:". */
function endsTab(node: RootContent): boolean {
  const last = lastText(node)
  return last !== undefined && endMark.test(last.value)
}

/** The paragraph without its tab markers; `undefined` when nothing is left. */
function withoutMarkers(node: Paragraph): Paragraph | undefined {
  const children = [...node.children]
  if (beginsTab(node) !== undefined) {
    children.splice(0, 2)
    const first = children[0]
    if (first?.type === 'text') children[0] = { ...first, value: first.value.replace(/^\s+/u, '') }
  }
  const last = children.at(-1)
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.replace(endMark, '') }
  const kept = children.filter((child) => child.type !== 'text' || child.value !== '')
  return kept.length > 0 ? { ...node, children: kept } : undefined
}

/** A block that ends its tab without its ":end_tab:" (a list's last item keeps the rest of its text). */
function withoutEndMark(node: RootContent): RootContent {
  if (node.type === 'paragraph') return withoutMarkers(node) ?? node
  const copy = structuredClone(node)
  const last = lastText(copy)
  if (last) last.value = last.value.replace(endMark, '')
  return copy
}

export function remarkNotebookTabs() {
  return (tree: Root, file: { value: unknown; data: { notebookCells?: boolean } }) => {
    const notebook = file.data.notebookCells === true
    if (!notebook && !String(file.value).includes(':begin_tab:')) return
    // (Only a chapter of the book's: its cells fenced "```{.python .input}", or a prose tab at the top of the text. An article
    // that only mentions "%%tab", or shows the syntax in a "```python" block, is left as written.)
    const cells = notebook ? tree.children.filter(isCell) : []
    if (!notebook && !tree.children.some((node) => beginsTab(node) !== undefined)) return
    const chosen =
      cells.map((cell) => selected.exec(cell.value)?.[1]).find(Boolean) ??
      namedIn(cells.map((cell) => tabLine.exec(cell.value)?.[1]).find((list) => list && !/^all\b/u.test(list)) ?? '')[0] ??
      tree.children.map(beginsTab).find(Boolean)
    const framework = chosen?.toLowerCase()
    const shows = (list: string) => framework === undefined || namedIn(list).some((name) => name === 'all' || name === framework)
    const kept: RootContent[] = []
    // Whether the nodes read are inside a prose tab, and whether that tab is shown; the nodes of a hidden one, given back if
    // the text ends before its ":end_tab:" (a tab left open hides nothing: it may be the writer's slip).
    let inside = false
    let showing = true
    let hidden: RootContent[] = []
    for (const node of tree.children) {
      const begins = beginsTab(node)
      if (begins !== undefined) {
        inside = true
        showing = shows(begins)
        hidden = []
      }
      const ends = inside && endsTab(node)
      if (inside && !showing) {
        if (ends) inside = false
        else hidden.push(node)
        continue
      }
      if (notebook && isCell(node)) {
        if (setupCell.test(node.value.trim())) continue
        const tab = tabLine.exec(node.value)
        if (tab && !shows(tab[1])) continue
        const value = (tab ? node.value.slice(tab[0].length) : node.value).replace(saveMark, '')
        kept.push({ ...node, value })
      } else if (node.type === 'paragraph' && (begins !== undefined || ends)) {
        const paragraph = withoutMarkers(node)
        if (paragraph) kept.push(paragraph)
      } else kept.push(ends ? withoutEndMark(node) : node)
      if (ends) inside = false
    }
    if (inside && !showing) kept.push(...hidden.map((node) => (node.type === 'paragraph' ? (withoutMarkers(node) ?? node) : node)))
    tree.children = kept
    visit(tree, (node) => {
      if ('children' in node) unbracketBold(node as Parent)
    })
  }
}

/** The brackets around a bold run taken away: "[**x**]" and "(**x**)" become "**x**". */
function unbracketBold(parent: Parent): void {
  const children = parent.children as RootContent[]
  for (const [index, node] of children.entries()) {
    if (node.type !== 'strong') continue
    const before = children[index - 1]
    const after = children[index + 1]
    if (before?.type !== 'text' || after?.type !== 'text') continue
    const open = before.value.at(-1)
    const close = after.value[0]
    if (!((open === '[' && close === ']') || (open === '(' && close === ')'))) continue
    before.value = before.value.slice(0, -1)
    after.value = after.value.slice(1)
  }
}

import type { Paragraph, PhrasingContent, Root, Text } from 'mdast'
import type { InlineMath, Math } from 'mdast-util-math'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/**
 * A page typeset by MathJax or KaTeX in the reader's browser keeps its TeX as text
 * (`$$ \begin{align*} … $$` in a `<div>`, `$q_\theta$` in a heading). Written back as markdown
 * text, every `_`, `*`, `[` and `\` in it would be escaped (`q\_\theta`), so the deck would show
 * TeX commands in titles and notes and fail to typeset the displays. Here each delimited formula
 * becomes a math node, which the markdown writer keeps as written. Only on a page that loads a
 * math typesetter: elsewhere `$5 and $10` are prices.
 */
export default function remarkPageTex(options: { typeset: (file: VFile) => boolean }) {
  return function (tree: Root, file: VFile) {
    if (!options.typeset(file)) return
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      const display = onlyDisplay(paragraph)
      if (display !== undefined && parent && index !== undefined) {
        const block: Math = { type: 'math', value: display, position: paragraph.position }
        parent.children.splice(index, 1, block as (typeof parent.children)[number])
        return SKIP
      }
    })
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return
      const parts = splitTex(node)
      if (!parts) return
      parent.children.splice(index, 1, ...(parts as typeof parent.children))
      return [SKIP, index + parts.length]
    })
  }
}

/** TeX delimiters as MathJax's defaults and most blogs' configurations read them: display first. */
const delimited = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)/g

/** The TeX of a paragraph that is one display formula and nothing else. */
function onlyDisplay(paragraph: Paragraph): string | undefined {
  if (paragraph.children.length !== 1 || paragraph.children[0].type !== 'text') return undefined
  const match = /^\s*(?:\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\])\s*$/.exec(paragraph.children[0].value)
  const tex = (match?.[1] ?? match?.[2])?.trim()
  return tex || undefined
}

/** A text node split at its formulas; `undefined` when it has none. */
function splitTex(node: Text): PhrasingContent[] | undefined {
  const { value } = node
  if (!value.includes('$') && !value.includes('\\')) return undefined
  const parts: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(delimited)) {
    const tex = (match[1] ?? match[2] ?? match[3] ?? match[4]).trim()
    if (!tex) continue
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) })
    const math: InlineMath = { type: 'inlineMath', value: tex }
    parts.push(math as PhrasingContent)
    last = match.index + match[0].length
  }
  if (parts.length === 0) return undefined
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) })
  return parts
}

import type { Root } from 'mdast'
import { visit } from './visit.ts'

/*
 * MathJax numbers a displayed formula that carries `\label{eq:x}` and writes `\eqref{eq:x}`
 * as its number in parentheses; KaTeX knows neither and refuses the whole formula, which
 * then shows as its TeX source. Jekyll and Hugo math posts write both. Each label becomes
 * the `\tag{n}` KaTeX shows, numbered in the article's order (or the formula's own `\tag`),
 * and each `\eqref`/`\ref` to it, in a formula or in the text, its number. KaTeX also numbers
 * every `equation` environment (1) in a display of its own, so in an article that numbers its
 * formulas an unlabelled `equation` takes the next number, as MathJax's `tags: 'ams'` counts it.
 */

const label = /\\label\{([^{}]*)\}/g
const reference = /\\(eqref|ref)\{([^{}]*)\}/g
const numberedEquation = /\\begin\{equation\}(?![\s\S]*\\(?:tag|notag|nonumber)\b)/

/** Number the labelled formulas of `tree` and resolve the references to them, in place. Pure on the tree. */
export function numberEquations(tree: Root): void {
  const numbers = new Map<string, string>()
  let count = 0
  // (And a formula in a line of text that holds a displayed environment, "…via $$\begin{align}…\label{ebm}\end{align}$$"
  // (review 144, a Distill post whose environments stand in its paragraphs), which is set apart as a displayed one is.)
  visit(tree, (node) => {
    if (node.type !== 'math' && !(node.type === 'inlineMath' && node.value.includes('\\begin{'))) return
    if (!node.value.includes('\\label')) {
      if (numberedEquation.test(node.value)) {
        node.value = node.value.replace('\\end{equation}', `\\tag{${++count}}\\end{equation}`)
        rewriteShown(node, () => node.value)
      }
      return
    }
    const own = /\\tag\*?\{([^{}]*)\}/.exec(node.value)?.[1]
    let tagged = own !== undefined
    node.value = node.value.replace(label, (_, key: string) => {
      if (own !== undefined) {
        numbers.set(key, own)
        return ''
      }
      const number = String(++count)
      numbers.set(key, number)
      // KaTeX shows one tag a row: a second label in the same row would be refused.
      if (tagged) return ''
      tagged = true
      return `\\tag{${number}}`
    })
    rewriteShown(node, () => node.value)
  })
  if (numbers.size === 0) return
  const resolve = (value: string) =>
    value.replace(reference, (whole, kind: string, key: string) => {
      const number = numbers.get(key)
      return number === undefined ? whole : kind === 'eqref' ? `(${number})` : number
    })
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineMath' && node.type !== 'math') return
    node.value = resolve(node.value)
    if (node.type !== 'text') rewriteShown(node, (value) => resolve(value))
  })
}

interface ShownText {
  type: string
  value?: string
  children?: ShownText[]
}

/** remark-math keeps what a formula shows in its `hChildren` (a `code` holding its text): the same rewrite there. */
function rewriteShown(node: { data?: { hChildren?: unknown } }, rewrite: (value: string) => string): void {
  const walk = (children: ShownText[]) => {
    for (const child of children) {
      if (child.type === 'text' && child.value !== undefined) child.value = rewrite(child.value)
      else if (child.children) walk(child.children)
    }
  }
  if (Array.isArray(node.data?.hChildren)) walk(node.data.hChildren as ShownText[])
}

/*
 * Hugo and Jekyll posts written for MathJax pass their formulas through a markdown that eats one
 * backslash of each pair, so their authors double the row break: `\\\\` or `\\\\\\` for `\\`.
 * remark-math keeps every backslash, and KaTeX draws each extra pair as an empty row: a 12-row
 * table becomes 36 rows and runs off its slide. A run of row breaks is the one the author meant.
 */
const doubledRowBreak = /(?:\\\\){2,}\\?/g

/** Collapse markdown-escaped row breaks (`\\\\\\`) in the displayed formulas of `tree` to one `\\`, in place. */
export function collapseRowBreaks(tree: Root): void {
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return
    const collapse = (value: string) => value.replace(doubledRowBreak, '\\\\')
    const collapsed = collapse(node.value)
    if (collapsed === node.value) return
    node.value = collapsed
    rewriteShown(node, collapse)
  })
}

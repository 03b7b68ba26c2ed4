import { fromHtml } from 'hast-util-from-html'
import type { Paragraph, Root, Text } from 'mdast'
import type { InlineMath, Math } from 'mdast-util-math'
import type { Position } from 'unist'
import { SKIP, visit } from './visit.ts'
import type { VFile } from 'vfile'
import { collapseRowBreaks, numberEquations } from './tex-labels.ts'

/*
 * remark-math reads `$` pairs anywhere, but prose has prices: in "costs $5 and $6" nothing
 * is math. Like Pandoc, a single-dollar formula must hug its dollars (`$x$`, not `$ x $`),
 * unless it holds a TeX command (`$ \Omega = … $`, as KaTeX's auto-render reads it), and its
 * closing dollar must not be followed by a digit; anything else is put back as text.
 * A paragraph that is only a `$$ … $$` formula is a displayed formula, as MathJax shows it.
 */

/** Tidies what remark-math parsed and notes whether the article has math (`file.data.hasMath`). */
export function remarkDeckMath() {
  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    let hasMath = false
    const displayed: Array<{ paragraph: Paragraph; math: InlineMath }> = []
    visit(tree, (node, index, parent) => {
      // A `$$ … $$` wrapped in raw HTML (`<div class="long-math">`) is no math to remark-math,
      // yet MathJax typesets it on the page: it is the displayed formula it holds.
      if (node.type === 'html' && parent && index !== undefined && node.value.includes('$$')) {
        const formula = wrappedFormula.exec(node.value)?.[1]?.trim()
        if (formula) {
          parent.children.splice(index, 1, displayMath(formula, node.position))
          hasMath = true
          return SKIP
        }
      }
      // A formula a blog's LaTeX plugin drew as a picture, its TeX in the alternative text: the formula it is.
      if (node.type === 'html' && parent && index !== undefined && texPicture.test(node.value)) {
        const formulas = picturedFormulas(node.value, parent.type !== 'paragraph', node.position)
        if (formulas) {
          parent.children.splice(index, 1, ...(formulas as typeof parent.children))
          hasMath = true
          return [SKIP, index + formulas.length]
        }
      }
      if (node.type === 'math') hasMath = true
      if (node.type !== 'inlineMath' || !parent || index === undefined) return
      const written = sourceOf(node, source)
      if (written && !written.startsWith('$$') && !isFormula(written.slice(1, -1), source[node.position?.end.offset ?? -1] ?? '')) {
        const text: Text = { type: 'text', value: written, position: node.position }
        parent.children.splice(index, 1, text)
        return [SKIP, index + 1]
      }
      hasMath = true
      if (written?.startsWith('$$') && parent.type === 'paragraph' && isAlone(parent, node))
        displayed.push({ paragraph: parent, math: node })
      return undefined
    })
    for (const { paragraph, math } of displayed) {
      const block = displayMath(math.value, paragraph.position)
      delete (paragraph as Partial<Paragraph>).children
      Object.assign(paragraph, block)
    }
    // Text put back next to text: one node, as the parser would have made it.
    if (hasMath || source.includes('$')) mergeTexts(tree)
    if (hasMath && source.includes('\\\\\\\\')) collapseRowBreaks(tree)
    if (hasMath && source.includes('\\label')) numberEquations(tree)
    file.data.hasMath = hasMath
  }
}

/** Whether raw HTML may hold a formula remarkDeckMath typesets: a `$$ … $$` it wraps, a picture a LaTeX plugin drew. */
export function mayHoldFormula(html: string): boolean {
  return html.includes('$$') || texPicture.test(html)
}

/**
 * `<img src="…/latex/cache/tex_f91c….gif" class='tex' alt="E\left[\frac{V}{R}\right]…">` (review 111, a statistics
 * post exported from WordPress), `<img src="https://s0.wp.com/latex.php?latex=x%5E2…" alt="x^2" class="latex">`: the
 * pictures LaTeX plugins draw formulas as, the TeX in their `alt`. Left as pictures, they were a missing remote
 * image each with its TeX as a caption; typeset, they are the formulas the page showed.
 */
const texPicture =
  /<img\b[^>]*(?:\sclass\s*=\s*["'][^"']*\b(?:tex|latex)\b|latex\.php\?|\/latex\/cache\/|latex\.codecogs\.com|render\.githubusercontent\.com\/render\/math)/i
const imgTags = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi

/**
 * The formulas of raw HTML that is only LaTeX pictures in wrapping tags: each a displayed formula in a block of
 * its own, an inline one in a paragraph's text. Undefined where it holds anything else.
 */
function picturedFormulas(html: string, block: boolean, position: Position | undefined): Array<Math | InlineMath> | undefined {
  const tags = html.match(imgTags) ?? []
  if (tags.length === 0 || (!block && tags.length > 1)) return undefined
  // (A block may end on the sentence's stop after its tags, "</p>.": the formula ends the sentence.)
  const rest = html.replace(imgTags, '').replace(/<\/?[a-zA-Z][^>]*>|\s+/g, '')
  if (rest !== '' && !(block && /^[.,;:]$/.test(rest) && /[.,;:]\s*$/.test(html))) return undefined
  const formulas: string[] = []
  for (const tag of tags) {
    const image = fromHtml(tag, { fragment: true }).children[0]
    const alt = image?.type === 'element' ? String(image.properties.alt ?? image.properties.title ?? '').trim() : ''
    const addressed = image?.type === 'element' ? texOfAddress(String(image.properties.src ?? '')) : undefined
    // (Its TeX reads as TeX, a command, a script or an equation, or a symbol or two: not "LaTeX logo" on a picture of a `latex-logo` class.)
    const readsAsTex = /[\\^_={}]/.test(alt) || alt.replace(/\$/g, '').trim().length <= 3
    const tex = alt && texPicture.test(tag) && readsAsTex ? alt : addressed
    if (!tex) return undefined
    formulas.push(tex.replace(/^\$+|\$+$/g, '').trim())
  }
  return formulas.map((formula) => (block ? displayMath(formula, position) : inlineMath(formula, position)))
}

/**
 * The TeX a formula-drawing service's address holds, where its picture has no TeX in its `alt`: `<img
 * src="https://latex.codecogs.com/gif.latex?Q(r) = round(r/S + Z)">` (review 117, PyTorch's post on quantization,
 * every formula written so), `…/svg.latex?\alpha&space;+&space;\beta` (the spaces as CodeCogs' editor writes them),
 * `https://s0.wp.com/latex.php?latex=x%5E2&bg=ffffff`, `https://render.githubusercontent.com/render/math?math=x^2`.
 * The picture is never loaded (see safety.ts): its address only says which formula it drew.
 */
function texOfAddress(source: string): string | undefined {
  let address: URL
  try {
    address = new URL(source)
  } catch {
    return undefined
  }
  const query = source.includes('?') ? source.slice(source.indexOf('?') + 1) : ''
  const raw = /(?:^|\.)codecogs\.com$/i.test(address.hostname)
    ? /\.(?:latex|image)$/i.test(address.pathname)
      ? query
      : undefined
    : /\/latex\.php$/i.test(address.pathname)
      ? (address.searchParams.get('latex') ?? undefined)
      : address.hostname === 'render.githubusercontent.com' && address.pathname === '/render/math'
        ? (address.searchParams.get('math') ?? undefined)
        : undefined
  if (!raw) return undefined
  let tex = raw
  if (raw === query) {
    try {
      tex = decodeURIComponent(raw)
    } catch {
      tex = raw
    }
  }
  // (CodeCogs' settings before the formula, "\dpi{120}\bg_white\inline", draw it; they are no part of it.)
  tex = tex
    .replace(/&space;/g, ' ')
    .replace(
      /^\s*(?:\\(?:dpi\{\d+\}|bg_\w+|bg\{\w+\}|fg_\w+|fg\{\w+\}|inline|large|Large|LARGE|huge|Huge|small|tiny|normalsize|footnotesize|fn_\w+)\s*)+/u,
      '',
    )
    .trim()
  return tex || undefined
}

/** An inline formula, marked as remark-math marks one for the HTML step. */
function inlineMath(value: string, position: Position | undefined): InlineMath {
  return {
    type: 'inlineMath',
    value,
    position,
    data: { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] }, hChildren: [{ type: 'text', value }] },
  }
}

/** Raw HTML of wrapping tags around one `$$ … $$` formula and nothing else. */
const wrappedFormula = /^\s*(?:<[a-zA-Z][^>]*>\s*)+\$\$([\s\S]+?)\$\$\s*(?:<\/[a-zA-Z][^>]*>\s*)+$/

/** A displayed formula, marked as remark-math marks a math block for the HTML step. */
function displayMath(value: string, position: Position | undefined): Math {
  const code = {
    type: 'element' as const,
    tagName: 'code',
    properties: { className: ['language-math', 'math-display'] },
    children: [{ type: 'text' as const, value }],
  }
  return { type: 'math', value, meta: null, position, data: { hName: 'pre', hChildren: [code] } }
}

function sourceOf(node: InlineMath, source: string): string | undefined {
  const { start, end } = node.position ?? {}
  return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : undefined
}

/** Whether `$…$` is a formula, by what is written between its dollars (remark-math strips a space on each side) and the character `after` it. */
export function isFormula(value: string, after: string): boolean {
  if (value.trim() === '') return false
  // ("Are you ??!@$!$! nuts???": punctuation alone between two dollars is a swear word's letters, not a formula.)
  if (!/[\p{L}\p{N}\\]/u.test(value)) return false
  // `$ \Omega = … $`, spaced as Hugo's KaTeX auto-render accepts it: a TeX command is no price.
  if (/^\s|\s$/.test(value) && !(/\\[a-zA-Z]/.test(value) && !/^\s*\d/.test(value))) return false
  return !/\d/.test(after)
}

function isAlone(paragraph: Paragraph, node: InlineMath): boolean {
  return paragraph.children.every((child) => child === node || (child.type === 'text' && child.value.trim() === ''))
}

function mergeTexts(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return
    const children = node.children as Array<{ type: string; value?: string; position?: Text['position'] }>
    for (let index = children.length - 1; index > 0; index--) {
      const [before, after] = [children[index - 1], children[index]]
      if (before.type === 'text' && after.type === 'text') {
        before.value = (before.value ?? '') + (after.value ?? '')
        if (before.position && after.position) before.position = { start: before.position.start, end: after.position.end }
        children.splice(index, 1)
      }
    }
  })
}

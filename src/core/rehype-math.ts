import type { Element, ElementContent, Root } from 'hast'
import { SKIP, visit } from './visit.ts'
import type { VFile } from 'vfile'
import { part, type RenderParts } from './parts.ts'
import { formulaLines, lineBudget } from './split-visual.ts'
import { siteMacros } from './tex-macros.ts'

/*
 * Formulas typeset by KaTeX at build time, as HTML for the eye and MathML for screen readers
 * and text extraction: the deck needs no script to show them, on screen or in the PDFs. Like
 * rehype-katex, but a formula KaTeX cannot read gets a warning that says why, at its line,
 * and shows its source as code, where rehype-katex shows it as red text and only says that
 * it failed.
 */

/** Typeset the math remark-math marked (`code.language-math`); runs only when the article has math. */
export function rehypeDeckMath() {
  return function (tree: Root, file: VFile) {
    if (!file.data.hasMath) return
    // A formula in a key point is also in the notes: one warning for both.
    const warned = new Set<string>()
    const libraries = { katex: part(file, 'katex'), fromHtml: part(file, 'fromHtml') }
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || node.tagName !== 'code') return
      const classes = (node.properties.className as string[] | undefined) ?? []
      if (!classes.includes('language-math')) return
      const display = classes.includes('math-display')
      const tex = textOf(node)
      // A displayed formula is <pre><code>: the <pre> is replaced.
      const target = display && parent.type === 'element' && parent.tagName === 'pre' ? parent : node
      const rendered = typeset(tex, display, target, file, warned, libraries)
      if (target === node) {
        parent.children.splice(index, 1, ...rendered)
        return [SKIP, index + rendered.length]
      }
      Object.assign(parent, rendered[0])
      return SKIP
    })
  }
}

/*
 * Invisible format characters (a zero-width space or a byte-order mark pasted from a web page)
 * have no glyph in KaTeX's fonts: KaTeX prints "No character metrics" to the console for each,
 * outside lectern's warnings, and they change nothing in the formula. The joiners stay: they
 * join emoji and Persian or Indic letters in `\text{}`.
 */
const invisibles = /(?![\u200C\u200D])\p{Cf}/gu

function withoutInvisibles(tex: string): string {
  return tex.replace(invisibles, '')
}

/**
 * `\begin{eqnarray} r &=& P(spam|word) \\ &=& \frac{…}{…} \end{eqnarray}` (review 109, a tutorial's Bayes formula): LaTeX's
 * old three-column alignment, which MathJax reads and KaTeX does not. It is written as `aligned`, its relation joined
 * to the column after it (`&=`), as the same lines would be written today; the equations go unnumbered.
 */
function withEqnarrayAligned(tex: string): string {
  if (!tex.includes('eqnarray')) return tex
  return tex.replace(/\\(begin|end)\{eqnarray\*?\}/g, '\\$1{aligned}').replace(/&\s*(=|<|>|\\[A-Za-z]+|[≈≤≥≠])\s*&/g, '&$1 ')
}

/**
 * `\begin{multline} … \end{multline}` (review 144, a Distill post's bound on the KL divergence): amsmath's one equation over
 * lines, its first set left and its last right, which MathJax reads and KaTeX does not. Its lines are shown centred one
 * under the other, as `gather` sets them (with its number, where it has one): the same lines, without the stagger.
 */
function withMultlineGathered(tex: string): string {
  if (!tex.includes('multline')) return tex
  return tex.replace(/\\(begin|end)\{multline(\*?)\}/g, '\\$1{gather$2}')
}

/**
 * `\DeclareMathOperator{\E}{E}` (review 120, a blog's formulas for MathJax): LaTeX's way to name an operator, which
 * KaTeX does not read. Defined as the same operator (`\operatorname`, its starred form with limits below).
 */
function withOperatorsDefined(tex: string): string {
  if (!tex.includes('\\DeclareMathOperator')) return tex
  return tex.replace(
    /\\DeclareMathOperator(\*?)\s*\{\s*(\\[A-Za-z]+)\s*\}\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g,
    (_whole, star: string, name: string, shown: string) => `\\def${name}{\\operatorname${star}{${shown}}}`,
  )
}

/** Macros at most of one formula that the article uses without defining, each shown as its name. */
const maxGuessedMacros = 8

/** KaTeX's complaint about an environment (`align`, `gather`) in a formula set in a line of text. */
const displayOnly = /can be used only in display mode/

function typeset(
  tex: string,
  displayMode: boolean,
  node: Element,
  file: VFile,
  warned: Set<string>,
  { katex, fromHtml }: Pick<RenderParts, 'katex' | 'fromHtml'>,
): ElementContent[] {
  try {
    const source = withOperatorsDefined(withMultlineGathered(withEqnarrayAligned(withoutInvisibles(tex))))
    const render = (macros: Record<string, string>, display: boolean) =>
      katex.renderToString(source, {
        displayMode: display,
        throwOnError: true,
        output: 'htmlAndMathml',
        strict: 'ignore',
        trust: false,
        macros,
      })
    // The site's macros unless the formula defines one of them itself (`\newcommand{\abs}…`): its own wins.
    let site = true
    let setApart = displayMode
    // ("Given a dataset $\D := …$", "$\theta_\map$" (review 149, a post on Laplace approximations): a macro the writer's site
    // defines for all its posts, which the saved article does not carry. Its name, set upright, says what the writer wrote;
    // the formula around it still reads as mathematics, where its TeX shown as code would not. A few at most, each told once.)
    const guessed: Record<string, string> = {}
    let html: string | undefined
    while (html === undefined) {
      try {
        // A fresh copy each time: KaTeX adds a formula's \gdef to the object it is given.
        html = render({ ...(site ? siteMacros : {}), ...guessed }, setApart)
      } catch (error) {
        const message = error instanceof Error ? error.message : ''
        const unknown = /Undefined control sequence: (\\[A-Za-z]+)/.exec(message)?.[1]
        if (site && /attempting to redefine/.test(message)) site = false
        // Aligned rows in a paragraph's line ("…subject to $$\begin{align}…\end{align}$$"): MathJax sets
        // them apart, as a displayed formula, where they stand.
        else if (!setApart && displayOnly.test(message)) setApart = true
        else if (unknown && !(unknown in guessed) && Object.keys(guessed).length < maxGuessedMacros)
          guessed[unknown] = `\\textrm{${unknown.slice(1)}}`
        else throw error
      }
    }
    for (const name of Object.keys(guessed)) {
      if (warned.has(name)) continue
      warned.add(name)
      file.message(`This formula uses ${name}, a macro the article does not define (its site's own); it shows as its name`, {
        place: node.position,
        ruleId: 'math',
        source: 'lectern',
      })
    }
    const tree = fromHtml(html, { fragment: true })
    // The MathML stays for screen readers; its TeX annotation would put the source back into the page's text and the PDF's.
    visit(tree, 'element', (child, index, parent) => {
      if (child.tagName !== 'annotation' || !parent || index === undefined) return
      parent.children.splice(index, 1)
      return index
    })
    // A formula taller than a slide (a derivation of rows of integrals and fractions) is shown
    // whole, smaller than prose may be, as a text drawing is (`drawingFloor` in src/client/fit.ts).
    const [display] = tree.children
    if (displayMode && display?.type === 'element' && formulaLines(source) > lineBudget)
      display.properties.className = [...((display.properties.className as string[] | undefined) ?? []), 'lectern-tall-formula']
    return tree.children as ElementContent[]
  } catch (error) {
    const place = node.position?.start
    const key = place ? `${place.line}:${place.column}` : tex
    if (warned.has(key)) return [errorCode(tex, displayMode)]
    warned.add(key)
    const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error)
    file.message(`This formula could not be typeset (${reason}); it shows as written`, {
      place: node.position,
      ruleId: 'math',
      source: 'lectern',
    })
    return [errorCode(tex, displayMode)]
  }
}

function errorCode(tex: string, displayMode: boolean): Element {
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['lectern-math-error'] },
    children: [{ type: 'text', value: tex }],
  }
  return displayMode ? { type: 'element', tagName: 'pre', properties: {}, children: [code] } : code
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('')
}

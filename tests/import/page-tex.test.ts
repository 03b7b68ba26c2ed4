import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { texToText } from '../../src/core/tex-text.ts'
import { importHtml } from '../../src/import/html/import-html.ts'
import { parseDeck, selectAll } from '../helpers/html.ts'

const mathJax = '<script async src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.5/MathJax.js?config=TeX-MML-AM_CHTML"></script>'

function page(head: string, article: string): string {
  return `<!doctype html><html lang="en"><head><title>Variational inference</title>${head}</head><body><article>${article}</article></body></html>`
}

// A saved variational-inference post (seen in review: its heading `Minimising $\textbf{KL}(q_\theta || p)$`,
// its derivation in `<div>$$ \begin{align*} … $$</div>`), and review5 math-softmax's `<div class="long-math">`.
const vi = page(
  mathJax,
  [
    '<h1>Variational inference</h1>',
    '<p>We approximate the posterior with a simpler distribution $q_\\theta$ chosen from a family.</p>',
    '<h2>Minimising $\\textbf{KL}(q_\\theta || p)$</h2>',
    '<p>The objective is the divergence between the two distributions:</p>',
    '<div>$$ \\begin{align*} \\textbf{KL}(q_\\theta || p) &= \\mathbb{E}_{q}[\\log q_\\theta(z)] - \\mathbb{E}_{q}[\\log p(z|x)] \\\\ &= -\\text{ELBO} + \\log p(x) \\end{align*} $$</div>',
    '<div class="long-math">$$ \\frac{\\partial L}{\\partial x_i} = -\\sum_{j} y_j \\frac{\\partial \\log p_j}{\\partial x_i} $$</div>',
    '<p>Since $\\log p(x)$ does not depend on $\\theta$, we maximise the ELBO instead.</p>',
  ].join('\n'),
)

describe('TeX on a saved page that MathJax typesets', () => {
  it('should import its formulas as math, unescaped, displays as display math', () => {
    const markdown = String(importHtml(vi, { path: 'vi.html' }).value)
    expect(markdown).toContain('## Minimising $\\textbf{KL}(q_\\theta || p)$')
    expect(markdown).toContain('$$\n\\begin{align*} \\textbf{KL}(q_\\theta || p) &= \\mathbb{E}_{q}[\\log q_\\theta(z)]')
    expect(markdown).toContain('$$\n\\frac{\\partial L}{\\partial x_i}')
    expect(markdown).not.toMatch(/q\\_\\theta|align\\\*/)
  })

  it('should typeset the displays in the deck and title the slide in words where text is shown', () => {
    const markdown = String(importHtml(vi, { path: 'vi.html' }).value)
    const rendered = renderDeck(new VFile({ path: 'vi.md', value: markdown }))
    const tree = parseDeck(rendered.html)
    expect(selectAll('.lectern-math-error', tree)).toEqual([])
    expect(selectAll('.katex-display', tree).length).toBeGreaterThanOrEqual(2)
    const titles = selectAll('section[data-lectern-title]', tree).map((slide) => String(slide.properties.dataLecternTitle))
    expect(titles).toContain('Minimising KL(qθ || p)')
    expect(rendered.deck.outline.map((group) => group.title)).toContain('Minimising KL(qθ || p)')
    expect(JSON.stringify(rendered.deck.outline)).not.toMatch(/\\\\(?:textbf|theta)/)
  })

  it('should typeset the formulas Pandoc marks as math, whatever loads MathJax', () => {
    // An R Markdown post (review 133) whose script builds MathJax's address at run time: its "\\[ \\sigma(x) = … \\]" was
    // shown as TeX, and the compressor dropped "(-x)" from it as an aside.
    const loader = '<script>var script = document.createElement("script"); script.src = "https://example.org/latest/MathJax.js";</script>'
    const markdown = String(
      importHtml(
        page(
          loader,
          [
            '<h1>Activations</h1>',
            '<p>A better way is to squish the complete incoming interval into the range (0,1), using the logistic sigmoid function, whose gradient is <span class="math inline">\\(\\sigma(x)(1 - \\sigma(x))\\)</span> everywhere.</p>',
            '<p><span class="math display">\\[ \\sigma(x) = \\frac{1}{1 + e^{(-x)}} \\]</span></p>',
          ].join('\n'),
        ),
        { path: 'activations.html' },
      ).value,
    )
    expect(markdown).toContain('$$\n\\sigma(x) = \\frac{1}{1 + e^{(-x)}}\n$$')
    expect(markdown).toContain('$\\sigma(x)(1 - \\sigma(x))$')
    const tree = parseDeck(renderDeck(new VFile({ path: 'activations.md', value: markdown })).html)
    expect(selectAll('.katex-display', tree).length).toBe(1)
  })

  it('should leave dollars as prices on a page without a math typesetter', () => {
    const markdown = String(
      importHtml(
        page(
          '',
          '<h1>Pricing</h1><p>The plan costs $5 a month and $50 a year, billed_monthly.</p><p>Another paragraph here to make the article long enough for the content finder to keep it.</p>',
        ),
        {},
      ).value,
    )
    expect(markdown).toContain('The plan costs $5 a month and $50 a year, billed_monthly.')
  })
})

describe('texToText', () => {
  it('should read a heading’s formula as words and symbols', () => {
    expect(texToText('\\textbf{KL}(q_\\theta || p)')).toBe('KL(qθ || p)')
    expect(texToText('\\alpha = 0.5')).toBe('α = 0.5')
    expect(texToText('\\mathbb{E}_{x \\sim p}[f(x)]')).toBe('Ex ∼ p[f(x)]')
    expect(texToText('\\log p(x)')).toBe('log p(x)')
  })
})

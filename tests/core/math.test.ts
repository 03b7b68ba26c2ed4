import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it, vi } from 'vitest'
import type { Paragraph, PhrasingContent } from 'mdast'
import { collapseRowBreaks } from '../../src/core/tex-labels.ts'
import { leadWhenSilent } from '../../src/core/silent-lead.ts'
import { VFile } from 'vfile'
import { renderDeck, renderDeckPage } from '../../src/core/index.ts'
import { toText } from 'hast-util-to-text'
import { parseDeck, select, selectAll, text } from '../helpers/html.ts'

function deck(markdown: string) {
  const rendered = renderDeck(new VFile({ path: 'math.md', value: markdown }))
  return { rendered, tree: parseDeck(rendered.html) }
}

/** The deck's text without what KaTeX draws, to look for TeX source. */
const texSource = /\\(frac|int|sum|alpha|text|cdot)\b|\$|\\\(|\\\[/

describe('math', () => {
  it('should typeset $, $$, \\( \\) and \\[ \\] with KaTeX as HTML and MathML, with no TeX source left', () => {
    const { tree, rendered } = deck(
      '# Math\n\n## Forms\n\nInline $a^2 + b^2 = c^2$ and \\(\\alpha\\).\n\n$$\\int_0^1 x\\,dx = \\frac{1}{2}$$\n\n\\[\n\\sum_{i=1}^n i\n\\]\n',
    )
    expect(rendered.file.data.hasMath).toBe(true)
    expect(selectAll('.katex', tree).length).toBeGreaterThanOrEqual(6) // each on the slide or in the notes
    expect(selectAll('.katex-display', tree)).toHaveLength(2)
    expect(selectAll('.katex math', tree).length).toBeGreaterThanOrEqual(4)
    expect(selectAll('annotation', tree)).toHaveLength(0)
    expect(text(tree)).not.toMatch(texSource)
    expect(rendered.file.messages).toEqual([])
  })

  it('should keep a formula whole in a key point, even where the point is cut', () => {
    const { tree } = deck(
      '# M\n\n## S\n\nThe value $\\frac{a}{b} + \\sqrt{x^2 + y^2}$ grows with every step we take along the way through all of the remaining words here.\n',
    )
    const point = select('ul.lectern-points li', tree)
    expect(selectAll('.katex', point)).toHaveLength(1)
    expect(select('.katex-mathml math', point)).toBeDefined()
    expect(text(point)).not.toMatch(texSource)
  })

  it('should typeset a formula in a point cut from a bold opening or after "that", never show its TeX', () => {
    const { tree } = deck(
      [
        '# M\n\n## S\n',
        '- **Step 4: Calculate the probability that $\\delta$ could exist in a null world.** This is the p-value, or the probability that you would see a $\\delta$ at least that high in a world where there is no difference.',
        '- **Step 5: Decide if $\\delta$ is statistically significant.** Choose some evidentiary standard or threshold for deciding if there is sufficient proof for rejecting the null world.\n',
        'We calculate the probability that $\\delta$ is large in a world without any difference. This is the p-value.\n',
      ].join('\n'),
    )
    const points = selectAll('ul.lectern-points li', tree)
    expect(points).toHaveLength(3)
    for (const point of points) {
      expect(selectAll('.katex', point)).toHaveLength(1)
      expect(text(select('.katex-html', point))).toBe('δ')
      expect(toText(point)).not.toMatch(/\\delta/)
    }
  })

  it('should typeset a formula in the first claim a section without points shows', () => {
    const paragraph = unified().use(remarkParse).use(remarkMath).parse('The bound on $\\delta$ holds for every sample we draw.')
      .children[0] as Paragraph
    const unit: { lines: number; paragraph: Paragraph; point?: PhrasingContent[] } = { lines: 2, paragraph }
    leadWhenSilent([unit], 'en')
    expect(unit.point?.map((node) => node.type)).toEqual(['text', 'inlineMath', 'text'])
    expect(unit.point?.[1]).toMatchObject({ type: 'inlineMath', value: '\\delta' })
  })

  it('should render math in the notes', () => {
    const { tree } = deck('# M\n\n## S\n\n**A bold point.** Then $e^{i\\pi} = -1$ in the notes.\n')
    expect(selectAll('aside.notes .katex', tree)).toHaveLength(1)
    expect(selectAll('ul.lectern-points .katex', tree)).toHaveLength(0)
  })

  it('should drop the index entries of a book written for LaTeX, outside code', () => {
    // (Review 63: "A web page\index{web page} is hypertext" on a slide.)
    const { tree } = deck('# M\n\n## S\n\nA web page\\index{web page} is hypertext\\index{C++@\\texttt{C++}}, see `\\index{x}`.\n')
    expect(text(select('aside.notes', tree))).toBe('A web page is hypertext, see \\index{x}.')
  })

  it("should read the letters R Markdown's github_document leaves of a formula, each in italics, as one italic word", () => {
    // (Review 63: "FDR ≈ 1 − pro**p.tru**e" on a slide.)
    const { tree } = deck('# M\n\n## S\n\nThe rate *F**D**R* ≈ 1 − *p**r**o**p*.*t**r**u**e*, and **bold** stays bold.\n')
    expect(text(select('aside.notes', tree))).toBe('The rate FDR ≈ 1 − prop.true, and bold stays bold.')
    expect(selectAll('aside.notes em', tree).map(text)).toEqual(['FDR', 'prop', 'true'])
  })

  it('should leave prices alone: $5 and $6 are not a formula', () => {
    const { tree, rendered } = deck('# M\n\n## S\n\nIt costs $5 and $6 for two.\n')
    expect(selectAll('.katex', tree)).toHaveLength(0)
    expect(text(select('aside.notes', tree))).toBe('It costs $5 and $6 for two.')
    expect(rendered.file.data.hasMath).toBe(false)
  })

  it('should keep a link, emphasis and a formula between two prices as they are written', () => {
    // (Review 83: Jake VanderPlas's essay, "[under $40,000 per year](http://…) … about $50,000", showed the
    // link's brackets and address in the notes and on the slide.)
    const { tree } = deck(
      '# M\n\n## S\n\nThe salary is [under $40,000 per year](https://example.com/pay) for *someone* new. It rises to about $50,000 later, and $x^2$ is still a formula.\n',
    )
    // (KaTeX writes the formula twice, for reading aloud and for the eye.)
    expect(text(select('aside.notes', tree))).toBe(
      'The salary is under $40,000 per year for someone new. It rises to about $50,000 later, and x2x2 is still a formula.',
    )
    expect(select('aside.notes a', tree)?.properties.href).toBe('https://example.com/pay')
    expect(selectAll('aside.notes em', tree).map(text)).toEqual(['someone'])
    expect(selectAll('aside.notes .katex', tree)).toHaveLength(1)
    expect(text(select('.lectern-points', tree))).not.toMatch(/\]|\(https/)
    // Code stays as written, even after a line with a stray backtick ("…the current span`").
    const listed = deck(
      '# M\n\n## S\n\nThe span has methods:\n\n- `updateName(string $name)`: updates the name of the current span`\n- `setStatus(string|int $code, string $description = null)`: sets a status\n',
    ).tree
    expect(text(listed)).toContain('setStatus(string|int $code, string $description = null)')
    expect(text(listed)).not.toContain('&#36;')
    // A formula over two lines stays one; dollars in an indented code block are code.
    const wrapped = deck('# M\n\n## S\n\nWe define the loss $L(\\theta) =\n\\sum_i x_i$ for each $i$ in the batch.\n').tree
    expect(selectAll('aside.notes .katex', wrapped)).toHaveLength(2)
    expect(text(select('aside.notes', wrapped))).not.toMatch(/&#36;|\$/)
    const shell = deck('# M\n\n## S\n\nRun this:\n\n    echo $HOME and $PATH\n\nDone.\n').tree
    expect(text(select('pre', shell)).trim()).toBe('echo $HOME and $PATH')
  })

  it('should read punctuation alone between two dollars as text, in a heading too', () => {
    // (Review 77: "### Are you ??!@$!$! nuts???" showed as "Are you ??!@!! nuts???".)
    const { tree } = deck('# M\n\n## Are you ??!@$!$! nuts???\n\nYes, and $x+1$ is still a formula.\n')
    expect(text(select('h2', tree))).toBe('Are you ??!@$!$! nuts???')
    expect(selectAll('aside.notes .katex', tree)).toHaveLength(1)
  })

  it('should never run a formula from a lone dollar in prose across the code spans after it', () => {
    // (Review 75, a German post on Angular signals: RxJS streams' names end in a dollar.)
    const paragraph =
      'Die Streams `permissions$` und `isAuthenticated$` (isAuthenticated$ wird `true` emitten) führen dazu, dass `canDeleteInvoices$` true emitted, bevor `permissions$` wieder `false` emitted.'
    const { tree } = deck(`# M\n\n## S\n\n${paragraph}\n\nA formula $x^2$ beside \`code\` stays one.\n`)
    const notes = select('aside.notes', tree)!
    expect(text(notes)).not.toMatch(/`/)
    expect(selectAll('code', notes).map(text)).toEqual([
      'permissions$',
      'isAuthenticated$',
      'true',
      'canDeleteInvoices$',
      'permissions$',
      'false',
      'code',
    ])
    expect(text(notes)).toContain('(isAuthenticated$ wird true emitten)')
    expect(selectAll('.katex', notes)).toHaveLength(1)
  })

  it('should read a dollar an inline element holds alone as a dollar sign, never as a formula’s end', () => {
    // (Review 55: an economics essay writes its prices "<span>$</span>100,000", kept from MathJax.)
    const { tree, rendered } = deck(
      '# M\n\n## S\n\n- Earn <span>$</span>100,000 a year, but spend <span>$</span>25,000 a year\n\nThe remaining <span>$</span>30,000 would double, and he keeps <span>$</span>45,000.\n\nIn `<span>$</span>x` code stays.\n',
    )
    expect(selectAll('.katex', tree)).toHaveLength(0)
    expect(text(select('aside.notes', tree))).toContain('The remaining $30,000 would double, and he keeps $45,000.')
    expect(text(select('aside.notes', tree))).toContain('<span>$</span>x')
    expect(rendered.file.data.hasMath).toBe(false)
  })

  it('should typeset a formula spaced inside its dollars when it holds a TeX command, and leave spaced prices alone', () => {
    const { tree, rendered } = deck(
      '# M\n\n## S\n\n- Its space is $ \\Omega = \\{\\text{all } H\\times W \\}$ here.\n- It costs $ 5 and $ 6.\n',
    )
    expect(selectAll('ul:not(.lectern-points) .katex', tree)).toHaveLength(1)
    expect(text(select('ul:not(.lectern-points)', tree))).toContain('It costs $ 5 and $ 6.')
    expect(rendered.file.messages.filter((message) => message.ruleId === 'math')).toEqual([])
  })

  it('should know the macros blogs declare in their site configuration, and let an article define its own', () => {
    const { tree, rendered } = deck(
      '# M\n\n## S\n\nWe have $\\abs{x} + \\norm{v}$ and $a \\equiv b \\Mod{n}$ over $\\RR$.\n\nMine: $\\newcommand{\\abs}[1]{\\lvert #1 \\rvert} \\abs{y}$.\n',
    )
    expect(rendered.file.messages.filter((message) => message.ruleId === 'math')).toEqual([])
    expect(selectAll('aside.notes .katex', tree)).toHaveLength(4)
    expect(selectAll('.lectern-math-error', tree)).toHaveLength(0)
  })

  it('should read LaTeX’s boxes that MathJax reads and KaTeX lacks', () => {
    // (Review 57, a statistics post: "$$X\sim\mbox{Beta}(\alpha_0,\beta_0)$$" showed as its TeX.)
    const { tree, rendered } = deck(
      '# M\n\n## S\n\nThe model:\n\n$$X\\sim\\mbox{Beta}(\\alpha_0,\\beta_0)$$\n\nAnd $\\mathbbm{1}_{x > 0}$ here.\n',
    )
    expect(rendered.file.messages.filter((message) => message.ruleId === 'math')).toEqual([])
    expect(selectAll('.lectern-math-error', tree)).toHaveLength(0)
  })

  it('should warn at the line of a formula KaTeX cannot read and show it as code', () => {
    const { tree, rendered } = deck('# M\n\n## S\n\nFine $x$.\n\nBroken $\\frac{1}{$ here.\n')
    const warnings = rendered.file.messages.filter((message) => message.ruleId === 'math')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].line).toBe(7)
    expect(warnings[0].reason).toMatch(/could not be typeset/)
    expect(text(select('aside.notes code.lectern-math-error', tree))).toBe('\\frac{1}{')
  })

  it('should typeset a formula pasted with a zero-width space or a byte-order mark without printing to the console', () => {
    const printed: unknown[][] = []
    const spy = vi.spyOn(console, 'warn').mockImplementation((...args) => void printed.push(args))
    try {
      const { tree, rendered } = deck('# M\n\n## S\n\nThe sum $a\u200b+\ufeffb$ and $\\text{a\u200bb}$ hold.\n')
      expect(printed).toEqual([])
      expect(rendered.file.messages.filter((message) => message.ruleId === 'math')).toEqual([])
      expect(selectAll('aside.notes .katex', tree)).toHaveLength(2)
      expect(text(select('aside.notes .katex-mathml', tree))).not.toMatch(/[\u200b\ufeff]/)
    } finally {
      spy.mockRestore()
    }
  })

  it('should read escaped parentheses around words of prose as brackets, not a formula (review 94)', () => {
    // A Go tutorial of GitBook's markdown escapes its brackets.
    const { tree } = deck(
      "# M\n\n## S\n\nWe **inject** \\(which is just a fancy word for pass in\\) the dependency. Mocking is fine \\(and it's not evil\\). Let \\(x\\) and \\(n \\log n\\) stay math.\n",
    )
    const notes = text(select('aside.notes', tree))
    expect(notes).toContain('(which is just a fancy word for pass in)')
    expect(notes).toContain("(and it's not evil)")
    expect(selectAll('aside.notes .katex', tree)).toHaveLength(2)
  })

  it('should not touch dollars and TeX in code', () => {
    const { tree } = deck('# M\n\n## S\n\nRun `echo $HOME $PATH` now.\n\n```sh\necho \\(x\\) $y$\n```\n')
    expect(selectAll('.katex', tree)).toHaveLength(0)
    expect(text(select('pre code', tree))).toBe('echo \\(x\\) $y$')
  })

  it("should link KaTeX's stylesheet only in a deck with math", () => {
    const assets = { scripts: [], styles: ['base.css'], mathStyle: 'assets/katex/katex.min.css' }
    expect(renderDeckPage(deck('# M\n\n## S\n\n$x$\n').rendered, assets)).toContain('href="assets/katex/katex.min.css"')
    expect(renderDeckPage(deck('# M\n\n## S\n\nNo math.\n').rendered, assets)).not.toContain('katex')
  })
})

describe('labelled formulas', () => {
  it('should number a formula with \\label and write \\eqref as its number, typeset, no TeX source shown', () => {
    // A softmax derivation (a Jekyll blog with MathJax): labels inside `equation`, references in text and in math.
    const { rendered, tree } = deck(
      [
        '# Softmax',
        '',
        '## The loss',
        '',
        'The loss function is',
        '',
        '$$',
        '\\begin{equation}',
        'L(\\mathbf{p}) = - \\sum_i \\log p_i',
        '\\label{eq:loss}',
        '\\end{equation}',
        '$$',
        '',
        'To understand why Equation $ \\eqref{eq:loss} $ makes sense, let us walk through a simple example.',
        '',
        '<div class="long-math">',
        '$$',
        '\\begin{align}',
        '\\frac{\\partial L}{\\partial x_i} = p_i - y_i',
        '\\label{eq:L-xi}',
        '\\end{align}',
        '$$',
        '</div>',
        '',
        'We know the results of the derivatives inside the summation on Equation \\eqref{eq:L-xi}.',
      ].join('\n'),
    )
    expect(rendered.html).not.toMatch(/\\label|\\eqref|\$\$/)
    expect(selectAll('.katex-display', tree)).toHaveLength(2)
    expect(selectAll('.katex-display .tag', tree).map((node) => text(node).replace(/\u200b/g, ''))).toEqual(['(1)', '(2)'])
    expect(text(tree)).toContain('summation on Equation (2)')
  })

  it('should give an unlabelled equation the next number in an article that numbers its formulas, not (1) again', () => {
    // The softmax derivation's "when j ≠ i" case: two plain `equation` displays after labelled ones.
    const display = (body: string) => ['$$', '\\begin{equation}', body, '\\end{equation}', '$$', ''].join('\n')
    const { tree } = deck(
      [
        '# Softmax\n\n## The loss\n',
        display('L = - \\sum_i y_i \\log p_i \\label{eq:loss}'),
        'By \\eqref{eq:loss}, only the true class counts.\n',
        '## When j is not i\n',
        display('\\frac{\\partial p_j}{\\partial x_i} = -p_j p_i'),
        display('\\frac{\\partial e_j}{\\partial x_i} = 0 \\nonumber'),
        display('\\frac{\\partial L}{\\partial x_i} = p_i - y_i \\label{eq:grad}'),
        'So \\eqref{eq:grad} is the gradient.',
      ].join('\n'),
    )
    const tags = selectAll('.katex-display .tag', tree).map((node) => text(node).replace(/\u200b/g, ''))
    expect(tags).toEqual(['(1)', '(2)', '(3)'])
    expect(text(tree)).toContain('So (3) is the gradient')
  })

  it('should read TeX inside doubled delimiters as markdown leaves it on the page', () => {
    // Oran Looney's "The Prehistory of Computing" (Hugo, MathJax; review 37) showed "beginarrayr" and "log _10".
    const { tree, rendered } = deck(
      [
        '# Math',
        '',
        '## Napier',
        '',
        'Briggs proposed the base 10 logarithm:',
        '',
        '\\\\[',
        '    \\log\\_{10}(xy) = \\log\\_{10}(x) + \\log\\_{10}(y)',
        '\\\\]',
        '',
        'A long multiplication:',
        '',
        '\\\\[',
        '\\\\begin{array}{r}',
        '6847027875 \\\\\\\\',
        '\\\\times 2463797377 \\\\\\\\',
        '\\\\end{array}',
        '\\\\]',
        '',
      ].join('\n'),
    )
    expect(selectAll('.katex-display', tree)).toHaveLength(2)
    expect(text(tree)).not.toMatch(/beginarray|log _10|\\_/)
    expect(rendered.file.messages).toEqual([])
  })

  it('should read a markdown-escaped row break as the one row break its author meant, not as empty rows', () => {
    // A NetworkX GSoC blog (Hugo, MathJax) ends its rows with `\\\\\\`; `\\\\` is the same escape done once.
    const rows = (end: string) =>
      [
        '$$',
        '\\begin{array}{l}',
        `(0, 1) \\rightarrow (2, 1) ${end}`,
        `(0, 2) \\rightarrow (4, 2) ${end}`,
        '(0, 3)',
        '\\end{array}',
        '$$',
      ].join('\n')
    for (const end of ['\\\\\\\\\\\\', '\\\\\\\\']) {
      const tree = unified()
        .use(remarkParse)
        .use(remarkMath)
        .parse(`The pairs I found:\n\n${rows(end)}\n`)
      collapseRowBreaks(tree)
      const formula = tree.children.find((node) => node.type === 'math')
      expect(formula?.type === 'math' && formula.value).toBe(rows('\\\\').replace(/^\$\$\n|\n\$\$$/g, ''))
    }
  })

  it('should keep a formula’s own \\tag for the references to its label', () => {
    // An eigenvalue post's display with its tag written out.
    const { html } = deck(
      '# E\n\n## Trace\n\n$$\n\\operatorname{tr}(A) = \\sum_i \\lambda_i \\tag{T} \\label{trace}\n$$\n\nBy \\eqref{trace}, the trace is the sum of the eigenvalues.\n',
    ).rendered
    expect(html).not.toMatch(/\\label|\\eqref/)
    expect(html).toContain('By (T), the trace')
  })
})

describe('formulas per slide', () => {
  it('should spread a run of tall displayed formulas over slides instead of stacking them on one', () => {
    // As a softmax derivation's steps: three displays of four rows of fractions each, short in TeX, tall on a slide.
    const aligned = (name: string) =>
      `$$\n\\begin{aligned}\n${name}_1 &= \\frac{a}{b} \\\\\n${name}_2 &= \\frac{c}{d} \\\\\n${name}_3 &= \\frac{e}{f} \\\\\n${name}_4 &= \\frac{g}{h}\n\\end{aligned}\n$$`
    const { tree } = deck(
      `# D\n\n## Derivatives\n\nObserve that every term in the summation is just a multiplication of two derivatives.\n\n${aligned('L')}\n\n${aligned('M')}\n\n${aligned('N')}\n`,
    )
    const perSlide = selectAll('section.lectern-slide', tree)
      .map((slide) => selectAll('.katex-display', slide).length)
      .filter((count) => count > 0)
    expect(perSlide.reduce((sum, count) => sum + count, 0)).toBe(3)
    expect(Math.max(...perSlide)).toBeLessThanOrEqual(2)
  })
})

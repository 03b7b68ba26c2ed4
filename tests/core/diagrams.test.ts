import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck, type DiagramRendering } from '../../src/core/index.ts'
import { safeCss, safeSvg } from '../../src/core/safe-svg.ts'
import { parseDeck, select, selectAll, text } from '../helpers/html.ts'

const flowchart = 'flowchart LR\n  A[Start] --> B[End]'

const article = `# Talk

## Flow

How it goes.

\`\`\`mermaid
${flowchart}
\`\`\`
`

/** What mermaid draws, in short: a sized SVG with its own styles, markers and text labels. */
const drawn = `<svg id="d1" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 300px;" viewBox="0 0 300 80" role="graphics-document document">
<style>#d1 .node rect{fill:#eef;stroke:#36c;}</style>
<defs><marker id="d1-end" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker></defs>
<g class="nodes"><g class="node" transform="translate(40, 40)"><rect width="60" height="30"></rect><text><tspan>Start</tspan></text></g>
<path d="M70,40L200,40" marker-end="url(#d1-end)"></path>
<g class="node" transform="translate(240, 40)"><rect width="60" height="30"></rect><text><tspan>End</tspan></text></g></g></svg>`

function deck(markdown: string, renderings?: Record<string, DiagramRendering>) {
  const rendered = renderDeck(
    new VFile({ path: 'talk.md', value: markdown }),
    {},
    undefined,
    renderings ? new Map(Object.entries(renderings)) : undefined,
  )
  return { rendered, tree: parseDeck(rendered.html) }
}

/** The diagram source shown as code, as written (newlines and all). */
function sourceShown(tree: ReturnType<typeof parseDeck>): string | undefined {
  const child = select('pre code.lectern-diagram-source', tree)?.children[0]
  return child?.type === 'text' ? child.value : undefined
}

function svgOf(markup: string) {
  const svg = safeSvg(fromHtml(markup, { fragment: true }))
  return svg ? toHtml(svg, { space: 'svg' }) : ''
}

describe('diagrams', () => {
  it('should list each mermaid block with its source and line, and warn about no highlighting', () => {
    const { rendered, tree } = deck(article)
    expect(rendered.file.data.diagrams).toEqual([
      { source: flowchart, position: expect.objectContaining({ start: expect.objectContaining({ line: 7 }) }) },
    ])
    // Without a drawing (a render outside a build), the source shows as code, with no highlighting and no warning.
    expect(sourceShown(tree)).toBe(flowchart)
    expect(selectAll('.hljs', tree)).toHaveLength(0)
    expect(rendered.file.messages).toEqual([])
  })

  it('should put the drawing on the slide as an inline SVG sized by its viewBox', () => {
    const { rendered, tree } = deck(article, { [flowchart]: { svg: drawn } })
    const figure = select('section#flow figure.lectern-diagram', tree)
    const svg = select('svg', figure)
    expect(svg?.properties.viewBox).toBe('0 0 300 80')
    expect(svg?.properties.width).toBeUndefined()
    expect(svg?.properties.style).toBe('max-width: 600px')
    expect(text(figure)).toContain('Start')
    expect(select('marker#d1-end', figure)).toBeDefined()
    expect(rendered.html).toContain('marker-end="url(#d1-end)"')
    expect(selectAll('pre', tree)).toHaveLength(0)
    expect(rendered.file.messages).toEqual([])
  })

  it("should show a diagram mermaid cannot read as code, with a warning at the block's line", () => {
    const error = "Parse error on line 2:\n...LR  A -->\n------^\nExpecting 'AMP', 'COLON', got 'EOF'"
    const { rendered, tree } = deck(article, { [flowchart]: { error } })
    expect(sourceShown(tree)).toBe(flowchart)
    expect(rendered.file.messages.map((message) => [message.line, message.column, message.reason])).toEqual([
      [7, 1, 'This diagram could not be drawn (Parse error on line 2 of the diagram, at EOF); it shows as written'],
    ])
  })

  it('should keep the drawing in an article with raw HTML, which is sanitized around it', () => {
    const markdown = `${article}\nSome <b onclick="x()">bold</b> words.\n`
    const { tree } = deck(markdown, { [flowchart]: { svg: drawn } })
    expect(select('figure.lectern-diagram svg', tree)).toBeDefined()
    expect(select('[onclick]', tree)).toBeUndefined()
  })

  it('should keep drawings inside lists and quotes of an article with raw HTML', () => {
    const fenced = (indent: string) => `${indent}\`\`\`mermaid\n${flowchart.replace(/^/gm, indent)}\n${indent}\`\`\``
    const markdown = `# T\n\n<!-- a note -->\n\n## Steps\n\n1. First, drawn:\n\n${fenced('   ')}\n\n2. Second <i>step</i>.\n\n${fenced('> ')}\n`
    const { tree } = deck(markdown, { [flowchart]: { svg: drawn } })
    expect(selectAll('li figure.lectern-diagram > svg', tree)).toHaveLength(1)
    expect(selectAll('blockquote figure.lectern-diagram > svg', tree)).toHaveLength(1)
    expect(selectAll('.lectern-diagram-slot', tree)).toHaveLength(0)
    // The SVG's own styles stay in its <style>, never loose text on the slide.
    expect(selectAll('figure.lectern-diagram style', tree)).toHaveLength(2)
  })

  it('should keep a long diagram whole on one slide, with its heading', () => {
    const long = `flowchart TD\n${Array.from({ length: 40 }, (_, index) => `  N${index} --> N${index + 1}`).join('\n')}`
    const { tree } = deck(`# T\n\n## Long\n\n\`\`\`mermaid\n${long}\n\`\`\`\n`, { [long]: { svg: drawn } })
    const figures = selectAll('figure.lectern-diagram', tree)
    expect(figures).toHaveLength(1)
    expect(selectAll('section.lectern-slide', tree)).toHaveLength(1)
    expect(text(select('section.lectern-slide h2', tree))).toBe('Long')
  })
})

describe('the SVG allow-list', () => {
  it('should remove scripts, event handlers, links and HTML beyond plain text', () => {
    const svg = svgOf(`<svg viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>
      <a href="javascript:alert(3)" transform="translate(5, 5)"><rect width="1" height="1" onclick="alert(4)"></rect></a>
      <foreignObject><div><img src="x" onerror="alert(5)">label<iframe src="https://example.com"></iframe></div></foreignObject>
      <use href="https://example.com/x.svg#a"></use><image href="https://example.com/x.png"></image></svg>`)
    expect(svg).not.toMatch(/alert|onload|onclick|onerror|<script|<img|<iframe|<use|<image|href|javascript|example\.com/i)
    // The link's node keeps its place.
    expect(svg).toContain('<g transform="translate(5, 5)"><rect')
    expect(svg).toContain('<div>label</div>')
  })

  it('should keep references into the SVG itself and remove any that load', () => {
    const svg =
      svgOf(`<svg viewBox="0 0 10 10"><style>@import url(https://example.com/a.css); #a { fill: url(#grad); background: url(https://example.com/p.png); stroke: u\\rl(//example.com) }</style>
      <path marker-end="url(#end)" fill="url(https://example.com/f.svg#x)" style="stroke: url('http://example.com/s')"></path></svg>`)
    expect(svg).not.toMatch(/example\.com|@import/)
    expect(svg).toContain('fill: url(#grad)')
    expect(svg).toContain('marker-end="url(#end)"')
  })

  it('should make CSS that loads nothing', () => {
    expect(safeCss('a { b: url(x.png) } c { d: image-set("y.png" 1x) } e { f: url(#ok) }')).toBe(
      'a { b: none } c { d: none } e { f: url(#ok) }',
    )
    expect(safeCss('x { behavior: expression(alert(1)) }')).not.toMatch(/expression\(/)
  })

  it('should give nothing for a drawing that is not an SVG', () => {
    expect(safeSvg(fromHtml('<p>Syntax error</p>', { fragment: true }))).toBeUndefined()
  })
})

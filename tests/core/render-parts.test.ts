import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { finishDeck, parseDeck } from '../../src/core/render-stages.ts'
import { renderDeck } from '../../src/core/render.ts'
import { loadRenderParts } from '../../src/node/render-parts.ts'

const prose = '# A talk\n\nPlain prose, with *emphasis* and a [link](https://example.com).\n'

describe('the optional libraries a render needs', () => {
  it('should need none for plain prose', () => {
    expect(parseDeck(prose).needs).toEqual({ html: false, katex: false, rehypeHighlight: false })
  })

  it('should need the HTML parser for raw HTML, KaTeX and the parser for math, the highlighter for code', () => {
    expect(parseDeck(`${prose}\n<div>raw</div>\n`).needs).toEqual({ html: true, katex: false, rehypeHighlight: false })
    expect(parseDeck(`${prose}\nEnergy: $E=mc^2$.\n`).needs).toEqual({ html: true, katex: true, rehypeHighlight: false })
    expect(parseDeck(`${prose}\n\`\`\`go\nfunc main() {}\n\`\`\`\n`).needs).toEqual({ html: false, katex: false, rehypeHighlight: true })
  })

  it('should need KaTeX for a formula raw HTML holds: a LaTeX picture, one wrapped in a tag', async () => {
    for (const html of [
      '<img src="https://latex.codecogs.com/gif.latex?Q(r) = round(r/S + Z)">',
      '<img class="latex" src="https://s0.wp.com/latex.php?latex=x%5E2" alt="x^2">',
      '<div class="long-math">$$x^2$$</div>',
    ]) {
      const parsed = parseDeck(`${prose}\nThe mapping is\n\n${html}\n`)
      expect(parsed.needs.katex).toBe(true)
      expect(finishDeck(parsed, await loadRenderParts(parsed.needs)).html).toContain('class="katex"')
    }
  })

  it('should render with only what it needs the deck renderDeck makes with everything', async () => {
    const article = `${prose}\n## Math\n\n$$\n\\int_0^1 x\\,dx\n$$\n\n## Code\n\n\`\`\`js\nconst a = 1\n\`\`\`\n\n<figure><img src="a.png" alt="A"></figure>\n`
    const parsed = parseDeck(new VFile({ path: 'talk.md', value: article }))
    const rendered = finishDeck(parsed, await loadRenderParts(parsed.needs))
    const whole = renderDeck(new VFile({ path: 'talk.md', value: article }))
    expect(rendered.html).toBe(whole.html)
    expect(rendered.html).toContain('class="katex"')
    expect(rendered.html).toContain('hljs-keyword')
    expect(rendered.file.messages.map(String)).toEqual(whole.file.messages.map(String))
  })

  it('should fail loudly, as lectern’s bug, when a step needs a library the caller did not load', () => {
    expect(() => finishDeck(parseDeck(`${prose}\nEnergy: $E=mc^2$.\n`), {})).toThrow(/was not loaded/)
  })
})

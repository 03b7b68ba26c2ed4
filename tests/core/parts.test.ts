import { fromHtml } from 'hast-util-from-html'
import { raw } from 'hast-util-raw'
import katex from 'katex'
import { describe, expect, it } from 'vitest'
import { highlighter } from '../../src/core/highlighter.ts'
import { finishDeck, parseDeck } from '../../src/core/render-stages.ts'

/** A render as a build does it: only the libraries the parsed article says it needs. */
function renderWithNeeded(markdown: string) {
  const parsed = parseDeck(markdown)
  const { html, katex: math, rehypeHighlight } = parsed.needs
  return finishDeck(parsed, {
    ...(html && { fromHtml, raw }),
    ...(math && { katex }),
    ...(rehypeHighlight && { rehypeHighlight: highlighter }),
  })
}

describe('the libraries an article needs', () => {
  it('should render every kind of article with only the libraries it was found to need', () => {
    const articles = [
      // (First: the highlighter, once set up for an article with code, stays with the pipeline.)
      // (R's blog tools write their listings in HTML (review 139, the tidyverse blog): the build stopped, no highlighter loaded.)
      "# T\n\n## A\n\nThe plots:\n\n<div class=\"highlight\">\n\n<pre class='chroma'><code class='language-r' data-lang='r'><span><span class='kr'><a href='https://rdrr.io/r/base/library.html'>library</a></span><span class='o'>(</span>tidyverse<span class='o'>)</span></span>\n<span></span>\n<span><span class='nv'>presidential</span> <span class='o'>|&gt;</span></span>\n\n</code></pre>\n\n</div>\n",
      '# T\n\n## A\n\nPlain words only.\n',
      '# T\n\n## A\n\n```js\nconst a = 1\n```\n',
      '# T\n\n## A\n\nA formula $e^{i\\pi} = -1$ inline.\n',
      '# T\n\n## A\n\nSome <em>raw</em> HTML.\n',
      '# T\n\n## A\n\n<p>Run <code>npm test</code> first.</p>\n',
    ]
    for (const article of articles) expect(() => renderWithNeeded(article), article).not.toThrow()
    expect(renderWithNeeded(articles[0]).html).toContain('library')
  })
})

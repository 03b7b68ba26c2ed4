import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { mapSourcePlaces, placeInSource } from '../../src/core/source-places.ts'
import { importHtml } from '../../src/import/index.ts'
import { parseDeck, selectAll } from '../helpers/html.ts'
import { parseMarkdown } from '../helpers/parse-markdown.ts'

/** A saved page whose content draws warnings: a template tag left in by an export, a formula KaTeX cannot read. */
const page = [
  '<!doctype html>',
  '<html><head><title>A saved post</title></head>',
  '<body>',
  '<nav><a href="/">Home</a></nav>',
  '<article>',
  '<h1>A saved post</h1>',
  '<p>The first paragraph of the saved post. More words of the article follow here, enough for a reader to take it for prose.',
  'More words of the article follow here, enough for a reader to take it for prose.</p>',
  '<h2>Results</h2>',
  '<p>The second paragraph. More words of the article follow here, enough for a reader to take it for prose.</p>',
  '<p>A tag {{&lt; poll 123 &gt;}} left in the text by a careless export,',
  '  then <code>x</code> and a formula that does not parse: $\\frac{1}{$ here.</p>',
  '<p>The last paragraph. More words of the article follow here, enough for a reader to take it for prose.</p>',
  '</article>',
  '</body></html>',
].join('\n')

const renders = new Map<string, ReturnType<typeof renderDeck>>()

/** The page imported with `finder` and rendered, once for every test that only reads it. */
function render(finder: 'readability' | 'lectern') {
  let rendered = renders.get(finder)
  if (!rendered) {
    const imported = importHtml(page, { path: 'post.html', finder })
    const file = new VFile({ path: 'post.html', value: String(imported.value), data: { sourcePlaces: imported.data.sourcePlaces } })
    renders.set(finder, (rendered = renderDeck(file)))
  }
  return rendered
}

describe('places in an imported page', () => {
  it.each([
    // Readability's copy of the page keeps the places of elements; lectern's own walk keeps those of text too.
    ['readability', 1, 8],
    ['lectern', 4, 22],
  ] as const)('should put every warning at its place in the .html (%s finder)', (finder, tagColumn, formulaColumn) => {
    const { file } = render(finder)
    const places = file.messages.map((message) => [message.ruleId, message.line, message.column])
    expect(places).toEqual([
      ['template-tags', 11, tagColumn],
      ['math', 12, formulaColumn],
    ])
  })

  it('should say where each slide starts in the .html', () => {
    const sections = selectAll('section[data-line]', parseDeck(render('readability').html))
    expect(sections.map((section) => [section.properties.dataLine, section.properties.dataColumn])).toEqual([
      ['6', '1'],
      // The lede's slide, under the title, starts at its paragraph.
      ['7', '1'],
      ['9', '1'],
    ])
  })

  it('should pair the nodes of two trees by type where their shapes differ', () => {
    const original = parseMarkdown('# Title\n\nOne *two*\n\n- a\n- b\n').tree
    const written = parseMarkdown('Intro\n\n# Title\n\nOne *two*\n\n- a\n- b\n').tree
    const places = mapSourcePlaces(original, written)
    expect(placeInSource(places, { line: 3, column: 1 })).toEqual({ line: 1, column: 1 })
    expect(placeInSource(places, { line: 5, column: 6 })).toEqual({ line: 3, column: 6 })
    expect(placeInSource(places, { line: 8, column: 3 })).toEqual({ line: 6, column: 3 })
  })

  it('should leave a place before every node of the page without one', () => {
    expect(placeInSource([[3, 1, 10, 1]], { line: 2, column: 4 })).toBeUndefined()
  })
})

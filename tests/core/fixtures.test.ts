import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { visit } from 'unist-util-visit'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { VFile } from 'vfile'
import { expectFixture } from '../helpers/fixtures.ts'
import { parseDeck, text } from '../helpers/html.ts'

/*
 * Each folder in tests/fixtures/decks holds an article (`input.md`) and the deck HTML it
 * renders to (`output.html`). `UPDATE_FIXTURES=1 npx vitest run tests/core` rewrites the
 * expectations after a deliberate change; review the diff before committing it.
 */
const root = new URL('../fixtures/decks/', import.meta.url).pathname
const fixtures = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.md')))

function render(name: string) {
  const path = join(root, name, 'input.md')
  return renderDeck(new VFile({ path, value: readFileSync(path, 'utf8') }))
}

const renders = new Map<string, ReturnType<typeof render>>()

/** A fixture's deck, rendered once for every test that only reads it. */
function rendered(name: string) {
  let deck = renders.get(name)
  if (!deck) renders.set(name, (deck = render(name)))
  return deck
}

/** Words of the article's body, as a multiset. */
function wordCounts(markdown: string): Map<string, number> {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown)
  const values: string[] = []
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') values.push(node.value)
  })
  return countWords(values.join(' '))
}

function countWords(value: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of value.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

describe('deck fixtures', () => {
  it.each(fixtures)('should render %s as expected', (name) => {
    const { html, file } = rendered(name)
    const expected = join(root, name, 'output.html')
    const actual =
      html +
      '\n<!-- warnings -->\n' +
      file.messages.map((message) => `<!-- ${message.line}:${message.column} ${message.reason} -->`).join('\n') +
      '\n'
    expectFixture(actual, expected)
  })

  // Not raw-html (its tags are not words), nor blog-syntax: its metadata lines, MDX statements, hidden
  // chunks, wiki-link targets and attribute lists are meant to go.
  const wordFixtures = fixtures.filter((name) => name !== 'raw-html' && name !== 'blog-syntax')
  it.each(wordFixtures)('should keep every word of %s on a slide or in the notes', (name) => {
    const markdown = readFileSync(join(root, name, 'input.md'), 'utf8')
    const shown = countWords(text(parseDeck(rendered(name).html)))
    const missing = [...wordCounts(markdown)].filter(([word, count]) => (shown.get(word) ?? 0) < count)
    expect(missing).toEqual([])
  })

  // A second render in the same process, after every other fixture's: no state carried over.
  it('should render the same deck twice for the same input', () => {
    for (const name of fixtures) expect(render(name).html).toBe(rendered(name).html)
  })
})

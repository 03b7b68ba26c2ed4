import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, selectAll, slidesOf, text } from '../helpers/html.ts'

const kindsArticle = readFileSync(fileURLToPath(new URL('../fixtures/decks/slide-kinds/input.md', import.meta.url)), 'utf8')

const renders = new Map<string, ReturnType<typeof renderDeck>>()

/** The deck of `markdown`, rendered once for every test that only reads it. */
function render(markdown: string, overrides = {}) {
  const key = `${JSON.stringify(overrides)}\n${markdown}`
  let rendered = renders.get(key)
  if (!rendered) renders.set(key, (rendered = renderDeck(new VFile({ path: 'talk.md', value: markdown }), overrides)))
  return rendered
}

/** Per slide id, the text of each fragment in order. */
function fragmentsBySlide(markdown: string, overrides = {}): Record<string, string[]> {
  const slides = slidesOf(parseDeck(render(markdown, overrides).html))
  return Object.fromEntries(slides.map((slide) => [slide.properties.id, selectAll('.fragment', slide).map((node) => text(node))]))
}

const lists = `---
title: Lists
incremental: true
---

## Fruit

Fruit prices doubled in every market of the region last year, and nobody saw it coming.

- Apples from the north orchard
  - Red ones
  - Green ones
- Oranges from the south

1. First
2. Second

## Alone

- Only one item here
`

describe('build-up (incremental)', () => {
  it('should make no fragments unless asked', () => {
    const without = lists.replace('incremental: true\n', '')
    expect(Object.values(fragmentsBySlide(without)).flat()).toEqual([])
  })

  it('should make each key point and top-level list item a fragment, in reading order', () => {
    const fruit = slidesOf(parseDeck(render(lists).html)).find((slide) => slide.properties.id === 'fruit')!
    const point = selectAll('ul.lectern-points > li', fruit).map((node) => text(node))
    expect(point).toHaveLength(1)
    expect(fragmentsBySlide(lists).fruit).toEqual([
      ...point,
      'Apples from the north orchard Red ones Green ones',
      'Oranges from the south',
      'First',
      'Second',
    ])
  })

  it('should leave nested items with their parent, and a slide of one item whole', () => {
    const html = render(lists).html
    expect(html).toContain('<li>Red ones</li>')
    expect(fragmentsBySlide(lists).alone).toEqual([])
  })

  it('should leave the title, statement and quote slides whole, and build up the others', () => {
    const fragments = fragmentsBySlide(kindsArticle, { incremental: true })
    expect(fragments.title).toEqual([])
    expect(fragments['the-spark']).toEqual([])
    expect(fragments['in-their-words']).toEqual([])
    expect(fragments['two-ideas']).toHaveLength(2)
    expect(fragments['many-ideas']).toHaveLength(4)
    // The picture stays; the points beside it build up.
    expect(fragments['the-architecture']).toHaveLength(2)
  })

  it('should keep the notes out of the build-up', () => {
    const slides = slidesOf(parseDeck(render(lists).html))
    expect(slides.flatMap((slide) => selectAll('aside.notes .fragment', slide))).toEqual([])
  })

  it('should take --incremental over the frontmatter, and warn about a value that is not true or false', () => {
    const off = lists.replace('incremental: true', 'incremental: false')
    expect(Object.values(fragmentsBySlide(off, { incremental: true })).flat()).not.toEqual([])
    const wrong = render(lists.replace('incremental: true', 'incremental: sometimes'))
    expect(wrong.file.messages.map((message) => `${message.line}: ${message.reason}`)).toContain(
      '3: Frontmatter option `incremental` should be true or false; using the default',
    )
    expect(wrong.html).not.toContain('fragment')
  })
})

describe('an article’s own fragments', () => {
  it('should keep Reveal’s fragment classes on raw HTML list items, and still drop what could run', () => {
    const html = render(
      '## Raw\n\n<ul><li class="fragment fade-up" data-fragment-index="2" onclick="alert(1)">one</li><li class="fragment" style="x">two</li></ul>\n',
    ).html
    expect(html).toContain('<li class="fragment fade-up" data-fragment-index="2">one</li>')
    expect(html).toContain('<li class="fragment">two</li>')
    expect(html).not.toContain('onclick')
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, selectAll, slidesOf, text } from '../helpers/html.ts'

const hostile = readFileSync(new URL('../fixtures/hostile/script/article.md', import.meta.url), 'utf8')

function render(allowHtml: boolean) {
  const rendered = renderDeck(new VFile({ path: 'article.md', value: hostile }), { allowHtml })
  return { ...rendered, tree: parseDeck(rendered.html) }
}

describe('raw HTML from the article', () => {
  for (const allowHtml of [false, true]) {
    describe(allowHtml ? 'with allowHtml' : 'by default', () => {
      const { deck, tree, html } = render(allowHtml)

      it('should not forge slides: one top-level section per outline group, one slide per outline slide', () => {
        const groups = tree.children.filter((node) => node.type === 'element')
        expect(groups).toHaveLength(deck.outline.length)
        expect(groups.every((group) => group.type === 'element' && group.tagName === 'section')).toBe(true)
        expect(slidesOf(tree)).toHaveLength(deck.slideCount)
        expect(deck.outline.map((group) => group.title)).toEqual([
          'Hostile article',
          'Backgrounds',
          'Data URLs',
          'Forged slides',
          'Imitations',
          'The end',
        ])
        // Every section is lectern's: a group or a slide, nothing deeper.
        expect(selectAll('section section section', tree)).toHaveLength(0)
        expect(selectAll('section', tree).every((node) => /lectern-/.test(String(node.properties.className)))).toBe(true)
      })

      it('should keep notes only where lectern puts them', () => {
        for (const slide of slidesOf(tree)) expect(selectAll(':scope > aside.notes', slide).length).toBeLessThanOrEqual(1)
        expect(selectAll('aside aside', tree)).toHaveLength(0)
        expect(selectAll('aside', tree).every((node) => String(node.properties.className) === 'notes')).toBe(true)
      })

      it('should keep the content of the article’s sections', () => {
        expect(text(tree)).toContain('Press space.')
        expect(text(tree)).toContain('fake slide')
        expect(text(tree)).toContain('notes forged from raw html')
      })

      if (!allowHtml) {
        it('should drop every attribute Reveal would turn into a load, and every script', () => {
          expect(html).not.toMatch(/data-(background|src|preload)/)
          expect(html).not.toMatch(/javascript:|<script|onerror|<iframe|<object|<embed|<link|<base|style=|formaction/i)
        })
      }
    })
  }

  it('should keep Reveal’s fragment attributes', () => {
    const { html } = renderDeck('## A\n\n<p class="fragment" data-fragment-index="2" data-id="box">step</p>\n')
    expect(html).toContain('<p class="fragment" data-fragment-index="2" data-id="box">step</p>')
  })

  it('should keep HTML that spans blocks within a slide', () => {
    // (A <details> block is unwrapped instead, and a wrapper's lone tags, `<div>`, left out: see raw-html.test.ts.)
    const { html } = renderDeck('## A\n\n<figure class="box">\n\n![a](a.png)\n\n</figure>\n')
    expect(html).toMatch(/<figure class="box">\s*<p><img src="a.png" alt="a"><\/p>\s*<\/figure>/)
  })
})

describe('style sheets in the article', () => {
  it('should never show a style sheet’s rules on a slide, nor give it a slide', () => {
    // As a Jekyll post (rickyhan.com's "Pot Odds", seen in review) opens: a link and a <style> block, then a <div>.
    const article = [
      '---\ntitle: "Pot Odds"\n---',
      'Pot odds are the ratio of the current pot size to the cost of a future card.',
      '<link rel="stylesheet" type="text/css" href="/static/potodds/cards.css" media="screen" />\n<style>\n.answer {\n    color: grey;\n}\n</style>',
      '<div class="playingCards"><p>A hand.</p></div>',
      '## Odds\n\nThe odds follow.',
    ].join('\n\n')
    const tree = parseDeck(renderDeck(new VFile({ path: 'post.md', value: article })).html)
    expect(text(tree)).not.toMatch(/color: grey|\.answer/)
    const slides = slidesOf(tree)
    // The title slide, the <div> under the title, the section.
    expect(slides).toHaveLength(3)
    expect(text(slides[1])).toMatch(/A hand/)
  })
})

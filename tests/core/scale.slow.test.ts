import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'

/*
 * The pipeline at the sizes users and attackers reach: seconds of parsing each, so they run in
 * the `slow` project (`npm run test:slow`, and `npm test`), not in the unit tests. The unit
 * tests check the same behaviour on small inputs.
 */

describe('the pipeline at scale', () => {
  it('should render a 10,000-word article', () => {
    const section = (index: number) => `## Section ${index}\n\n` + 'Words upon words in a long paragraph, one after another. '.repeat(40)
    const article = '# Huge\n\n' + Array.from({ length: 25 }, (_, index) => section(index)).join('\n\n')
    const rendered = renderDeck(article)
    expect(rendered.deck.outline).toHaveLength(26)
    expect(rendered.html.length).toBeGreaterThan(article.length)
  })

  it('should render a 100,000-word article', () => {
    const section = (index: number) => `## Section ${index}\n\n` + 'Words upon words in a long paragraph, one after another. '.repeat(40)
    const article = '# Huge\n\n' + Array.from({ length: 250 }, (_, index) => section(index)).join('\n\n')
    const rendered = renderDeck(article)
    expect(rendered.deck.outline).toHaveLength(251)
    expect(rendered.html.length).toBeGreaterThan(article.length)
  })

  it('should make no group, and so no blank page, of 50,000 headings without words', () => {
    const { deck, html } = renderDeck('# T\n\n' + '## \n'.repeat(50_000) + '\n## Real\n\nText.\n')
    expect(deck.outline.map((group) => group.title)).toEqual(['T', 'Real'])
    expect(html.match(/<section class="lectern-group"/g)).toHaveLength(2)
  })
})

import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, text } from '../helpers/html.ts'

describe('footnotes', () => {
  const markdown = [
    '# T',
    '',
    '## One',
    '',
    '| tool | version |',
    '| --- | --- |',
    '| rustc | version < 1.77[^msrv] |',
    '',
    '## Two',
    '',
    'A claim[^src] to check.',
    '',
    '## Three',
    '',
    'Nothing cited.',
    '',
    '[^msrv]: The minimum supported version.',
    '[^src]: Where the claim comes from.',
    '[^unused]: Never cited.',
  ].join('\n')
  const tree = parseDeck(renderDeck(markdown).html)

  it('should show a reference as a small marker of its own, apart from the text before it', () => {
    const marker = select('#one td sup.lectern-footnote-ref', tree)
    expect(text(marker)).toBe('1')
    // Not a link: Reveal would take the note's id for a slide to go to.
    expect(selectAll('#one a[href^="#user-content"]', tree)).toHaveLength(0)
  })

  it('should put each footnote in the notes of the slide that cites it, numbered as its marker', () => {
    expect(text(select('#one aside.notes .lectern-footnotes', tree))).toBe('The minimum supported version.')
    expect(select('#one aside.notes .lectern-footnotes li', tree)?.properties.value).toBe('1')
    expect(text(select('#two aside.notes .lectern-footnotes', tree))).toBe('Where the claim comes from.')
    expect(select('#two aside.notes .lectern-footnotes li', tree)?.properties.value).toBe('2')
    expect(selectAll('[data-footnote-backref]', tree)).toHaveLength(0)
  })

  it('should leave no footnote list where Reveal would take it for a slide', () => {
    expect(selectAll('.slides > section[data-footnotes], section.lectern-group > section[data-footnotes]', tree)).toHaveLength(0)
    expect(select('#three aside.notes .lectern-footnotes', tree)).toBeUndefined()
  })

  it('should make no slide of a heading over the footnotes alone, nor pace a slide by its footnotes', () => {
    // (A vaccine explainer seen in review: "## Bibliography" over its `[^1]:` citations was a slide
    // showing its heading alone, paced at three minutes; a Raft post's "## Endnotes" the same.)
    const cited = (footnotes: boolean) =>
      [
        '# T',
        '',
        '## Findings',
        '',
        `Stabilized spikes resist conformational changes${footnotes ? '[^1]' : ''} in the tested conditions.`,
        '',
        '## Bibliography',
        '',
        ...(footnotes
          ? Array.from(
              { length: 3 },
              (_, index) =>
                `[^${index + 1}]: Kirchdoerfer, R. N. et al. Stabilized coronavirus spikes are resistant to conformational changes induced by receptor recognition or proteolysis. Scientific Reports 8, (2018).`,
            )
          : []),
      ].join('\n')
    const deck = renderDeck(cited(true))
    const slides = parseDeck(deck.html)
    expect(select('#bibliography', slides)).toBeUndefined()
    expect(text(select('#findings aside.notes .lectern-footnotes', slides))).toMatch(/^Kirchdoerfer/)
    const findings = (html: string) => select('#findings', parseDeck(html))?.properties.dataTiming
    expect(findings(deck.html)).toBe(findings(renderDeck(cited(false)).html))
  })
})

import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { convertInlineNotes } from '../../src/core/inline-notes.ts'
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

  describe("Pandoc's inline notes", () => {
    // (A Quarto post seen in review: its eleven `^[…]` notes showed raw in the notes and the
    // handout, three points ended on a bare "^", and one point was a sentence of a note.)
    const quarto = [
      '---',
      'title: The Metropolis-Hastings algorithm',
      '---',
      '',
      '## The problem',
      '',
      'The probability density function^[Some asides: I most certainly understand the difference between a [density](https://example.org/density) and a `pdf()` call, and so do you.] for this distribution is known only up to a constant.',
      '',
      '## Code',
      '',
      'The pattern `x^[a b]` and the class ^[a-z] are written out, not notes.',
    ].join('\n')
    const tree = parseDeck(renderDeck(quarto).html)

    it('should put each note in the notes of its slide, a marker where it stood, none of its words on the slide', () => {
      expect(text(select('#the-problem aside.notes .lectern-footnotes', tree))).toMatch(/^Some asides: I most certainly understand/)
      expect(text(select('#the-problem sup.lectern-footnote-ref', tree))).toBe('1')
      const shown = text(select('#the-problem', tree)).replace(text(select('#the-problem aside.notes', tree)), '')
      expect(shown).toMatch(/probability density function/)
      expect(shown).not.toMatch(/\^|asides|understand/)
      // (The note keeps its link and its code.)
      expect(select('#the-problem aside.notes .lectern-footnotes a[href="https://example.org/density"]', tree)).toBeDefined()
      expect(text(select('#the-problem aside.notes .lectern-footnotes code', tree))).toBe('pdf()')
    })

    it('should leave code, and a bracket with no words in it, as written', () => {
      expect(text(select('#code', tree))).toMatch(/x\^\[a b\].*\^\[a-z\]/s)
      expect(selectAll('#code sup.lectern-footnote-ref', tree)).toHaveLength(0)
    })

    it('should keep the number of every line after a note that spans lines', () => {
      const source = ['## One', '', 'A claim^[a note', 'over two lines] and more', 'of the claim.', '', '## Two', '', 'Text.'].join('\n')
      const converted = convertInlineNotes(source)
      const lines = converted.split('\n')
      expect(lines[6]).toBe('## Two')
      expect(lines[2]).toBe('A claim[^lectern-inline-note-1] and more')
      expect(lines[3]).toBe('of the claim.')
      expect(converted).toMatch(/\n\[\^lectern-inline-note-1\]: a note over two lines\n$/)
    })
  })
})

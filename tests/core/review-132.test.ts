import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'

/*
 * What a review of articles lectern had not seen (round 132) found wrong on their slides. Each case is written from the
 * article's own words.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text

describe('review 132', () => {
  it("should read a transcript's time in square brackets as a mark, not words of the sentence", () => {
    // A podcast's transcript, after square brackets of a few words were kept as an editor's insertion.
    expect(point('[00:01:14] I’m going very well, thanks for having me on the show today.')).toBe(
      'I’m going very well, thanks for having me on the show today',
    )
    expect(point('Today I’m joined with [00:01:00] the two hosts of the show.')).toBe('Today I’m joined with the two hosts of the show')
  })

  it('should close bold words whose closing marks follow a space inside a line', () => {
    // Biome 1.7's release post: "**experimental **" showed its marks on the slide.
    const slides = renderDeck(
      '## Reports\n\nThe report format is **experimental **, and it might change in future releases.\n',
    ).html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
    expect(slides).toContain('<strong>experimental</strong>')
    expect(slides).not.toContain('**')
    // (Not inside a code span, nor marks with spaces on both sides: "2 ** 3 ** 4".)
    const code = renderDeck('## Powers\n\nIn Python, `2 ** 3 ** 4` and 2 ** 3 ** 4 are both right-associative powers.\n').html
    expect(code).toContain('2 ** 3 ** 4')
  })

  it('should not end a German sentence at a number an article or preposition counts with', () => {
    // A German community's five-year retrospective: "Da 2017 die 19" was shown as a point.
    expect(
      sentencesOf('Da 2017 die 19. Bundestagswahl anstand, legten viele Labs den Schwerpunkt auf Wahlen. Das Ergebnis war gut.', 'de'),
    ).toHaveLength(2)
    // (A sentence that ends on a number still ends there.)
    expect(sentencesOf('Im Jahr kamen 19. Danach wurden es mehr.', 'de')).toHaveLength(2)
  })

  it('should close bold words whose closing marks the source wrapped to the next line, keeping the lines where they were', () => {
    // Biome 1.7's post as its source has it: "**experimental\n**, and it might change…".
    const html = renderDeck(
      '## Reports\n\nNote that the report format is **experimental\n**, and it might change.\n\n## Next\n\nNext line.\n',
    ).html
    expect(html).toContain('<strong>experimental</strong>, and')
    expect(html).toContain('data-line="6"')
  })
})

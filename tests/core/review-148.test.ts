import { describe, expect, it } from 'vitest'
import { renderedDeck, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 148) found wrong on their slides. Each case is written from the
 * article's own words.
 */

describe('review 148', () => {
  it('should read a notice between two rules at an article’s top as its words, not as frontmatter that stops the build', () => {
    // SAP's tutorials: each README opened on a notice between `---` lines, and lectern stopped: "invalid frontmatter (YAML)".
    const { tree } = renderedDeck(
      [
        '---',
        'This exercise is part of an openSAP course which has ended, and its content is no longer maintained.',
        '---',
        '',
        '# Setting up the development environment',
        '',
        'The objective of the exercise is to set up the development environment for the following units.',
      ].join('\n'),
    )
    expect(text(tree)).toContain('This exercise is part of an openSAP course which has ended')
    expect(text(tree)).toContain('The objective of the exercise')
  })

  it('should still read frontmatter with a mistake in it as frontmatter, and report the mistake', () => {
    expect(() => renderedDeck(['---', 'title: [A talk', 'date: 2020-01-01', '---', '', '# T', '', 'Words.'].join('\n'))).toThrow(
      /invalid frontmatter/,
    )
  })
})

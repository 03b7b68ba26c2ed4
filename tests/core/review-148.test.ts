import { describe, expect, it } from 'vitest'
import { importArticle } from '../../src/import/index.ts'
import { renderedDeck, select, selectAll, text } from '../helpers/html.ts'

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

  it('should show an item of a list of paragraphs as a point beside its sibling’s point, never as a list under it', () => {
    // A year in review: the second of two goals showed as a list under the first goal's point, read as its sub-item.
    const { tree } = renderedDeck(
      [
        '# T',
        '',
        '## Work',
        '',
        'So what were my goals for this year and have I met them?',
        '',
        "- I wanted to hit the ground running at Spotify as a senior engineer and bring significant value to the team. As it's a very diverse team, I also wanted to profit from it and learn a bit of mobile engineering.",
        '',
        "- I wanted to also show by the end of the coming year that I'm capable of performing on a higher level and I can find some opportunities to do something transversal.",
      ].join('\n'),
    )
    const slide = selectAll('section.lectern-slide', tree).find((each) => text(select('h2', each)) === 'Work')
    expect(selectAll('.lectern-points > li', slide)).toHaveLength(2)
    expect(selectAll(':scope > ul:not(.lectern-points)', slide)).toHaveLength(0)
  })

  it('should read the TeX of a notebook exported to HTML as formulas, as Jupyter typesets them', () => {
    // A post on linear regression, a notebook exported by nbconvert: "$$ y_i = \\theta_0 + … $$" showed as TeX, "y\\_i".
    const imported = importArticle(
      [
        '<html><head><title>Regression</title></head><body><main><h1>Regression</h1>',
        '<div class="cell text_cell"><div class="text_cell_render rendered_html">',
        '<p>For $n$ data samples, with $x = \\{x_i \\ldots x_n \\}$, the linear relationship can be modelled as:</p>',
        '$$',
        'y_i = \\theta_0 + \\theta_1 x_i + \\epsilon_i',
        '$$',
        '<p>Linear regression is one of the simplest machine learning models, and a stepping stone to others.</p>',
        '</div></div></main></body></html>',
      ].join('\n'),
      { path: 'regression.html' },
    )
    const markdown = String(imported.value)
    expect(markdown).toContain('$$\ny_i = \\theta_0')
    expect(markdown).toContain('$x = \\{x_i \\ldots x_n \\}$')
  })
})

import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'

/*
 * What a review of articles lectern had not seen (round 137) found wrong on their slides, and what the last review's notes
 * left open. Each case is written from the article's own words.
 */

describe('review 137', () => {
  it('should read a chart named by its kind, then how it is drawn, as its description', () => {
    // The saved R-Ladies page (review 134) said over each chart "Bar chart where the X axis shows the percentage of respondents
    // of the survey, and the Y axis represents the gender.", and its slide showed "The Y axis represents the gender".
    const [point] = points(
      'Bar chart where the X axis shows the percentage of respondents of the survey, and the Y axis represents the gender. Around 93% of the respondents said that they are a cis or transgender woman; around 3% said they are a cis or transgender men; and around 3% said that they are non-binary.',
    )
    // (Its finding, opened on how near the figure is, is the point: "Around" is no preposition bounding a case there.)
    expect(point).toBe('Around 93% of the respondents said that they are a cis or transgender woman')
  })

  it('should keep a program output indented as code as written, its "<NA>" no component to leave out', () => {
    // An R post on GPT detectors printed its tibbles as indented code ("    ##  1 Human 1.00  AI  Sapling  No  <NA>"); every
    // "<NA>" was taken for an MDX component and left out, and the table's third row lost its label.
    const { html, file } = renderDeck(
      '# Detectors\n\n## Data\n\nThe detectors disagree.\n\n    ##    native .pred_class     n\n    ##  5 <NA>   AI          1158\n\nNative writers fare better.\n',
    )
    expect(html).toContain('5 &#x3C;NA>   AI')
    expect(file.messages.map(String).join('\n')).not.toContain('<NA>')
    // (In a list, an item's later paragraph indented as much is no code, and MDX has no indented code at all.)
    const listed = renderDeck('# T\n\n## Steps\n\n- First step\n\n    Its details <Badge text="new" /> follow.\n').html
    expect(listed).not.toContain('Badge')
  })

  it('should say what holds since a change without the "now" that ties it to the version before', () => {
    // Express's v5 announcement: "In Express v4, you could get numerical parameters using regex capture groups (…). Now all
    // parameters must be named." showed the v4 sentence, the set-up; the change leaned on it by its "Now".
    expect(
      points(
        'In Express v4, you could get numerical parameters using regex capture groups (for example, `/user(s?)`). Now all parameters must be named. Along with requiring a name, Express now supports all valid JavaScript identifiers.',
      )[0],
    ).toBe('All parameters must be named')
    // (A step of the writer's keeps its order: "Now this is…" points back.)
    expect(compress('Now this is where it gets interesting.', 'en')?.leans).toBe(true)
  })

  it('should take a phrase set between a verb and its object out, not cut the point there', () => {
    // An essay on leaving social media: "But I can undercut, in some small way, the pressure so many other people feel to be
    // on Twitter for professional reasons." was shown as "I can undercut, in some small way".
    expect(
      compress(
        'But I can undercut, in some small way, the pressure so many other people feel to be on Twitter for professional reasons.',
        'en',
      )?.text,
    ).toBe('I can undercut the pressure so many other people feel to be on Twitter')
    expect(compress('We rewrote, in just two weeks, the whole parser.', 'en')?.text).toBe('We rewrote the whole parser')
    // (Not a phrase after a verb with no object, "We shipped it, in the end, and users loved it".)
    expect(compress('We shipped it, in the end, and users loved it.', 'en')?.text).toBe('We shipped it, in the end, and users loved it')
  })

  it('should drop an opening word with the mark it ended on, count "one" out of a plural, and read "much the same" as leaning', () => {
    // The same essay: "So: I have deleted all my tweets save one: a link to this post. I am doing much the same with
    // Facebook and LinkedIn." showed the second sentence, whose "much the same" is what the first said was done.
    expect(compress('So: I have deleted all my tweets save one.', 'en')?.text).toBe('I have deleted all my tweets save one')
    expect(points('I deleted all my tweets except one. It was hard.')[0]).toBe('I deleted all my tweets except one')
    expect(points('I have deleted my old tweets. I am doing much the same with Facebook and LinkedIn.')[0]).toBe(
      'I have deleted my old tweets',
    )
    // (Not "the same" that says as what: "We did the same as Google did" stands.)
    expect(points('We did the same as Google did with its monorepo.')[0]).toBe('We did the same as Google did with its monorepo')
  })
})

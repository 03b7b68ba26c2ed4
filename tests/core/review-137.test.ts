import { describe, expect, it } from 'vitest'
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
})

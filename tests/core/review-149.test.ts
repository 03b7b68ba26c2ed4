import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'

/*
 * What a review of articles lectern had not seen (round 149), and a look back over the earlier rounds' decks, found wrong
 * on their slides. Each case is written from the article's own words.
 */

describe('review 149', () => {
  it('should never show the words before a colon that only say what kind of thing follows, "The obvious question is"', () => {
    // A post on software bills of materials: its point was "The obvious question is".
    for (const point of points(
      'The obvious question is: How can we keep track of all of these changes? The answer is simple: a bill of material difference tool (BOM diff tool).',
    ))
      expect(point ?? '').not.toMatch(/question is$/)
    expect(points('The real problem was: Nobody read the logs until something broke.')).toEqual([
      'Nobody read the logs until something broke',
    ])
  })

  it('should keep inline code that ends a sentence, "with `+` and `-`."', () => {
    // A history of programming languages: its minus was read as a dash at the end and dropped.
    expect(points('In Ruby everything is a function call, even arithmetic operations with `+` and `-`.')).toEqual([
      'In Ruby everything is a function call, even arithmetic operations with + and -',
    ])
  })
})

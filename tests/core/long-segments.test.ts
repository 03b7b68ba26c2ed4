import { describe, expect, it } from 'vitest'
import { pieceLength, segmentLong } from '../../src/core/long-segments.ts'

/** Each segment with where it starts and whether it is a word, as one line. */
const lines = (segments: Iterable<Intl.SegmentData>) => Array.from(segments, (each) => `${each.index} ${each.isWordLike} ${each.segment}`)

describe('segmentLong', () => {
  // Prose as articles write it: stops inside names and numbers, a question, a list, Chinese, a long line.
  const prose = [
    'Node v1.2 ships today. The e.g. form reads on! Does it? yes, it does. U.S. readers see 3.5 MB.',
    '- a list item\n- another one',
    '我们今天讨论这个问题。然后我们继续。Here it ends "quoted." (And a note.) Then more…',
    'A line without a stop that runs on and on',
  ].join('\n\n')
  const text = prose.repeat(Math.ceil((pieceLength * 3) / prose.length))

  for (const granularity of ['sentence', 'word'] as const)
    for (const locale of ['en', 'zh'])
      it(`should give the ${granularity}s (${locale}) the whole text gives, a piece at a time`, () => {
        const segmenter = new Intl.Segmenter(locale, { granularity })
        expect(lines(segmentLong(segmenter, text))).toEqual(lines(segmenter.segment(text)))
      })

  it('should cut a paragraph of 160,000 words into every one of its sentences', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
    const long = 'The build reads every word here, and then. '.repeat(20_000)
    const sentences = Array.from(segmentLong(segmenter, long), (each) => each.segment)
    expect(sentences).toHaveLength(20_000)
    expect(sentences.join('')).toBe(long)
  })
})

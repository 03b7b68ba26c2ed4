import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'
import { shownPoints } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 130) found wrong on their slides. Each case is written from the
 * article's own words.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text
const tags = (sentence: string) =>
  tagSentence(sentence)
    .filter((token) => token.kind === 'word')
    .map((token) => `${token.value}/${token.tag}`)
    .join(' ')

describe('review 130', () => {
  it('should not cut between two adjectives of one noun', () => {
    // A course's project write-up on an array IR.
    expect(tags('Viaduct is a compiler which synthesizes secure, distributed programs.')).toContain('secure/JJ')
    expect(
      point(
        'Viaduct is a compiler which synthesizes secure, distributed programs from high-level source code written by ordinary developers.',
      ),
    ).not.toBe('Viaduct is a compiler which synthesizes secure')
    // (A verb that takes a bare one keeps it: "helps make".)
    expect(tags('The cache helps make every build faster.')).toContain('make/VB')
  })

  it('should not cut a comparison or a likeness before the half that gives it its sense', () => {
    // An essay on open-source governance.
    expect(point("Unfortunately there is no one right way, any more than there's one right way to build a website.")).not.toBe(
      'There is no one right way',
    )
    expect(point("Unfortunately there is no one right way, any more than there's one right way to build a website.") ?? '').not.toMatch(
      /^Any more than/,
    )
    expect(
      point('This is a problem because governance processes are like test suites because some bugs are always going to slip through.'),
    ).not.toBe('Governance processes are like test suites')
  })

  it('should say a claim the writer numbers "Last," without the number', () => {
    // An interview on a conference's organisation: "Last," points back at the list of changes before it.
    const points = shownPoints(
      '## Changes\n\nFirst, we moved the talks to a bigger venue in the city centre.\n\nLast, we switched from EventBrite to Pretix for the registrations because of the GDPR.\n',
    )
    expect(points.join(' | ')).toContain('We switched from EventBrite to Pretix')
    expect(points.join(' | ')).not.toContain('Last,')
  })

  it("should show no point for a Chinese post's line of who translated and published it", () => {
    // A translated interview's footer.
    const points = shownPoints(
      '## Wrapping up\n\nThe camp keeps evolving with its audience every single year.\n\n本文由 [LCTT](https://github.com/LCTT/TranslateProject) 原创编译，[Linux中国](https://linux.cn/) 荣誉推出\n',
    )
    expect(points.join(' | ')).not.toContain('本文由')
    expect(points.join(' | ')).toContain('The camp keeps evolving')
  })
})

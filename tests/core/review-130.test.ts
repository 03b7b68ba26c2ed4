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

  it('should say the label of each of two paragraphs set side by side under labels that share a word', () => {
    // DataFusion's post on limit pruning: without them, the two points lost their before and after.
    const points = shownPoints(
      '## Results\n\n**Before limit pruning**: DataFusion scans RG2 (0 hits — wasted I/O), then RG3 (3 hits, early return). RG2 was decoded entirely for nothing.\n\n**With limit pruning**: The system detects that RG3 has 3 fully matched rows, which satisfies `LIMIT 3`. It rewrites the access plan to scan only RG3, skipping RG2 and RG4 entirely. One row group scanned. Zero waste.\n',
    )
    expect(points[0]).toMatch(/^Before limit pruning: /)
    expect(points[1]).toMatch(/^With limit pruning: /)
    // (Two labels with no word in common stay labels of their own paragraphs only.)
    const unrelated = shownPoints(
      '## Notes\n\n**Caching**: The build cache keeps every compiled module between runs of the compiler.\n\n**Logging**: Each request writes one structured line with its latency and status.\n',
    )
    expect(unrelated.join(' | ')).not.toContain('Caching:')
  })

  it('should keep what takes back a verb in brackets, and an opening that says how little it takes', () => {
    // A course's project write-up: without "(unsuccessfully)" the point said a reduction was found.
    expect(point('We (unsuccessfully) tried several reductions from NP-Complete problems to our scheduling problem.')).toBe(
      'We (unsuccessfully) tried several reductions from NP-Complete problems to our scheduling problem',
    )
    // (An aside that only describes still goes.)
    expect(point('The new scheduler (which we wrote in Rust) handles every job in the queue.')).toBe(
      'The new scheduler handles every job in the queue',
    )
    // Bootstrap's post on CSS variables: that one variable does it is the point of the example.
    expect(point('Then, with one CSS variable, you can change the tooltip background and arrow color.')).toBe(
      'With one CSS variable, you can change the tooltip background and arrow color',
    )
    expect(point('With a single command, you can deploy the whole cluster to any cloud provider.')).toMatch(/^With a single command/)
  })
})

import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'

/*
 * What a review of articles lectern had not seen (round 133, and round 131's incident report looked at again) found wrong
 * on their slides. Each case is written from the article's own words.
 */

/** The points a deck's slides show, in order. */
function points(markdown: string): string[] {
  const html = renderDeck(`# Talk\n\n${markdown}`).html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  return [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''))
}

describe('review 133', () => {
  it('should show what the writers found, not what they did to find it out', () => {
    // IPFS's incident report: "We also experimented with even higher concurrency factors" was shown over what came of it.
    expect(
      points(
        '## Mitigation\n\nWe also experimented with even higher concurrency factors, in particular with a factor of 20, as a potential mitigation strategy. We found that the performance increased and went back to pre-incident levels.\n',
      ),
    ).toEqual(['The performance increased and went back to pre-incident levels'])
    expect(
      points(
        '## Impact\n\nWe crawled the network and gathered the addresses of unresponsive nodes. The PUT operation was slowed down by approximately 10%.\n',
      ),
    ).toEqual(['The PUT operation was slowed down by approximately 10%'])
    // (A method with nothing found after it in its paragraph is what the paragraph says.)
    expect(
      points('## Method\n\nWe crawled the network and gathered the addresses of unresponsive nodes. This took two days of work.\n'),
    ).toEqual(['We crawled the network and gathered the addresses of unresponsive nodes'])
  })

  it('should not read the first item of a list run into a sentence as its claim', () => {
    // The same report: "…the increased concurrency factor would: i) increase significantly the overhead…" showed "I) increase…".
    const shown = points(
      '## Mitigation\n\nHowever, it was decided not to go down this path, as the increased concurrency factor would: i) increase significantly the overhead in the network, and, ii) stick with nodes that do not upgrade later on.\n',
    )
    expect(shown.join(' ')).not.toMatch(/\bI\) increase/)
  })

  it('should show what a judgement of ease or a hook leads into, not the judgement or the hook', () => {
    // Protocol Buffers' encoding guide, a founder's essay and a statistics post: "Non-varint numeric types are simple", "The
    // idea was simple", "You've probably heard of the replication crisis in science" were shown over what they lead into.
    expect(
      points(
        '## Types\n\nNon-varint numeric types are simple. The double and fixed64 types have wire type I64, which tells the parser to expect a fixed eight-byte lump of data.\n',
      ),
    ).toEqual(['The double and fixed64 types have wire type I64'])
    expect(points('## Idea\n\nThe idea was simple. Everyone who joins the cooperative gets push access to every project.\n')).toEqual([
      'Everyone who joins the cooperative gets push access to every project',
    ])
    expect(
      points(
        '## Crisis\n\nBy now, you have probably heard of the replication crisis in science. Many experimental findings fail to hold up when other labs repeat the experiments.\n',
      ),
    ).toEqual(['Many experimental findings fail to hold up when other labs repeat the experiments'])
    // (What is easy to do says what is easy: "The new API is easy to use" is the claim.)
    expect(points('## Use\n\nThe new API is easy to use. You call one function.\n')).toEqual(['The new API is easy to use'])
  })
})

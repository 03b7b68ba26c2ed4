import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'

/*
 * What a review of articles lectern had not seen (round 133, and round 131's incident report looked at again) found wrong
 * on their slides. Each case is written from the article's own words.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text

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

  it('should not end a cut on the "i.e." or "e.g." that said what came next', () => {
    // Flink 1.9's release post: "…improves the recovery of “embarrassingly parallel” streaming jobs, i.e" was shown.
    expect(
      point(
        'The new strategy also improves the recovery of large streaming jobs, i.e., jobs without any shuffle like keyBy() or rebalance.',
      ),
    ).toBe('The new strategy improves the recovery of large streaming jobs')
    // ("…what that is" ends on its own "that is".)
    expect(point('The hard bit is trying to see what that is.')).toBe('The hard bit is trying to see what that is')
  })

  it('should keep the adverb that grades an amount', () => {
    // Vitess's user survey: "Interestingly, quite a few people have been using Vitess for more than 3 years" was shown as
    // "A few people…", the opposite.
    expect(point('Interestingly, quite a few people have been using Vitess for more than 3 years.')).toBe(
      'Quite a few people have been using Vitess for more than 3 years',
    )
    expect(
      points(
        '## Usage\n\nFirst of all, we decided to ask how long our community members have been using Vitess. Interestingly, quite a few people have been using Vitess for more than 3 years.\n',
      ),
    ).toEqual(['Quite a few people have been using Vitess for more than 3 years'])
    // (An adverb that only links to the sentence before still goes.)
    expect(point('Interestingly, the build got faster after the upgrade.')).toBe('The build got faster after the upgrade')
  })

  it("should not show an invitation to the readers' feedback as a point", () => {
    // Flink 1.9's release post and Strimzi's Drain Cleaner post.
    for (const said of ['As always, feedback is very much appreciated!', 'Any feedback and contribution are welcome, as always.'])
      expect(points(`## News\n\nThe release adds three new APIs for streaming.\n\n${said}\n`)).toEqual([
        'The release adds three new APIs for streaming',
      ])
    // (Feedback said of something is news: "Feedback from users shaped the new API.")
    expect(
      points('## News\n\nThe release adds three new APIs for streaming.\n\nFeedback from early users shaped the new streaming API.\n'),
    ).toHaveLength(2)
  })

  it('should read an author-date reference as a work cited', () => {
    // An R Markdown post's references under its conclusion: "Goodfellow, Ian, Yoshua Bengio, and Aaron Courville" was shown.
    expect(
      points(
        '## Conclusion\n\nSoftmax exaggerates the differences between the outputs of the network.\n\nGoodfellow, Ian, Yoshua Bengio, and Aaron Courville. 2016. Deep Learning. MIT Press.\n\nMurphy, Kevin. 2012. Machine Learning: A Probabilistic Perspective. MIT Press.\n',
      ),
    ).toEqual(['Softmax exaggerates the differences between the outputs of the network'])
  })

  it('should read "Use the command" over a code block as leading into it', () => {
    // A Git and Dropbox tutorial: "**Protip**: Use the command" over `dropbox start && watch…` was shown as a point.
    expect(
      points(
        '## Start\n\nYou can already start Dropbox.\n\n**Protip**:\nUse the command\n\n```bash\n$ dropbox start && watch -n1 dropbox status\n```\n\nto continually watch the Dropbox status.\n',
      ),
    ).toEqual(['You can already start Dropbox'])
  })

  it('should not cut a thing named by its kind from what it is for, nor a gift from what is given', () => {
    // Flink 1.9's release post, Swift's workgroups.
    expect(
      point('This release introduces a new, powerful library to read, write and modify state snapshots using the batch DataSet API.'),
    ).not.toBe('This release introduces a new, powerful library')
    expect(
      point(
        'The new Contributor Experience workgroup will explore providing community members with the best support system and mechanics.',
      ),
    ).not.toBe('The new Contributor Experience workgroup will explore providing community members')
    // (A comma between them leaves the clause whole: "…provide excellent developer ergonomics, with a unique implementation".)
    expect(
      point('Signals provide excellent developer ergonomics, with a unique implementation optimized for the Virtual DOM in every browser.'),
    ).toBe('Signals provide excellent developer ergonomics')
  })

  it("should not show a paragraph's last sentence that stops on a comma", () => {
    // A podcast's transcript: "Um, so all of my experience prior to get lab," ended its paragraph.
    expect(points('## Career\n\nAll of my experience before this job was in retail and customer support,\n')).toEqual([])
  })
})

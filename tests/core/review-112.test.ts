import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'
import { parseDeck, selectAll, text } from '../helpers/html.ts'

/*
 * What a review of twelve articles lectern had not seen (round 112: a security postmortem, Elixir's release post,
 * Nextstrain's narrative of the pandemic's spread, a product essay, a game studio's interview, a Chinese release…) found
 * wrong on their slides. Each case is written from the article's own words.
 */

function deck(markdown: string) {
  const rendered = renderDeck(new VFile({ path: 'post.md', value: markdown }))
  return { ...rendered, tree: parseDeck(rendered.html) }
}

const shortened = (sentence: string) => compress(sentence, 'en')?.text

describe('review 112', () => {
  it('should never show a web address the sentence sends to as its point, nor keep it at the end of one', () => {
    const { tree } = deck(
      [
        '# CVE-2019-9900',
        '',
        '## What went wrong',
        '',
        'Several things went wrong during the release.',
        '',
        '* The Chromium URL library was forked, minified and adapted to Envoy. This was',
        '  expedient but not a maintainable long term solution, see',
        '  https://github.com/envoyproxy/envoy/issues/6588.',
        '',
        '* Only coarse grained control over path normalization was provided, since this',
        '  was expedient and mitigated the vulnerability. We should provide finer grained',
        '  controls, see https://github.com/envoyproxy/envoy/issues/6589.',
        '',
        '* There was a window of ~50 minutes between the release tagging of the Envoy',
        '  1.9.1 branch and availability of Docker images. Ideally we shrink this to',
        '  allow users to upgrade faster. See',
        '  https://github.com/envoyproxy/envoy/issues/6596.',
      ].join('\n'),
    )
    const shown = selectAll('.lectern-points > li', tree).map(text)
    expect(shown).toContain('We should provide finer grained controls')
    expect(shown.filter((point) => /https?:\/\//.test(point))).toEqual([])
  })

  it('should say "it\'s one thing…, it\'s another…" whole', () => {
    expect(shortened("It's one thing to build something, it's another to build something that people want.")).toBe(
      "It's one thing to build something, it's another to build something that people want",
    )
  })

  it('should read two line breaks in a row inside a paragraph as the end of one paragraph and the start of the next', () => {
    const { tree } = deck(
      [
        '# Sampling',
        '',
        '## A note about sampling',
        'We currently have sequences from samples taken in 30 countries across 5 continents. This is an incredible feat.',
        '<br><br>',
        "While this data enables us to infer many useful characteristics of the outbreak, it's important to emphasize that our conclusions are limited by the available data.",
        '<br><br>',
        'For example, the map shows very few sequences from the global south.',
      ].join('\n'),
    )
    expect(selectAll('aside.notes p', tree)).toHaveLength(3)
    expect(selectAll('.lectern-points > li', tree).length).toBeGreaterThan(1)
  })

  it("should lead into a list with the paragraph's last sentence from its main clause when its opening case makes it too long", () => {
    const { tree } = deck(
      [
        '# Elixir v1.17',
        '',
        '## Types',
        '',
        'We focused on *atoms* and *maps* on this initial release as they are respectively the simplest and the most complex types representations. Assuming there is a variable named `user`, holding a `%User{}` struct with a `address` field, Elixir v1.17 will emit the following warnings at compile-time:',
        '',
        '  * Pattern matching against a map or a struct that does not have the given key.',
        '',
        '  * Accessing a key on a map or a struct that does not have the given key.',
      ].join('\n'),
    )
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['Elixir v1.17 will emit the following warnings at compile-time:'])
  })

  it('should not show a Chinese phrase a preposition opens as the point, nor a claim past the condition it holds under', () => {
    const zh = (sentence: string) => compress(sentence, 'zh')?.text
    expect(zh('相较于之前版本高并发写入时频繁出现的 -235 问题，Compaction 合并效率有 10 倍以上的提升。')).toBe(
      'Compaction 合并效率有 10 倍以上的提升',
    )
    expect(
      zh(
        '同时，针对高频的小文件 Cumulative Compaction，实现了 Compaction 任务的调度隔离，防止重量级的 Base Compaction 对新增数据的合并造成影响。',
      ),
    ).not.toBe('针对高频的小文件 Cumulative Compaction')
    expect(zh('在以前的版本中，当通过 BRPC 在后端之间传输的数据超过 2GB 时，可能会导致数据传输错误。')).not.toBe('可能会导致数据传输错误')
  })

  it('should keep a claim of a pair the sentence compares whole in a paragraph', () => {
    expect(points("It's one thing to build something, it's another to build something that people want.")).toEqual([
      "It's one thing to build something, it's another to build something that people want",
    ])
  })
})

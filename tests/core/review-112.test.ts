import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'
import { renderedDeck, selectAll, text } from '../helpers/html.ts'

/*
 * What a review of twelve articles lectern had not seen (round 112: a security postmortem, Elixir's release post,
 * Nextstrain's narrative of the pandemic's spread, a product essay, a game studio's interview, a Chinese release…) found
 * wrong on their slides. Each case is written from the article's own words.
 */

const deck = renderedDeck

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

  it('should make one list of lists an empty comment keeps apart, as the page shows them', () => {
    const { tree } = deck(
      [
        '# Doris 1.1',
        '',
        '## Results',
        '',
        'The release behaves as follows under heavy load:',
        '',
        '-   数据快速合并：Tablet 数据版本维持在 50 以下。',
        '',
        '<!---->',
        '',
        '-   CPU 资源消耗显著降低：CPU 资源消耗降低 25%。',
        '',
        '<!---->',
        '',
        '-   查询耗时稳定：查询耗时的波动性降低。',
      ].join('\n'),
    )
    const holding = selectAll('ul', tree).filter((list) => selectAll('li', list).some((item) => text(item).includes('CPU')))
    expect(holding).toHaveLength(1)
    expect(selectAll('li', holding[0]).map(text)).toHaveLength(3)
  })

  it("should caption a listing with GitBook's file name tag, in code", () => {
    const { tree } = deck(
      [
        '# CSS',
        '',
        '## Il tuo primo file CSS',
        '',
        'Apri il file e aggiungi queste righe nel tuo template.',
        '',
        '{% filename %}blog/templates/blog/post_list.html{% endfilename %}',
        '```html',
        '<link rel="stylesheet" href="x.css">',
        '```',
      ].join('\n'),
    )
    expect(selectAll('.lectern-lead-in code', tree).map(text)).toEqual(['blog/templates/blog/post_list.html'])
  })

  it("should read a speaker's label in raw HTML bold as the label it is", () => {
    const turns = [
      '<strong class="jay">Jay:</strong> My name is Jay Baylis and I’m one half of Bytten Studio. I’ve been making indie games for over a decade now.',
      '',
      '<strong class="tom">Tom:</strong> I’m Tom Coxon, and I’m the other 50% of Bytten Studio. I write the engine code and most of the tools.',
      '',
      '<strong class="jay">Jay:</strong> On the art side, we needed a lot of monster designs, and for them to look good. We drew them all by hand.',
      '',
      '<strong class="tom">Tom:</strong> The biggest technical challenge we faced was getting the performance to where we need it.',
    ]
    const { tree } = deck(['# Cassette Beasts', '', '## Who are you?', '', ...turns].join('\n'))
    expect(text(tree)).not.toMatch(/<strong/)
    expect(selectAll('.lectern-points > li', tree).some((point) => /^(?:Jay|Tom): /.test(text(point)))).toBe(true)
  })

  it('should give no point to a paragraph of links alone, one a line', () => {
    expect(
      points('[**Jugar 🎾**](https://raohmaru.github.io/DOM-Tennis/src/)  \n[**Código fuente**](https://github.com/raohmaru/DOM-Tennis)', {
        lang: 'es',
      }),
    ).toEqual([undefined])
  })

  it("should show a date over its day's list as the list's label", () => {
    const { tree } = deck(
      [
        '# CVE-2019-9900',
        '',
        '## Timeline',
        '',
        'All times US/Pacific',
        '',
        '2019-02-18:',
        '* [CVE-2019-9901] Path normalization issue was reported to Istio security team.',
        '',
        '2019-02-19:',
        '* [CVE-2019-9901] An issue was opened about the missing path normalization.',
      ].join('\n'),
    )
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['2019-02-18:', '2019-02-19:'])
  })

  it('should not cut inside the clause after a semicolon, before its verb', () => {
    expect(
      shortened(
        'The per-hour rate for Technical Steering Committee members and Reviewers is $80/hour; the per-hour rate for Committers is $50/hour.',
      ) ?? '',
    ).not.toMatch(/the per-hour rate$/)
  })

  it('should not set a sentence that only points ahead to the parts after it large on its slide', () => {
    const { tree } = deck(
      [
        '# Spending plan',
        '',
        '## How we are spending our money now',
        '',
        'In general, we regularly spend money on the following things.',
        '',
        '### Paying team members per hour',
        '',
        'Each month, all ESLint team members can submit an invoice for the number of hours they worked on the project.',
      ].join('\n'),
    )
    expect(selectAll('.lectern-statement', tree)).toEqual([])
    expect(selectAll('.lectern-points > li', tree).map(text)).not.toContain('We regularly spend money on the following things')
  })

  it('should not stop inside the subject of a clause "where" opens, before its verb', () => {
    expect(
      shortened(
        'Looking at the British Isles & Ireland as an example, we can see several instances where viruses that are closely related to samples from other countries appear in the British Isles & Ireland.',
      ) ?? '',
    ).not.toMatch(/where viruses$/)
  })

  it('should keep the test a Chinese figure was measured on, and give no point to a label over an address', () => {
    const zh = (sentence: string) => compress(sentence, 'zh')?.text ?? ''
    expect(
      zh(
        '在 SSB 测试数据集的全部 13 个 SQL 上，1.1 版本均优于 0.15 版本，整体性能约提升了 3 倍，解决了 1.0 版本中存在的部分场景性能劣化问题；',
      ),
    ).not.toMatch(/^1\.1 版本均优于/)
    expect(
      points('如果您在使用过程中遇到问题，欢迎反馈。\n\nGitHub 论坛：https://github.com/apache/incubator-doris/discussions', {
        lang: 'zh',
      })[1],
    ).toBeUndefined()
    expect(points('Dev 邮件组：dev@doris.apache.org', { lang: 'zh' })).toEqual([undefined])
  })
})

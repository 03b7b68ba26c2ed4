import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { compressClauses } from '../../src/core/key-points/clauses.ts'
import { compress, maxCjkCharacters } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'
import { parseDeck, renderedDeck, selectAll, text } from '../helpers/html.ts'

/*
 * What a review of twelve articles lectern had not seen (round 110: Svelte's post on runes, an essay, a security advisory,
 * a conference wrap-up, a Korean post, an interview…) found wrong on their slides. Each case is written from the article's
 * own words.
 */

const deck = renderedDeck

describe('review 110', () => {
  it("should read the words after a note's marker as its body when they run on into code or make a sentence", () => {
    const { tree } = deck(
      [
        '# Runes',
        '',
        '## Beyond components',
        '',
        'Runes work in modules too, not only in components, which is new in this release.',
        '',
        '> [!NOTE] Outside `.svelte` components, runes can only be used in `.svelte.js` and `.svelte.ts` modules.',
        '',
        '> [!tip] A title',
        '> The body of the tip goes here.',
        '',
        '> [!warning] Back up the database first.',
      ].join('\n'),
    )
    const callouts = selectAll('blockquote.lectern-callout', tree)
    expect(callouts.map((callout) => text(selectAll('.lectern-callout-label', callout)[0]))).toEqual([
      'Note',
      'A title',
      'Back up the database first.',
    ])
    expect(text(callouts[0])).toContain('Outside .svelte components, runes can only be used in')
    // An Obsidian title that runs on into code over more lines is the title, to its line's end.
    const titled = deck(
      '# T\n\n## Hooks\n\nEffects run after render.\n\n> [!example] Using `useEffect` for data fetching\n> Fetch in an effect and store the result in state.\n',
    )
    expect(selectAll('.lectern-callout-label', titled.tree).map(text)).toEqual(['Using useEffect for data fetching'])
  })

  it("should leave out emphasis marks a heading never opened, a slip of the writer's", () => {
    const { tree } = deck(
      [
        '# From cooking to coding',
        '',
        '#### The 100 Best Jobs of 2015**',
        '',
        'Web developers rank near the top of the list of jobs every single year.',
        '',
        '## Use *args',
        '',
        'The star before a name collects the arguments.',
        '',
        '## The **bold** word',
        '',
        'A word in bold is stressed.',
      ].join('\n'),
    )
    expect(selectAll('h2', tree).map(text)).toEqual(['The 100 Best Jobs of 2015', 'Use *args', 'The bold word'])
  })

  it('should take a paragraph whose lines are each a name for the byline it is', () => {
    const { tree } = deck(
      [
        '# Zenbleed',
        '',
        '<p align="right">',
        'Tavis Ormandy<br/>',
        'Eduardo Vela Nava<br/>',
        'Josh Eads<br/>',
        'Alexandra Sandulescu<br/>',
        '</p>',
        '',
        '## Introduction',
        '',
        'All x86-64 CPUs have a set of 128-bit vector registers called the XMM registers.',
      ].join('\n'),
    )
    expect(selectAll('ul.lectern-points > li', tree).map(text).join('\n')).not.toMatch(/Ormandy/)
  })

  it('should read a colon inside inline code as code, never as the turn from a frame to its claim', () => {
    const [point] = points(
      'Because the `$: area = ...` declaration can only see `width`, it will not be recalculated when `height` changes. That is the problem.',
    )
    expect(point ?? '').not.toMatch(/^Area/)
  })

  it('should say a gallery the site finds by a pattern is left out, never drop it silently', () => {
    const { file } = deck(
      [
        '# KubeCon',
        '',
        '## Photos',
        '',
        'Here is a short selection of official KubeCon photos from the week.',
        '',
        '{{< gallery match="flickr/*" sortOrder="desc" rowHeight="150" >}}',
      ].join('\n'),
    )
    expect(file.messages.map(String).join('\n')).toMatch(/Hugo `gallery`/)
  })

  it("should show a quotation's last line set with a dash as its attribution, not a bullet inside it", () => {
    const { tree } = deck(
      [
        '# Cooking to coding',
        '',
        '## Effort',
        '',
        'As they say, nothing worth doing is easy, and I learned that the hard way.',
        '',
        '> "Nothing in the world is worth having or worth doing unless it means effort, pain, difficulty."',
        '> - Theodore Roosevelt',
      ].join('\n'),
    )
    const quote = selectAll('blockquote', tree)[0]
    expect(selectAll('li', quote)).toEqual([])
    expect(text(quote)).toMatch(/— Theodore Roosevelt$/)
  })

  it('should take a Korean point on "이를", "이들" or "그 반대" for one that leans on the sentence before', () => {
    for (const sentence of ['이를 통해 데이터베이스 변경을 실행하고 폼을 구현할 수 있습니다.', '그 반대의 경우도 마찬가지입니다.'])
      expect(compressClauses(sentence, 'ko', maxCjkCharacters)?.leans).toBe(true)
  })

  it('should not cut a series after its first item', () => {
    expect(
      compress(
        'The schedule was packed with case studies, development updates and many new friendships being formed in the hallway track.',
        'en',
      )?.text,
    ).not.toBe('The schedule was packed with case studies')
    // A phrase a participle or a preposition opens describes: "…, along with art and music".
    expect(
      compress('Designing websites became one of my main hobbies and means of self-expression, along with art and music.', 'en')?.text,
    ).toBe('Designing websites became one of my main hobbies and means of self-expression')
  })

  it("should set a paragraph's last sentence that leads into its list over the list, below the paragraph's point", () => {
    const { tree } = deck(
      [
        '# TPC-H',
        '',
        '## Formats',
        '',
        'At this point, tpchgen-cli could very quickly generate the TBL format used by the classic generator, at any scale. However, the TBL format is annoying to work with for several reasons:',
        '',
        '- It has no types, so every reader must parse the text again.',
        '- It has no compression, so the files are very large on disk.',
        '- It ends every line with a trailing delimiter that readers trip over.',
      ].join('\n'),
    )
    const lines = selectAll('ul.lectern-points > li', tree)
    expect(lines.map((line) => [text(line), line.properties.className?.toString().includes('lectern-lead-in') ?? false])).toEqual([
      ['tpchgen-cli could very quickly generate the TBL format used by the classic generator', false],
      ['The TBL format is annoying to work with for several reasons:', true],
    ])
  })

  const committee = [
    '# Spotlight on the Steering Committee',
    '',
    '## Introductions',
    '',
    '**Sandipan: Can you tell us a little bit about yourself?**',
    '',
    '**Ben**: Hi, I am Benjamin Elder. I have contributed a lot to many areas but especially build, CI, test tooling, etc. My favorite project so far was building KIND.',
    '',
    '**Nabarun**: Hi, I am Nabarun from India. I have been working on Kubernetes since 2019 across many special interest groups.',
    '',
    '**Sandipan: And how is Steering different from SIGs?',
    '',
    '**Ben**: From a governance perspective, Steering delegates all of the ownership of subprojects to the SIGs and committees.',
    '',
    '**Nabarun**: SIGs and working groups are primarily concerned with the technical direction of a particular area.',
  ].join('\n')

  it('should say whose a point in the first person is where several speakers answer one question', () => {
    const shown = selectAll('ul.lectern-points > li', deck(committee).tree).map(text)
    // ("…test tooling, etc. My favorite project…": the list's "etc." ends its sentence, review 122.)
    expect(shown).toContain('Ben: My favorite project so far was building KIND')
    expect(shown.some((point) => point.startsWith('Nabarun: I have been working on Kubernetes since 2019'))).toBe(true)
  })

  it('should close the bold of an interview question its writer left open, so that it titles its answers', () => {
    const { tree, html } = deck(committee)
    expect(html).not.toContain('**Sandipan')
    expect(selectAll('h2, h3', tree).map(text)).toContain('How is Steering different from SIGs?')
  })

  it('should not show a claim the writer takes back, nor a thought cut from the clause that says it', () => {
    expect(points('I got nearly every one of the sixteen possibilities right on the first try. OK, maybe not that many.')).toEqual([
      undefined,
    ])
    expect(compress("Like every other framework, we've come to the realisation that Knockout was right all along.", 'en')?.text).not.toBe(
      "We've come to the realisation",
    )
    expect(points('The cache makes every request fast. Maybe not the first one, which has to fill it.')[0]).toBe(
      'The cache makes every request fast',
    )
  })

  it("should leave ordinary writing as it was where the new rules do not apply (a code review's cases)", () => {
    // A caption that says what a missing picture shows is no credit.
    const markdown =
      '# T\n\n## Latency\n\nThe spike came at noon, when the cache was cold.\n\n![Screenshot from Grafana showing the latency spike at noon](spike.png)\n'
    const first = renderDeck(new VFile({ path: 'post.md', value: markdown }))
    const sources = new Map((first.file.data.assets ?? []).map((asset) => [asset.url, null]))
    const pictured = parseDeck(renderDeck(new VFile({ path: 'post.md', value: markdown }), {}, sources).html)
    expect(selectAll('.lectern-image-caption', pictured).map(text)).toEqual(['Screenshot from Grafana showing the latency spike at noon'])
    // A heading's footnote star and a pattern's stars stay.
    const { tree } = deck(
      '# T\n\n## Terms apply*\n\nSome words under it, enough for a point.\n\n## Match src/**\n\nMore words under this one too.\n',
    )
    expect(selectAll('h2', tree).map(text)).toEqual(['Terms apply*', 'Match src/**'])
    // A list a quotation introduces is no attribution.
    const stack = deck('# T\n\n## Stack\n\nWe chose boring tools on purpose, and it paid off.\n\n> Our stack:\n> - Apache Kafka\n')
    expect(selectAll('blockquote li', stack.tree).map(text)).toEqual(['Apache Kafka'])
    // "不止" is "more than"; "both directions" names its own two; "The last time we met" is a subject.
    expect(compressClauses('参加这次会议的人不止一百个，大家都很热情，讨论也很深入。', 'zh', maxCjkCharacters)).toBeDefined()
    expect(points('Traffic flows in both directions over one connection, which keeps the protocol simple for clients.')[0]).toMatch(
      /both directions/,
    )
    expect(compress('The last time we met was in Lisbon at the 2019 conference, where we planned the release.', 'en')?.text).toBe(
      'The last time we met was in Lisbon at the 2019 conference',
    )
    // A claim before ", so we have two options:" stays a point over its code (with the clause that leads into it below it: review 118).
    const claim = deck(
      '# T\n\n## Traits\n\nHowever, Rust currently does not support async trait methods, so we have two options:\n\n```rust\nfn call(&self) -> BoxFuture<Response>;\n```\n',
    )
    const lines = selectAll('ul.lectern-points > li', claim.tree)
    expect(lines.map(text)).toEqual(['Rust currently does not support async trait methods', 'We have two options:'])
  })
})

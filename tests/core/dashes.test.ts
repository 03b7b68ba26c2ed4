import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { parseDeck, selectAll, text } from '../helpers/html.ts'

/** The notes of a one-section article, as text. */
function notes(markdown: string): string {
  const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: `# T\n\n## S\n\n${markdown}\n` })).html)
  return selectAll('aside.notes', tree).map(text).join(' ')
}

describe('dashes typed as hyphens', () => {
  it('should write "---" between words, "--" between numbers and a spaced "--" as the dashes Pandoc, kramdown and Hugo print', () => {
    // (Review 63: "the 1990s---almost" on a slide, from a book written for Pandoc.)
    expect(notes('All three date back to the 1990s---almost to the beginning of the web.')).toContain('the 1990s—almost to')
    expect(notes('Inflation over the years 2017--2019 was low.')).toContain('2017–2019')
    expect(notes('Every question -- no matter how simple -- gets an answer.')).toContain('Every question – no matter how simple – gets')
  })

  it('should write "--" between two words of letters alone as an en dash, also in a post kept as HTML, but not in a name', () => {
    // (Review 106: Apache's incident report of 2009, kept as the HTML its blog wrote, showed "Our initial running theory
    // was correct--the server" as a point.)
    expect(notes('We want to help make a more accessible blog--and internet as a whole--this week.')).toContain(
      'accessible blog–and internet as a whole–this week.',
    )
    expect(notes('<p>Our initial running theory was correct--the server had been compromised. We rebuilt it.</p>')).toContain(
      'was correct–the server had',
    )
    expect(notes('Add block__elem--modifier and .button--primary, then run it with --offline.')).toContain(
      'Add block__elem--modifier and .button--primary, then run it with --offline.',
    )
  })

  it('should write a spaced dash next to emphasis, and never break a line inside guillemets', () => {
    // (Review 77: "_acquisition_ --- it was" kept its hyphens; French « probes » left "»" alone at a line's start.)
    expect(notes('It was never an _acquisition_ --- it was always a _merger_.')).toContain('acquisition — it was')
    const html = renderDeck(new VFile({ path: 'talk.md', value: '# T\n\n## S\n\nLes « probes » de Kubernetes sont utiles.\n' })).html
    expect(html).toMatch(/«(?:\u00a0|&#xA0;|&nbsp;)probes(?:\u00a0|&#xA0;|&nbsp;)»/)
  })

  it('should write a dash where a line breaks, at its end or its start, as between words', () => {
    // (Review 83: Software Carpentry's Jekyll post wraps its lines, "…`gloom.github.io` ---" then "we want them…",
    // and three such dashes stayed hyphens in the notes while the others became dashes.)
    expect(notes('We do not want URLs that start with `gloom.github.io` ---\nwe want them to start with our own domain.')).toMatch(
      /gloom\.github\.io —\swe want/,
    )
    expect(notes('This works ---\nuntil someone runs the site on their own machine.')).toMatch(/This works —\suntil/)
    expect(notes('We can---\nand we will.')).toMatch(/We can—\sand we will\./)
    expect(notes('It is not ideal\n--- we will have to explain it.')).toMatch(/ideal\s— we will/)
    // (A flag at a line's start stays one: "--" then a word is no dash.)
    expect(notes('Run the build with\n--offline to skip the network.')).toMatch(/with\s--offline to/)
  })

  it('should leave a command-line flag, code and a rule as written', () => {
    const said = notes('Run the build with --offline and `a---b --c`.\n\n---\n\nA table:\n\n| a | b |\n| --- | --- |\n| 1 | 2 |')
    expect(said).toContain('with --offline and a---b --c.')
  })

  it('should cut a sentence with a range at its clause, and keep a dash that runs to its end', () => {
    expect(
      compress(
        'I have also looked at the inflation of years 2017–2019 and increased the salaries of the previous year by that percentage (dashed lines).',
        'en',
      )?.text,
    ).toBe('I have looked at the inflation of years 2017–2019')
    expect(
      compress(
        'Since Chromium and WebKit have a common ancestral codebase, while Gecko is an open-source descendant of Netscape, all three date back to the 1990s—almost to the beginning of the web.',
        'en',
      )?.text,
    ).toBe('All three date back to the 1990s—almost to the beginning of the web')
  })

  it('should write the dashes of the frontmatter’s title and description, as of the text', () => {
    // (Cap'n Proto's advisory, review 104: "Security Advisory -- And how to catch integer overflows…" on its title slide.)
    const { deck } = renderDeck(
      new VFile({
        path: 'talk.md',
        value:
          '---\ntitle: "Security Advisory -- And how to catch integer overflows"\ndescription: "Three bugs -- and what we do now"\n---\n\n## S\n\nWords.\n',
      }),
    )
    expect(deck.meta.title).toBe('Security Advisory – And how to catch integer overflows')
    expect(deck.meta.description).toBe('Three bugs – and what we do now')
  })
})

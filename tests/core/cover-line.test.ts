import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { coverLine } from '../../src/core/cover-line.ts'
import { parseDeck, select, text } from '../helpers/html.ts'

const opening = 'Stack Overflow published its analysis of 2017 hiring trends. The report compares data from 200 companies.'

describe('what the title slide shows of the description', () => {
  it('should show a standfirst whole, and the first sentence of a long summary', () => {
    expect(coverLine('A tour of ownership in Rust', opening, 'en')).toBe('A tour of ownership in Rust')
    const long = `Emscripten now supports standalone Wasm files. ${'More words follow here to make it long. '.repeat(5)}`
    expect(coverLine(long, opening, 'en')).toBe('Emscripten now supports standalone Wasm files.')
  })

  it("should not show the article's opening words again, whole or cut by the site", () => {
    expect(coverLine('Stack Overflow published its analysis of 2017 hiring trends.', opening, 'en')).toBeUndefined()
    expect(
      coverLine('Stack Overflow published its analysis of 2017 hiring trends. The report compares data from 20…', opening, 'en'),
    ).toBeUndefined()
    expect(coverLine('Stack Overflow published its analysis of 2017 hiring trends. The report [...]', opening, 'en')).toBeUndefined()
  })

  it('should keep only the whole sentences of a description the site cut', () => {
    expect(coverLine('We pushed out the first version in January. Here’s what we’ve learned about student journali…', opening, 'en')).toBe(
      'We pushed out the first version in January.',
    )
    // Cut by the page's own quotation mark inside its attribute: it ends on a word no phrase ends on.
    expect(coverLine('Unlike many programming languages, variables in Python are not buckets which', opening, 'en')).toBeUndefined()
    expect(coverLine('Highlights of the year...', opening, 'en')).toBeUndefined()
  })

  it("should not show the site's own description", () => {
    for (const description of [
      'The official website for the Julia Language. Julia is a language that is fast. Click here to learn more.',
      "Nicolas Perriault's homepage.",
      'The website of Bradley M. Kuhn, aka Brad. This site includes his GPG keys.',
    ])
      expect(coverLine(description, opening, 'en'), description).toBeUndefined()
    expect(coverLine('The official website for the Julia Language.', opening, 'zh')).toBeUndefined()
  })

  it("should leave a front matter's description that repeats the opening paragraph off the cover", () => {
    const markdown =
      '---\ntitle: Untangling the spaghetti\ndescription: LLMs are generating code. That code is fetching data.\n---\n\n' +
      'LLMs are generating code. That code is fetching data. That leads to a big ball of spaghetti.\n\n## Why\n\nBecause.\n'
    const tree = parseDeck(renderDeck(markdown).html)
    expect(select('.lectern-title .lectern-description', tree)).toBeUndefined()
    const own = parseDeck(renderDeck(markdown.replace('description: LLMs', 'description: Why LLMs')).html)
    expect(text(select('.lectern-title .lectern-description', own))).toBe('Why LLMs are generating code. That code is fetching data.')
  })

  it("should leave the site's link to its own page off the cover", () => {
    // curl's advisory for CVE-2023-38545 (review 69): the subtitle ended in "Permalink".
    const tree = parseDeck(
      renderDeck(
        'SOCKS5 heap buffer overflow\n===========================\n\nProject curl Security Advisory, October 11 2023\n[Permalink](https://curl.se/docs/CVE-2023-38545.html)\n\n## VULNERABILITY\n\nThis flaw makes curl overflow a heap based buffer in the SOCKS5 proxy handshake.\n',
      ).html,
    )
    expect(text(select('.lectern-title .lectern-description', tree))).toBe('Project curl Security Advisory, October 11 2023')
    expect(text(select('.lectern-title aside.notes', tree))).toMatch(/Permalink/)
  })
})

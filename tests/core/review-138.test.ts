import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'

/*
 * What a review of articles lectern had not seen (rounds 138 and 139) found wrong on their slides. Each case is written
 * from the article's own words.
 */

/** The callouts of a rendered deck: each one's label and text, as a reader sees them. */
function callouts(html: string): string[] {
  return [...html.matchAll(/<blockquote class="lectern-callout[^"]*">([\s\S]*?)<\/blockquote>/g)].map((found) =>
    found[1]
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

describe('review 138', () => {
  it('should keep a Japanese callout whose title is on the marker line, over its body', () => {
    // Misskey's docs wrap their callouts' lines, as Japanese writers wrap any line; the break after "[!tip] お知らせ" was joined
    // as one inside a sentence, the title took the body in, and the callout, held by its title alone, was left out whole.
    const { html } = renderDeck('---\nlang: ja\n---\n\n# 記事\n\n## 見出し\n\n> [!tip] お知らせ\n> サーバーの設定を変更しました。\n')
    expect(callouts(html)).toEqual(['お知らせ サーバーの設定を変更しました。'])
  })

  it('should title a container by its label or title attribute, never show the braces', () => {
    // markdown-it-container's "::: tip{label='お知らせ'}" showed "{label='お知らせ'}" at the top of the box.
    const { html } = renderDeck(
      '# T\n\n## Notes\n\n::: tip{label=\'Heads up\'}\nThe old server stops on Friday.\n:::\n\n:::warning[Careful]{.big}\nBack up first.\n:::\n\n::: note{title="About this"}\nWritten in 2023.\n:::\n',
    )
    expect(callouts(html)).toEqual(['Heads up The old server stops on Friday.', 'Careful Back up first.', 'About this Written in 2023.'])
    expect(html).not.toContain('{')
  })

  it("should read Nuxt Content's two-colon components as containers, their slots' names left out", () => {
    // MDC's "::tip{label=\"Note\"}" … "::" went into the notes as written, colons and braces too.
    const { html } = renderDeck(
      '# T\n\n## Setup\n\n::alert{type="warning"}\nThe token is shown once.\n::\n\n::callout\n#summary\nMore about tokens\n#content\nTokens expire after a day.\n::\n\nThe rest of the setup is quick.\n',
    )
    // (`::callout` is a note, as the Carpentries' `callout` is.)
    expect(callouts(html)).toEqual(['Warning The token is shown once.', 'Note More about tokens Tokens expire after a day.'])
    expect(html).not.toMatch(/::|#summary|#content/)
    // (A line of prose that opens with two colons is prose.)
    expect(renderDeck('# T\n\n## A\n\n::1 is the loopback address of IPv6 written short.\n').html).toContain('::1 is the loopback')
  })
})

import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { dangles } from '../../src/core/key-points/completeness.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'
import { parseDeck, selectAll, shownPoints, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 129), and a look at which sentences lost
 * their paragraph's point in round 128, found wrong on their slides. Each case is written from
 * the article's own words.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text

describe('review 129', () => {
  it('should keep the minus signs of an equation', () => {
    // Knative's post on its activator: the terms between two minus signs went as an aside.
    expect(point('EBC = 10 - 0 - 10 = 0.')).toBe('EBC = 10 - 0 - 10 = 0')
    expect(point('With the pod up, the excess burst capacity is EBC=3*10 - floor(19.968) - 10=0.')).toContain('floor(19.968)')
    // (A range of versions keeps its dash too; a dash between words is still one.)
    expect(
      point('There was a performance regression in Node.js versions 8.9.10 - 9.11.1 in the ES2015 Map and Set implementations.'),
    ).toContain('8.9.10 - 9.11.1')
    expect(point('The first deploy of the new billing service - which took more than an hour - failed twice in production.')).toBe(
      'The first deploy of the new billing service failed twice in production',
    )
  })

  it('should find a point in a sentence whose last words wait for nothing', () => {
    // Distill's "Research Debt", BurntSushi's essay, iroh's relay post (review 128): each gave no point, so a set-up of the
    // paragraph was shown instead.
    expect(point('Now the peaks of mathematics are so numerous and steep that no person can climb them all.')).toBe(
      'The peaks of mathematics are so numerous and steep that no person can climb them all',
    )
    expect(point('When poor issues are filed, the reporter probably thinks they did the best they could.')).toBe(
      'When poor issues are filed, the reporter probably thinks they did the best they could',
    )
    expect(point('By building out our own implementation, we could design around these constraints from the ground up.')).toMatch(
      /from the ground up$/,
    )
    // (A modal and a pronoun after any other word, and a pronoun before a preposition, still wait for what comes next.)
    const words = (text: string) => tagSentence(text).filter((token) => token.kind === 'word')
    expect(dangles(words('the reporter thinks that they could'))).toBe(true)
    expect(dangles(words('the reporter did the best they could'))).toBe(false)
    expect(dangles(words('no person can climb them all'))).toBe(false)
    expect(dangles(words('no person can climb all of'))).toBe(true)
  })

  it("should say a claim without the aside that renames or dates its subject, but keep the subject's name", () => {
    expect(
      point('The first step, the one we are currently working on, is to leverage the existing type information found in Elixir programs.'),
    ).toBe('The first step is to leverage the existing type information found in Elixir programs')
    expect(point('Apache Flink 1.4.0, released in December 2017 after many months of work, introduced a new milestone for streams.')).toBe(
      'Apache Flink 1.4.0 introduced a new milestone for streams',
    )
    // (Elixir 1.18's post: "called `JSON`" names the news; a corpus article on C: "interpreted as…" bounds the claim.)
    expect(point('A new module, called JSON, has been added with functions to encode and decode JSON.')).not.toBe(
      'A new module has been added with functions to encode and decode JSON',
    )
    expect(point('The dereference *t, interpreted as an L-value expression, is just extracting the memory address of the value.')).not.toBe(
      'The dereference *t is just extracting the memory address of the value',
    )
  })

  it('should not cut a possibility before the "but" that says what happens instead', () => {
    // An essay on secure API design: shown alone, the cut said users are protected.
    expect(
      point(
        "Users could be disabling redirects or checking the redirections that occurred on the resulting HTTP response object, but 99% of people don't, so the default configuration isn't as secure.",
      ),
    ).not.toBe('Users could be disabling redirects or checking the redirections')
    // (A "but" that goes on with the relative clause's verb turns nothing of the claim; nor does one after a fact.)
    expect(
      point(
        'There is a first-party tool called MCP Inspector that allows developers to test server functionality, but as a long-time macOS & iOS developer, I wanted something else.',
      ),
    ).toBe('There is a first-party tool called MCP Inspector')
  })

  it('should keep both ends of a range said with "down to"', () => {
    // (A Go keynote's transcript: the cut kept the drop's start, not where it went.)
    expect(point('In the end we saw a drop from around 300 - 400 milliseconds down to 30 or 40 milliseconds.')).not.toBe(
      'We saw a drop from around 300 - 400 milliseconds',
    )
    expect(point('In the end we saw a drop from around 300 - 400 milliseconds down to 30 or 40 milliseconds.')).not.toBe(
      'In the end we saw a drop from around 300 - 400 milliseconds',
    )
  })

  it('should show no point for a hook, a sign-off, a preamble or a pointer at a block', () => {
    const shown = (markdown: string) => shownPoints(markdown).join(' | ')
    // A shader tutorial's opening and last line.
    expect(
      shown(
        '## Shaders\n\nWho doesn’t love tinkering with shaders on ShaderToy? The fragment shader runs once for every pixel of the canvas, so a full-screen quad is all the geometry it needs.\n',
      ),
    ).not.toContain('Who doesn')
    expect(
      shown(
        "## Wrap-up\n\nWhat I want for Christmas is an avalanche of new WebGL-based demos to explore and enjoy. I can't wait to see what you all come up with!\n",
      ),
    ).not.toContain("can't wait")
    // webpack's guide to build speed: a preamble that only says when the advice after it helps.
    expect(
      shown(
        '## Development\n\nThe following steps are especially useful in development.\n\n### Caching\n\nUse the cache option to keep builds fast between runs of the compiler.\n',
      ),
    ).not.toContain('The following steps')
    // Knative's post on its activator, a post on Xarray's groupby.
    expect(
      shown(
        '## Logs\n\nThe autoscaler reports EBC every two seconds. The log above comes from the multi-scaler which reports a scaled result that contains EBC.\n',
      ),
    ).not.toContain('The log above')
    expect(
      shown(
        '## Groups\n\nThe selection picks one value per chunk, which is inefficient. The right side shows the individual groups that we are operating on.\n',
      ),
    ).not.toContain('The right side')
  })

  it('should say the caption of a missing picture once for its light and dark versions', () => {
    // Hex 2.5's post: one screenshot under `class="blog-img-light"` and its twin under `class="blog-img-dark"`.
    const alt = 'Creating a dependency policy in the hex.pm dashboard'
    const markdown = `# T\n\n## Policies\n\nCreate a policy in the dashboard.\n\n![${alt}](policy.png)\n![${alt}](policy_dark.png)\n`
    const first = renderDeck(new VFile({ path: 'post.md', value: markdown }))
    const sources = new Map((first.file.data.assets ?? []).map((asset) => [asset.url, null]))
    const pictured = parseDeck(renderDeck(new VFile({ path: 'post.md', value: markdown }), {}, sources).html)
    expect(selectAll('.lectern-image-caption', pictured).map(text)).toEqual([alt])
    // (Two pictures with captions of their own keep both.)
    const two = '# T\n\n## Policies\n\n![The policy list in the dashboard](a.png)\n![The policy editor in the dashboard](b.png)\n'
    const firstOfTwo = renderDeck(new VFile({ path: 'post.md', value: two }))
    const missing = new Map((firstOfTwo.file.data.assets ?? []).map((asset) => [asset.url, null]))
    expect(
      selectAll('.lectern-image-caption', parseDeck(renderDeck(new VFile({ path: 'post.md', value: two }), {}, missing).html)),
    ).toHaveLength(2)
  })

  it('should leave alone what a review of these rules found they broke', () => {
    // A dash in prose beside an "=" is still a dash; an aside a sentence short enough to show keeps, or one that carries a
    // claim or says whose claim it is; "can" is a capability, not a possibility a "but" denies; "The table above shows
    // that…" says the finding; "The following settings are now enabled…" says news.
    expect(point('We set x = 5 - this turned out to be a mistake - and the loop never terminated in production.')).toBe(
      'We set x = 5 and the loop never terminated in production',
    )
    expect(point('Our test suite, a single four-thousand-line shell script, runs on every commit to main.')).toContain('shell script')
    expect(
      point('The new release, the first to support Windows natively, ships next week with a redesigned installer and faster startup.'),
    ).toContain('the first to support Windows')
    expect(point('The real problem, the maintainers argue, is that nobody has maintained the old parser in years and years now.')).not.toBe(
      'The real problem is that nobody has maintained the old parser in years and years now',
    )
    expect(
      point('The maintainers want to thank you all for the bug reports, the patches and the patience during the long beta period.'),
    ).not.toBe('The maintainers want to thank you all')
    expect(
      point(
        'Users can enable the experimental parser that handles JSX and TypeScript natively, but the old one remains the default for now.',
      ),
    ).toBe('Users can enable the experimental parser')
    const shown = (markdown: string) => shownPoints(markdown).join(' | ')
    expect(
      shown(
        '## Results\n\nWe ran each query a hundred times on both databases. The table above shows that Postgres is three times faster than MySQL on writes.\n',
      ),
    ).toContain('Postgres is three times faster')
    expect(
      shown(
        '## Defaults\n\nThe following settings are now enabled by default in every new project. This makes new projects secure from the start.\n',
      ),
    ).toContain('The following settings are now enabled by default')
    expect(
      shown('## API\n\nThe plugin API ships with the next release. We are excited to see what you build with the new plugin API!\n'),
    ).not.toContain('excited')
  })
})

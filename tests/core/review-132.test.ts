import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'

/*
 * What a review of articles lectern had not seen (round 132) found wrong on their slides. Each case is written from the
 * article's own words.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text

describe('review 132', () => {
  it("should read a transcript's time in square brackets as a mark, not words of the sentence", () => {
    // A podcast's transcript, after square brackets of a few words were kept as an editor's insertion.
    expect(point('[00:01:14] I’m going very well, thanks for having me on the show today.')).toBe(
      'I’m going very well, thanks for having me on the show today',
    )
    expect(point('Today I’m joined with [00:01:00] the two hosts of the show.')).toBe('Today I’m joined with the two hosts of the show')
  })

  it('should close bold words whose closing marks follow a space inside a line', () => {
    // Biome 1.7's release post: "**experimental **" showed its marks on the slide.
    const slides = renderDeck(
      '## Reports\n\nThe report format is **experimental **, and it might change in future releases.\n',
    ).html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
    expect(slides).toContain('<strong>experimental</strong>')
    expect(slides).not.toContain('**')
    // (Not inside a code span, nor marks with spaces on both sides: "2 ** 3 ** 4".)
    const code = renderDeck('## Powers\n\nIn Python, `2 ** 3 ** 4` and 2 ** 3 ** 4 are both right-associative powers.\n').html
    expect(code).toContain('2 ** 3 ** 4')
  })

  it('should not end a German sentence at a number an article or preposition counts with', () => {
    // A German community's five-year retrospective: "Da 2017 die 19" was shown as a point.
    expect(
      sentencesOf('Da 2017 die 19. Bundestagswahl anstand, legten viele Labs den Schwerpunkt auf Wahlen. Das Ergebnis war gut.', 'de'),
    ).toHaveLength(2)
    // (A sentence that ends on a number still ends there.)
    expect(sentencesOf('Im Jahr kamen 19. Danach wurden es mehr.', 'de')).toHaveLength(2)
  })

  it('should close bold words whose closing marks the source wrapped to the next line, keeping the lines where they were', () => {
    // Biome 1.7's post as its source has it: "**experimental\n**, and it might change…".
    const html = renderDeck(
      '## Reports\n\nNote that the report format is **experimental\n**, and it might change.\n\n## Next\n\nNext line.\n',
    ).html
    expect(html).toContain('<strong>experimental</strong>, and')
    expect(html).toContain('data-line="6"')
  })

  it("should narrow round 131's d2l tabs, roles and brackets where a review found them losing words", () => {
    const text = (markdown: string) =>
      renderDeck(markdown)
        .html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
    const setup = "```{.python .input}\n%load_ext d2lbook.tab\ntab.interact_select(['pytorch', 'mxnet'])\n```\n\n"
    // A hidden tab that ends in a list keeps its ":end_tab:" in the list's last item: what follows the tab still shows.
    const listEnd = text(
      `${setup}## Setup\n\n:begin_tab:\`mxnet\`\nMXNet needs these steps:\n\n* first MXSTEPONE\n* then MXSTEPTWO\n:end_tab:\n\n## Summary\n\nThe GAMMA paragraph sums the chapter up.\n`,
    )
    expect(listEnd).not.toContain('MXSTEPONE')
    expect(listEnd).toContain('GAMMA')
    // A tab left open hides nothing.
    expect(
      text(`${setup}## Intro\n\n:begin_tab:\`mxnet\`\nThe MXPROSE paragraph, never closed.\n\n## Next\n\nThe DELTA paragraph.\n`),
    ).toContain('DELTA')
    // The book's older "#@tab" cells show one framework too.
    const cells = text(
      `${setup}## Code\n\n\`\`\`{.python .input}\n#@tab mxnet\nfrom mxnet import np\n\`\`\`\n\n\`\`\`{.python .input}\n#@tab pytorch\nimport torch\n\`\`\`\n`,
    )
    expect(cells).toContain('import torch')
    expect(cells).not.toMatch(/from mxnet|#@tab/)
    // An article that shows d2lbook's syntax in "```python" blocks is left as written.
    expect(text('## Tabs\n\nMark each cell:\n\n```python\n%%tab mxnet\nfrom mxnet import np\n```\n')).toContain('%%tab mxnet')
    // A role's preposition goes only after a noun or a participle of showing, not after a verb that owns it.
    expect(text('## Loss\n\nThe loss is given by :eqref:`eq_mse`.\n')).toContain('given by')
    expect(text('## Loss\n\nHere we use the squared loss function in :eqref:`eq_mse`.\n')).toContain('squared loss function.')
    // Square brackets: a longer insertion stays, and so does a button's name.
    expect(point("The CEO said [the company's new AI strategy] would pay off within two years.")).toContain(
      "[the company's new AI strategy]",
    )
    expect(point('Click the [Update] button to apply the new settings to every project.')).toContain('[Update] button')
  })

  it('should narrow the bold, German, bracket and role rules of round 132 where a review found them misfiring', () => {
    // Bold marks inside a code span are code.
    expect(renderDeck('## Powers\n\nThe line `total = base **exp ** 2` raises the base to a power before doubling it.\n').html).toContain(
      'base **exp ** 2',
    )
    // A German sentence that ends on a number still ends there before a word that opens one.
    expect(sentencesOf('Das Angebot gilt nur noch für die 29. Viele Kunden griffen sofort zu.', 'de')).toHaveLength(2)
    // Square brackets: a disclosure, an update's tag at the opening, a work cited by its year go.
    expect(point('[Disclosure: I am a small investor in the company] The new chip is twice as fast as the last one.')).toBe(
      'The new chip is twice as fast as the last one',
    )
    expect(point('[UPDATE] The outage was resolved at noon and all services are back to normal.')).not.toContain('UPDATE')
    expect(point('Warming is unequivocal [Intergovernmental Panel on Climate Change 2021] and accelerating.')).toBe(
      'Warming is unequivocal and accelerating',
    )
    // A role's ", as shown in" goes with its comma.
    expect(renderDeck('## Loss\n\nWe minimise the error between prediction and label, as shown in :eqref:`eq_mse`.\n').html).toContain(
      'between prediction and label.',
    )
  })
})

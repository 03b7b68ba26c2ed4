import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

const sentence = (index: number) => `Sentence number ${index} of the long answer goes on for a while here.`
const long = Array.from({ length: 20 }, (_, index) => sentence(index + 1)).join(' ')

function deck(markdown: string) {
  return parseDeck(renderDeck(markdown).html)
}

/** The quotation the slide shows, without its notes. */
function shownQuote(tree: ReturnType<typeof parseDeck>) {
  const slide = slidesOf(tree).find((each) => select(':scope > blockquote', each))
  return { slide, quote: select(':scope > blockquote', slide) }
}

describe('long quotations on slides', () => {
  it('should set the line of who said a quotation and where under it, shown with it', () => {
    // conda-forge's history (review 86): "Travis Oliphant, on Why I promote conda (2013):" was a point at the
    // foot of one slide, its quotation alone on the next.
    const tree = deck(
      [
        '# History',
        '## The origins',
        'In 2012, Continuum Analytics announced Anaconda 0.8 at the SciPy conference.',
        'Travis Oliphant, on [Why I promote conda](https://example.org/conda) (2013):',
        `> ${sentence(1)} ${sentence(2)}`,
      ].join('\n\n'),
    )
    const { slide, quote } = shownQuote(tree)
    expect(text(selectAll(':scope > blockquote > p', slide).at(-1)!)).toBe('— Travis Oliphant, on Why I promote conda (2013)')
    expect(text(quote)).toContain(sentence(1))
    expect(selectAll('.lectern-points > li', slide).map(text)).not.toContain('Travis Oliphant, on Why I promote conda')
    // (Not a sentence that leads into its quotation: "As Knuth put it:" has no name and comma first.)
    const led = deck(['# T', '## Q', 'As Knuth put it, in his own words:', `> ${sentence(1)}`].join('\n\n'))
    expect(text(shownQuote(led).quote)).not.toContain('Knuth')
    for (const line of ['However, the documentation says:', 'Recently, Linus Torvalds wrote:']) {
      const said = deck(['# T', '## Q', line, `> ${sentence(1)}`].join('\n\n'))
      expect(text(shownQuote(said).quote)).not.toContain(line.replace(/:$/, ''))
    }
  })

  it('should show each part of a quotation under its own heading by its start, the heading kept over it', () => {
    // (Review 59: an essay's three case studies, "> ### Political Buffer" and its paragraphs, were three slides of small text.)
    const part = (title: string) => `> ### ${title}\n>\n> ${long}\n>\n> ${long}\n`
    const tree = deck(
      `# Talk\n\n## Cases\n\nThree stories from my teams.\n\n${['Buffer', 'Spotlight', 'Risk'].map(part).join('>\n')}\nThat is all.\n`,
    )
    const quotes = selectAll('section.lectern-slide > blockquote', tree)
    expect(quotes).toHaveLength(1)
    expect(selectAll('h3', quotes[0]).map(text)).toEqual(['Buffer', 'Spotlight', 'Risk'])
    expect(text(quotes[0]).split(/\s+/).length).toBeLessThanOrEqual(100)
    expect(text(quotes[0])).toContain('[…]')
  })

  it('should show the first whole sentences of a long quotation and "[…]", the notes holding it whole', () => {
    const tree = deck(
      `# Talk\n\n## Values\n\nAdam says it best in his book:\n\n> ${long}\n>\n> And finally ${sentence(99)}\n\nI agree with him.\n`,
    )
    const { slide, quote } = shownQuote(tree)
    const shown = text(quote)
    expect(shown).toMatch(/^Sentence number 1 of/)
    expect(shown).toMatch(/here\. \[…\]$/)
    expect(shown.split(/\s+/).length).toBeLessThanOrEqual(62)
    expect(shown).not.toContain('And finally')
    // One slide for it, not a run of slides of quotation.
    expect(selectAll('section.lectern-slide > blockquote', tree)).toHaveLength(1)
    const notes = text(select('aside.notes', slide))
    expect(notes).toContain(sentence(20))
    expect(notes).toContain(`And finally ${sentence(99)}`)
  })

  it("should show a dialogue's first sentence of each turn, with its speaker, as many turns as fit", () => {
    // jimniels' essay (rejudge of review 48): the excerpt kept the first host's words, not the answer the essay builds on.
    const turn = (speaker: string, opening: string) => `> [${speaker}]: ${opening} ${sentence(1)} ${sentence(2)} ${sentence(3)}`
    const tree = deck(
      `# Talk\n\n## Values\n\nThey talk about it later:\n\n${turn('Dax ~1:25:00', 'I give people a lot of rope.')}\n>\n${turn('Monica', 'You dislike boss mode.')}\n>\n${turn('Adam', 'You are too focused on your own preference.')}\n\nI agree.\n`,
    )
    expect(selectAll(':scope > p', shownQuote(tree).quote).map((paragraph) => text(paragraph))).toEqual([
      '[Dax ~1:25:00]: I give people a lot of rope. […]',
      '[Monica]: You dislike boss mode. […]',
      '[Adam]: You are too focused on your own preference. […]',
    ])
  })

  it('should show a quotation of a few sentences, and a callout box, whole', () => {
    const short = deck(`# Talk\n\n## Values\n\nHe said:\n\n> ${sentence(1)} ${sentence(2)} ${sentence(3)}\n\nI agree.\n`)
    expect(text(shownQuote(short).quote)).toBe(`${sentence(1)} ${sentence(2)} ${sentence(3)}`)
    const callout = deck(`# Talk\n\n## Values\n\nNote this:\n\n> [!NOTE]\n> ${long}\n\nI agree.\n`)
    expect(text(callout)).toContain(sentence(20))
    expect(text(callout)).not.toContain('[…]')
  })

  it('should count Chinese by its characters, three to a word, as they fill a line', () => {
    const quote = '他在监护室，并发了呼吸衰竭、系统性感染。'.repeat(6)
    const tree = deck(`---\nlang: zh\n---\n\n# 读后感\n\n## 故事\n\n作者写道：\n\n> ${quote}\n\n我同意。\n`)
    // (A hundred and twenty characters, about forty words' room: whole.)
    expect(text(shownQuote(tree).quote)).toBe(quote)
  })
})

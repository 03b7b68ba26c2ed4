import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

// Flutter's postmortem of the flutter.dev outage (review 67): a record's fields and a timeline,
// each written as lines broken by <br> in one paragraph.
const postmortem = [
  '# flutter.dev outage',
  '',
  '## Summary',
  '',
  'Description: flutter.dev was offline for 80% of users for a period of several hours.<br>',
  'Component: www.flutter.dev web site<br>',
  'Duration: 15 hours 40 minutes<br>',
  'User impact: Potential new users, anyone trying to visit flutter.dev',
  '',
  '## 2023-08-26',
  '',
  '04:24 - @Abitofevrything on Discord pings @Hixie to inform them of the outage.<br>',
  '04:27 - @Hixie sees and acknowledges the message.  ',
  '05:07 - jonasfj and Hixie submit a fix to the DNS configuration.<br/>',
  '12:55 - DNS configuration changes take effect. **&lt;END OF OUTAGE&gt;**',
  '',
  '## Poem',
  '',
  'Roses are red,<br>',
  'violets are blue,<br>',
  'this line was broken by hand.',
  '',
].join('\n')

describe('a paragraph of lines broken by hand, each an entry of the same kind', () => {
  const { html } = renderDeck(new VFile({ path: 'postmortem.md', value: postmortem }))
  const slides = slidesOf(parseDeck(html))
  const slide = (title: string) => slides.filter((each) => text(select('h2', each)).startsWith(title))

  it("should show a record's fields and a timeline's entries as a list, one line each", () => {
    const [summary] = slide('Summary')
    expect(selectAll('ul:not(.lectern-points) li', summary).map(text)).toEqual([
      'Description: flutter.dev was offline for 80% of users for a period of several hours.',
      'Component: www.flutter.dev web site',
      'Duration: 15 hours 40 minutes',
      'User impact: Potential new users, anyone trying to visit flutter.dev',
    ])
    const timeline = slide('2023-08-26').flatMap((each) => selectAll('li', each).map(text))
    expect(timeline).toEqual([
      '04:24 - @Abitofevrything on Discord pings @Hixie to inform them of the outage.',
      '04:27 - @Hixie sees and acknowledges the message.',
      '05:07 - jonasfj and Hixie submit a fix to the DNS configuration.',
      '12:55 - DNS configuration changes take effect. <END OF OUTAGE>',
    ])
    expect(slides.flatMap((each) => selectAll('.lectern-points > li', each).map(text)).join(' ')).not.toMatch(/END OF OUTAGE|Component/)
  })

  it("should leave a post's byline of fields to the title slide, not make it a list", () => {
    const byline = renderDeck(
      '# My post\n\nAuthor: Jane Doe  \nDate: March 3, 2021\n\n## Start\n\nThe service handles a million requests a day.\n',
    )
    const tree = parseDeck(byline.html)
    expect(slidesOf(tree).map((each) => text(select('h2', each)))).toEqual(['', 'Start'])
    expect(text(select('.lectern-title aside.notes', tree))).toMatch(/Author: Jane Doe\s+Date: March 3, 2021/)
  })

  it('should leave other broken lines a paragraph', () => {
    const [poem] = slide('Poem')
    expect(selectAll('ul:not(.lectern-points) li', poem)).toHaveLength(0)
    expect(text(select('aside.notes', poem))).toMatch(/Roses are red,\s*violets are blue,/)
  })
})

describe('a dialogue written as lines without marked breaks', () => {
  it('should show lines that each open on a speaker’s label as a list of them, not one run-on line', () => {
    // (Jellyfin's call for developers (review 107): "Person A: Use Jellyfin instead Person B: Jellyfin sucks…" in the notes.)
    const exchange = [
      '# Call',
      '',
      '## Buzz',
      '',
      'The comments inevitably include the following exchange:',
      '',
      'Person A: Use Jellyfin instead',
      'Person B: Jellyfin sucks, it lacks client X or feature Y',
      'Person C: Works for me',
      '',
      'Sometimes one of us will jump in, but it is high time for a public request.',
      '',
      '## Wrapped',
      '',
      'Note: this paragraph was wrapped by its writer at a fixed width, and only its first line',
      'happens to open on a label, so its lines are one sentence that runs on',
      'across them as any paragraph does.',
    ].join('\n')
    const slides = slidesOf(parseDeck(renderDeck(new VFile({ path: 'call.md', value: exchange })).html))
    const items = selectAll('ul:not(.lectern-points) li, .lectern-points li', slides[1]).map(text)
    expect(items).toEqual(expect.arrayContaining(['Person A: Use Jellyfin instead', 'Person C: Works for me']))
    const wrapped = slides.find((slide) => text(select('h2', slide)) === 'Wrapped')
    expect(selectAll('ul:not(.lectern-points) li', wrapped)).toHaveLength(0)
  })
})

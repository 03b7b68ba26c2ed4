import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { withDelimiterlessTables } from '../../src/core/gfm.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { setUpShifts } from '../../src/core/key-points/set-ups.ts'
import { importArticle } from '../../src/import/index.ts'
import { points } from '../helpers/key-points.ts'
import { parseDeck, renderedDeck, select, selectAll, shownPoints, slidesOf, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 146) found wrong on their slides. Each case is written from the
 * article's own words.
 */

/** The slide titles of a page imported from HTML, as the CLI reads it. */
function pageTitles(body: string): string[] {
  const imported = importArticle(`<html><head><title>A recap</title></head><body><main><h1>A recap</h1>${body}</main></body></html>`, {
    path: 'recap.html',
  })
  const file = new VFile({ path: 'recap.html', value: String(imported.value) })
  file.data.sourcePlaces = imported.data.sourcePlaces
  return slidesOf(parseDeck(renderDeck(file).html)).map((slide) => text(select('h2', slide)))
}

describe('review 146', () => {
  it('should head a saved page’s parts with its bold lines alone over paragraphs of prose', () => {
    // A conference's recap kept as a Hugo page: its nine parts each opened on `<p><strong>…</strong></p>`, and the whole
    // post ran on as one section of "(cont.)" slides under a title cut from a sentence.
    const prose = (words: string) =>
      `<p>${words} We started a Slack to organize the planning, and none of us had ever organized a conference before.</p>`
    const titles = pageTitles(
      [
        prose('On December 15 the first and only conference about the stuff that matters in data happened.'),
        '<p><strong>NormConf: Origins</strong></p>',
        prose('I am a machine learning engineer, and in August my feed fills up with people accepted to conferences.'),
        '<p><strong>A Conference is a Startup</strong></p>',
        prose('Immediately four friends volunteered to help run this thing, and others said they would help.'),
        '<p><strong>The Vision</strong></p>',
        prose('Normcore technology is not a shtick for me: it is how I think about solving engineering problems.'),
      ].join(''),
    )
    expect(titles).toEqual(expect.arrayContaining(['NormConf: Origins', 'A Conference is a Startup', 'The Vision']))
  })

  it('should leave a saved page’s bold labels over links or other labels as they are', () => {
    // (A children's story site: "**おりがみをつくろう**" over a link to an origami site, "**福娘のサイト**" over the site's
    // other pages, each a box of the site's, not a part of the story.)
    const titles = pageTitles(
      [
        '<p>A dog with a piece of meat in its mouth was crossing a bridge, and it looked down into the river below.</p>',
        '<p><strong>Make an origami dog</strong></p>',
        '<p>( <a href="https://example.com/origami">Origami club</a> )</p>',
        '<p>It saw another dog with a bigger piece of meat, and barked at it, and its own meat fell into the water.</p>',
        '<p><strong>Our other sites</strong></p>',
        '<p><a href="https://example.com/a">A journey of 366 days</a> <a href="https://example.com/b">Stories</a></p>',
      ].join(''),
    )
    expect(titles).not.toContain('Make an origami dog')
    expect(titles).not.toContain('Our other sites')
  })

  it('should not stop a point inside a series whose item opens on an amount', () => {
    // An essay on ten years in America: its statement slide read "…with 1.5 suitcases, ~2k", the bank left out.
    for (const point of points(
      '10 years ago yesterday I moved to America with 1.5 suitcases, ~2k in the bank, a place to crash, and a freelancing client lined up. A few thoughts.',
    ))
      expect(point ?? '').not.toMatch(/2k$/)
  })

  it('should read rows of pipes without a delimiter row as a table, as kramdown does, its first row the header', () => {
    // M-Lab's write-up on Baltimore's Internet speeds: a table of ten community areas showed as one paragraph of pipes.
    const rows = ['| Community | MIN | MEDIAN |', '| Canton|0|26.67|', '| Cherry Hill|0|5.74|']
    expect(withDelimiterlessTables(['The speeds:', '', ...rows, '', 'After it.'].join('\n'))).toBe(
      ['The speeds:', rows[0], '| --- | --- | --- |', rows[1], rows[2], '', 'After it.'].join('\n'),
    )
    const { tree } = renderedDeck(
      [
        '# T',
        '',
        '## Speeds',
        '',
        'The speeds by community:',
        '',
        '<div class="table-responsive" markdown="1">',
        '',
        ...rows,
        '',
        '</div>',
        '',
      ].join('\n'),
    )
    expect(selectAll('table tr', tree).map((row) => text(row).replace(/\s+/g, ' ').trim())).toEqual([
      'Community MIN MEDIAN',
      'Canton 0 26.67',
      'Cherry Hill 0 5.74',
    ])
    // (Not a table with its delimiter row, one row alone, rows of different cells, rows a paragraph runs on into, rows under a
    // list item, or rows in fenced code.)
    for (const text of [
      ['', '| a | b |', '| - | - |', '| 1 | 2 |', ''],
      ['', '| a | b |', ''],
      ['', '| a | b |', '| 1 | 2 | 3 |', ''],
      ['', '| a | b |', '| 1 | 2 |', 'and so on.'],
      ['- an item', '', '| a | b |', '| 1 | 2 |', ''],
    ].map((lines) => lines.join('\n')))
      expect(withDelimiterlessTables(text)).toBe(text)
    const { tree: fenced } = renderedDeck(
      ['# T', '', '## Code', '', 'A listing:', '', '```', '', '| a | b |', '| 1 | 2 |', '```', ''].join('\n'),
    )
    expect(selectAll('table', fenced)).toHaveLength(0)
  })

  it('should read a list of a talk’s details under its title, its speaker’s among them, as the talk’s credit', () => {
    // A transcript of a Datomic talk, kept with hundreds of others in that form: its details were the first slide's list.
    const talk = (details: string[]) =>
      renderedDeck(
        [
          '# Datomic Ions in Seven Minutes',
          '',
          ...details,
          '',
          '00:01 Hi, this is Stuart Halloway. Welcome to Datomic Ions in Seven Minutes.',
          '',
          'You want to run a database-backed Clojure application on Amazon Web Services, and AWS has a rich suite of capabilities to help you.',
          '',
        ].join('\n'),
      )
    const { tree } = talk([
      '* **Speaker: Stuart Halloway**',
      '* **Date: July 2018**',
      '* **Video: [https://youtu.be/x](https://youtu.be/x)**',
    ])
    const [title, ...rest] = slidesOf(tree)
    expect(text(select('.lectern-byline, .lectern-meta', title) ?? title)).toContain('Stuart Halloway')
    for (const slide of rest) expect(text(select('ul', slide))).not.toContain('Speaker')
    // (Not a list of points that happen to open on a word and a colon.)
    const { tree: points } = talk(['* Speed: it runs in seconds', '* Cost: it costs nothing'])
    expect(selectAll('ul li', slidesOf(points)[1]).map((item) => text(item))).toContain('Speed: it runs in seconds')
  })

  it('should leave out the address a sentence ends on after a colon, where the words before it say what it points at', () => {
    // An incident report's timeline: its point ended on a commit's address, 100 characters long.
    expect(
      compress(
        '@Mr0grog writes another hotfix that simply stops the problematic behavior: https://github.com/edgi-govdata-archiving/web-monitoring-db/commit/0a46db02b78d8332f974b86eafff067a09eb3ac2',
        'en',
      )?.text,
    ).toBe('@Mr0grog writes another hotfix that simply stops the problematic behavior')
    // (Not where the address is all there is: "Note: https://…" alone says nothing.)
    expect(compress('Note: https://example.com/notes', 'en')?.text ?? '').not.toBe('Note')
  })

  it('should not cut a German sentence after its opening clause where the rest opens on its verb before a noun', () => {
    // adesso's post on phishing: "Um Phishing-Angriffe … abzuwehren, werden E-Mail-Filter … eingesetzt." showed as
    // "Werden E-Mail-Filter oder andere technische Tools wie Sandboxing eingesetzt", a question.
    expect(
      compress(
        'Um Phishing-Angriffe möglichst frühzeitig abzuwehren, werden E-Mail-Filter oder andere technische Tools wie Sandboxing eingesetzt.',
        'de',
      )?.text ?? '',
    ).not.toMatch(/^Werden/)
  })

  it('should read Zenn’s embed of a site’s slides, code or page as a link to them', () => {
    // A Zenn post over its talk's slides: "@[docswell](https://www.docswell.com/s/…)" read "@docswell" in the notes.
    const { html } = renderedDeck(
      [
        '# T',
        '',
        '## The talk',
        '',
        'The slides of the talk are on Docswell.',
        '',
        '@[docswell](https://www.docswell.com/s/katzumi/ZN9P7G)',
        '',
      ].join('\n'),
    )
    expect(html).toContain('href="https://www.docswell.com/s/katzumi/ZN9P7G"')
    expect(html).not.toMatch(/@<a\b|>docswell</)
    expect(html).toContain('Slides: https://www.docswell.com/s/katzumi/ZN9P7G')
    // (A marker of a site it does not know, or without the address whole, is left as written.)
    expect(renderedDeck(['# T', '', '## A', '', 'Words here. @[speakerdeck](4f0a1b)', ''].join('\n')).html).toContain('speakerdeck')
  })

  it('should not show the norm a paragraph sets up to depart from as its point', () => {
    // A conference's recap: "The goal of most conferences is to make money" showed, where the paragraph says theirs was not.
    const [point] = points(
      'The goal of most conferences is to make money. As such, they need to first seek sponsors and sell tickets. They need to have guidelines. Our main goal of the conference was not to make money or reach some critical mass. We didn’t really care or keep an eye out for any of this, and in fact we thought we would have 500 attendees max. We cared mostly about making sure we had good speakers, good content, and a good community around the conference. We were fine with low-volume everything as a result. Since the conference was so low-stakes, we could move extremely quickly.',
    )
    expect(point).toBeDefined()
    expect(point).not.toBe('The goal of most conferences is to make money')
    // (A norm the paragraph does not depart from is as likely its point as any: "Most teams ship weekly. They like it.")
    expect(setUpShifts([{ text: 'Most teams ship once a week.' }, { text: 'They find it calm.' }], 'en')[0]).toBe(0)
  })

  it('should not show a sentence that only answers the question before without saying what', () => {
    // An essay on ten years in America: "Would you do it again?" answered "Hard to say.", which showed alone.
    const [point] = points(
      'Hard to say. I now know too much about what it takes. This sort of thing, you gotta just go for it and not think too hard. Keep enough cash for a ticket back home and figure things out as they come.',
    )
    expect(point).not.toBe('Hard to say')
  })

  it('should drop the “this way” that opens a point in Spanish, Portuguese, French and Italian, as English’s “this way”', () => {
    // A Spanish post on real-time apps: "De esta forma podemos ahorrar en gastos…" leaned on the way the sentence before told.
    expect(compress('De esta manera el servidor se mantiene simple.', 'es')?.text).toBe('El servidor se mantiene simple')
    expect(compress('Desta forma o servidor fica simples.', 'pt')?.text).toBe('O servidor fica simples')
    expect(compress('De cette façon, le serveur reste simple.', 'fr')?.text).toBe('Le serveur reste simple')
    expect(compress('In questo modo il server rimane semplice.', 'it')?.text).toBe('Il server rimane semplice')
  })

  it('should show a sentence’s first clause, not the clause that adds to it, where the first is short enough to show', () => {
    // A conference's recap: "I’ve been around a lot" and "Free and streamed on YouTube" showed, each the tail of its sentence.
    expect(
      points(
        'Normconf was one of the most amazing things I’ve ever seen in the data community, and I’ve been around a lot. But there is one problem with a small conference that is a success: next year, people will expect it to be a larger success.',
      )[0],
    ).toBe('Normconf was one of the most amazing things I’ve ever seen in the data community')
  })

  it('should keep the peak a figure is said at, which bounds it', () => {
    // A conference's recap: "We had almost 740 people watching live" showed, where over 10k tuned in over the day.
    expect(compress('At its peak, we had almost 740 people watching live.', 'en')?.text).toBe(
      'At its peak, we had almost 740 people watching live',
    )
  })

  it('should not show a sentence that only says another work puts it well', () => {
    // An essay on ten years in America, over a comic: "Pencilsword: On a Plate describes the effect perfectly" showed.
    expect(points('Pencilsword: On a Plate describes the effect perfectly.')[0]).toBeUndefined()
    expect(points('This XKCD sums it up nicely.')[0]).toBeUndefined()
    // (Not a claim of what a thing shows: "The benchmark shows a 40% drop in latency.")
    expect(points('The benchmark shows a 40% drop in latency.')[0]).toBeDefined()
  })

  it('should not show a Japanese sentence that only asks the reader to look at what is beside it, or names the next post', () => {
    // A Zenn post over its talk's slides: "詳細は以下のスライドをご参照ください" and its advent calendar's next post showed as points.
    const claim = '関心ごとの依存関係を明確にすることで、チーム間の責任境界が明確になります。'
    expect(
      points('後者の品質向上する具体的な取り組みついては以下の記事にまとめていますので、よかったら御覧ください。', { lang: 'ja' })[0],
    ).toBeUndefined()
    for (const pointer of ['詳細は以下のスライドをご参照ください。', 'よかったら御覧ください。'])
      expect(points(`${pointer}${claim}`, { lang: 'ja' })[0]).not.toBe(pointer.replace(/。$/u, ''))
    expect(
      points('明日は、LITALICO Advent Calendar 2025 19 日目の記事です。豪華４本立てになります！どうぞお楽しみに！', { lang: 'ja' })[0],
    ).toBeUndefined()
  })

  it('should not show a sentence that only sends the viewer to a video or to links', () => {
    // A talk's transcript ending "For a longer introduction to Ions, click the video. … To get started, follow the two links at
    // the bottom.": the first showed as a point, then the second.
    expect(
      points(
        'For a longer introduction to Ions, click the video. Thanks for watching. To get started, follow the two links at the bottom.',
      )[0],
    ).toBeUndefined()
    // (Not a step of the reader's that says what happens: "Click Save, and the file is written to disk.")
    expect(points('Click the button to save your work, and the file is written to disk.')[0]).toBeDefined()
  })

  it('should not show an offer of help that closes a post as its point', () => {
    // M-Lab's write-up: "As always, we’re also here to support and answer questions about these tools…" was its last point.
    const conclusion =
      'I hope this post has been informative about the default geographic specificity of M-Lab’s NDT data. When the desire is to examine local trends and statistics in our data at smaller geographies than city or county, the need to collect new data at the community level becomes more important. One of our goals is to enable communities to use our platform as a service, to enable new data collection with more accuracy, and the tools mentioned here can help with that. As always, we’re also here to support and answer questions about these tools or our platform and data. Reach out to support@measurementlab.net to get help.'
    for (const point of shownPoints(['# T', '', '## Conclusion', '', conclusion, ''].join('\n'))) expect(point).not.toMatch(/As always/)
  })

  it('should title the parts of an article without headings by the bold words that open each after a break', () => {
    // Tailwind's post on its ecommerce kit: parts after "---", each opened by a bold sentence, were titled "Hero section", "Door
    // mid-next week" (cut from "out the door mid-next week") and the talk's title again.
    const part = (bold: string, rest: string) => ['---', '', `**${bold}** ${rest}`, '']
    const article = [
      '# Designing Tailwind UI Ecommerce',
      '',
      'We have been working on this new kit for months now and are finally closing in on the finish line.',
      '',
      ...part(
        'The first step was to research and catalog.',
        'We started by studying as many ecommerce sites as we could find and cataloging every pattern.',
      ),
      ...part(
        'Then we built the pages.',
        'A lot of folks assume we have a really clean design hand-off process, but that is not true at all.',
      ),
      ...part(
        'So when is it coming out?',
        'We are trying really hard to get this thing out the door mid-next week, and it is looking good.',
      ),
    ].join('\n')
    const titles = slidesOf(renderedDeck(article).tree).map((slide) => text(select('h2', slide)))
    expect(titles).toEqual(
      expect.arrayContaining(['The first step was to research and catalog', 'Then we built the pages', 'So when is it coming out?']),
    )
    // (One part so opened is emphasis, not a title.)
    const one = slidesOf(renderedDeck(article.split('---').slice(0, 2).join('---')).tree).map((slide) => text(select('h2', slide)))
    expect(one).not.toContain('The first step was to research and catalog')
  })

  it('should not cut a step of going somewhere off from what is done there', () => {
    // A talk's transcript on Datomic Ions: "You can go to each AWS service" showed, "and select the Ion-generated Lambda as an event
    // target" cut off.
    expect(
      points('To service these events, you can go to each AWS service and select the Ion-generated Lambda as an event target.')[0],
    ).not.toBe('You can go to each AWS service')
  })

  it('should not show the halves of a Japanese sentence a block cuts in two', () => {
    // A Zenn post: "などがあります。" after a list ("…細かく見ていくと [list] などがあります") showed as a point.
    const article = [
      '---',
      'lang: ja',
      '---',
      '# 関心ごとにも依存関係がある',
      '',
      '## 越境的思考の必要性',
      '',
      'しかしこのインターフェースの設計には、一方の関心ごとだけを閉じ込めただけでは使い物にならないと考えています。',
      '',
      '冒頭で記載した',
      '',
      '> シンプルなインターフェースで、背後に豊かな機能を隠蔽して、利用者の認知負荷を最小化',
      '',
      '## 算定基準',
      '',
      '障害福祉サービスの基準を細かく見ていくと',
      '',
      '* 運営に関する基準',
      '* 算定に関する基準',
      '',
      'などがあります。このルールの中で算定に関する基準が一番複雑だったりします。',
      '',
    ].join('\n')
    expect(shownPoints(article)).not.toContain('などがあります')
    // (Nor the half before a block, which stops on a word without its "。": "冒頭で記載した" over a listing.)
    const before = [
      '---',
      'lang: ja',
      '---',
      '# T',
      '',
      '## 手順',
      '',
      '冒頭で記載した',
      '',
      '```',
      'npm install',
      '```',
      '',
      'これで準備は完了です。サーバーを起動すると画面が表示されます。',
      '',
    ]
    expect(shownPoints(before.join('\n'))).not.toContain('冒頭で記載した')
  })

  it('should leave out a German connective inside the clause, which ties it to the sentence before', () => {
    // adesso's post on phishing: "Wenn technische Maßnahmen also nicht ausreichen, …" kept its "also" (so, therefore).
    expect(compress('Wenn technische Maßnahmen also nicht ausreichen, müssen menschliche Maßnahmen greifen.', 'de')?.text).toBe(
      'Wenn technische Maßnahmen nicht ausreichen, müssen menschliche Maßnahmen greifen',
    )
  })
})

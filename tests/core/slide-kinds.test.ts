import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

const kindsArticle = fileURLToPath(new URL('../fixtures/decks/slide-kinds/input.md', import.meta.url))

function slides(markdown: string) {
  return slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html))
}

const kindOf = (markdown: string) => slides(markdown).map((slide) => slide.properties.dataKind ?? null)

describe('slide kinds', () => {
  const deck = slides(readFileSync(kindsArticle, 'utf8'))
  const byId = (id: string) => deck.find((slide) => slide.properties.id === id)!

  it('should choose each slide’s kind from its content', () => {
    expect(deck.map((slide) => [slide.properties.id, slide.properties.dataKind ?? null])).toEqual([
      ['title', null],
      ['the-spark', 'statement'],
      ['in-their-words', 'quote'],
      ['the-architecture', 'image-text'],
      ['two-ideas', 'few-points'],
      ['many-ideas', null],
    ])
    expect(byId('the-spark').properties.className).toContain('lectern-statement')
  })

  it('should show a statement’s sentence whole instead of a key point', () => {
    const spark = byId('the-spark')
    expect(selectAll('ul.lectern-points', spark)).toEqual([])
    expect(text(select('p.lectern-statement', spark)!)).toBe('That’s the spark that lit the cloud.')
  })

  it('should put the picture first and the points in one list beside it', () => {
    const slide = byId('the-architecture')
    const blocks = slide.children.filter((child) => child.type === 'element').map((child) => (child as { tagName: string }).tagName)
    expect(blocks).toEqual(['h2', 'p', 'ul', 'aside'])
    expect(select('p.lectern-picture > img', slide)).toBeDefined()
    expect(selectAll('ul.lectern-points > li', slide)).toHaveLength(2)
  })

  it('should record where each slide starts in the article', () => {
    expect(deck.map((slide) => Number(slide.properties.dataLine))).toEqual([6, 10, 14, 18, 26, 32])
  })

  it('should point a continued slide at its own first block', () => {
    // Distinct paragraphs: near-duplicate points would be dropped.
    const paragraphs = [
      'Paragraph number 1 says caches keep recent data close to the processor.',
      'Paragraph number 2 says compilers turn source code into machine instructions.',
      'Paragraph number 3 says schedulers share processor time between many threads.',
      'Paragraph number 4 says allocators hand out memory and take it back later.',
      'Paragraph number 5 says linkers join object files into one runnable program.',
      'Paragraph number 6 says debuggers stop a running program to inspect its state.',
      'Paragraph number 7 says profilers measure where a program spends its time.',
    ]
    const continued = slides(`# T\n\n## Long\n\n${paragraphs.join('\n\n')}\n`).filter((slide) =>
      String(slide.properties.id).startsWith('long'),
    )
    expect(continued.length).toBeGreaterThan(1)
    const last = continued[continued.length - 1]
    const firstNote = text(select('aside.notes > p', last)!)
    const line = 5 + 2 * (Number(/number (\d)/.exec(firstNote)![1]) - 1)
    expect(Number(last.properties.dataLine)).toBe(line)
  })

  it('should leave a longer lone paragraph, a quote with points and a slide of many points alone', () => {
    expect(kindOf('# T\n\n## A\n\nCaches keep recent data close. Prefetchers guess the next access from the last ones.\n')).toEqual([
      null,
      'few-points',
    ])
    expect(kindOf('# T\n\n## A\n\nSome words about it.\n\n> A quote.\n')).toEqual([null, null])
    expect(
      kindOf('# T\n\n## A\n\nCaches keep recent data close.\n\nMemory latency grew every year.\n\nPrefetchers guess the next access.\n'),
    ).toEqual([null, null])
  })

  it('should give a picture alone below its heading the whole slide, and not a picture with a table', () => {
    const [, picture] = slides('# T\n\n## A\n\n![A chart of growth](chart.png)\n')
    expect(picture.properties.dataKind).toBe('image')
    expect(picture.properties.className).toContain('lectern-image')
    expect(select('p.lectern-picture > img', picture)).toBeDefined()
    expect(kindOf('# T\n\n## A\n\n![A chart](chart.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')).toEqual([null, null])
  })

  it('should show the line that says whose a quotation is under it, and say it in the notes too', () => {
    // (Review 65: This Week in Rust's quote of the week showed without "– Robert Grosse on their blog".)
    const [, quote] = slides(
      '# T\n\n## Quote of the Week\n\n> One of the reasons Rust is so successful is that it adds automated checks.\n\n– [Robert Grosse on their blog](https://example.com/post)\n\nThanks to robin for the suggestion!\n',
    )
    expect(quote.properties.dataKind).toBe('quote')
    expect(text(select('blockquote .lectern-quote-credit', quote))).toBe('– Robert Grosse on their blog')
    expect(text(select('aside.notes', quote))).toContain('Robert Grosse on their blog')
    // (A paragraph further on, or one that says more than whose words they are, stays in the notes alone.)
    const [, plain] = slides('# T\n\n## A\n\n> Simple things should be simple.\n\nThanks to robin for the suggestion!\n')
    expect(select('.lectern-quote-credit', plain)).toBeUndefined()
  })

  it('should show whose a quotation is under it on a slide of points too', () => {
    // (Review 67: Mark Seemann's essay quotes Brooks between its paragraphs, credited in each quote's footer.)
    const [, slide] = slides(
      '# T\n\n## No silver bullet reread\n\nA brief summary of the essence of the essay is in order, and I give it here as Brooks wrote it.\n\n> "There is no single development which by itself promises even one order-of-magnitude improvement."\n\n— Fred Brooks, _No Silver Bullet_, 1986\n\nThe beginning of the essay is a brilliant analysis of why software development is inherently difficult.\n',
    )
    expect(slide.properties.dataKind).toBeUndefined()
    expect(select('.lectern-points', slide)).toBeDefined()
    expect(text(select('blockquote .lectern-quote-credit', slide))).toBe('— Fred Brooks, No Silver Bullet, 1986')
  })

  it('should set a short quote as a quote slide, and leave one holding a list a plain slide', () => {
    expect(kindOf('# T\n\n## A\n\n> Simple things should be simple.\n')).toEqual([null, 'quote'])
    // (A long one shows its start, "[…]" for the rest: see quote-excerpt.test.ts.)
    const long = Array.from({ length: 14 }, () => 'Every word of this was said by someone.').join(' ')
    expect(kindOf(`# T\n\n## A\n\n> ${long}\n`)).toEqual([null, 'quote'])
    expect(kindOf('# T\n\n## A\n\n> Someone wrote:\n>\n> - a list\n> - of things\n')).toEqual([null, null])
  })

  it('should make no statement of a sentence said in passing', () => {
    // Haskell Day 2019's report (review 91): "ちなみに、…" (by the way) was its section's loudest words.
    expect(kindOf('# T\n\n## A\n\nBy the way, the list of languages came from the Haskell survey.\n')[1]).not.toBe('statement')
    expect(kindOf('# T\n\n## A\n\nちなみに、言語のリストは Haskell Survey 2019 を参考にしました。\n')[1]).not.toBe('statement')
    expect(kindOf('# T\n\n## A\n\nThe list of languages came from the Haskell survey.\n')).toEqual([null, 'statement'])
  })

  it('should make no statement when key points are off', () => {
    expect(kindOf('---\nkeyPoints: none\n---\n# T\n\n## A\n\nShort and sweet.\n')).toEqual([null, null])
  })
})

describe('slides whose words got no point', () => {
  const claims = [
    'Amazon built its own infrastructure before anyone sold it as a service.',
    'Engineers spent most of their time provisioning servers for every new project.',
    'The company turned that internal platform into a product for everyone.',
  ]
  const thanks = 'Thank you so much to everyone who came to the meetup!'

  it('should say a continuation’s words on the slide before instead of a slide that shows its heading alone', () => {
    const deck = slides(`# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n---\n\n${thanks}\n`)
    const story = deck.filter((slide) => /^Story/.test(text(select('h2', slide))))
    expect(story).toHaveLength(1)
    expect(story[0].properties.dataKind ?? null).not.toBe('divider')
    const said = selectAll('aside.notes p', story[0]).map((p) => text(p))
    expect(said).toEqual([...claims, thanks])
  })

  it('should show the first sentence of a section whose words got no point, instead of its heading alone', () => {
    const deck = slides(`# Talk\n\n## Thanks\n\n${thanks}\n\n## Story\n\n${claims.join('\n\n')}\n`)
    const opened = deck.find((slide) => text(select('h2', slide)) === 'Thanks')
    expect(opened?.properties.dataKind).not.toBe('divider')
    expect(text(select('p.lectern-statement, ul.lectern-points', opened!))).toBe(thanks)
    expect(selectAll('aside.notes p', opened!).map((p) => text(p))).toEqual([thanks])
    // As 18F's postmortem: a section of one long paragraph whose point the chooser passed over.
    const failing = [
      'We welcome the opportunity to gain insight from any situation that didn’t work out as we’d expected.',
      'Especially early on in the life of our platform, we need to welcome these kinds of experiences because we’re still trying to understand all of the conditions and variables we contend with whenever we run an auction.',
    ].join(' ')
    const postmortem = slides(
      `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Failing is important\n\n${failing}\n\n## Talking it through\n\n${claims.join('\n\n')}\n`,
    )
    const section = postmortem.find((slide) => text(select('h2', slide)) === 'Failing is important')!
    expect(section.properties.dataKind).not.toBe('divider')
    expect(text(select('p.lectern-statement, ul.lectern-points', section))).toMatch(/^We welcome the opportunity to gain insight/)
  })

  it('should show the first sentence over a list or quotation whose section’s words got no point, not the list bare', () => {
    const failing = [
      'We welcome the opportunity to gain insight from any situation that didn’t work out as we’d expected.',
      'Especially early on in the life of our platform, we need to welcome these kinds of experiences because we’re still trying to understand all of the conditions and variables we contend with whenever we run an auction.',
    ].join(' ')
    for (const block of [
      '- Timing of the auction\n- Number of bidders\n- Size of the lots',
      '> Fail fast, and learn from every failure.',
    ]) {
      const deck = slides(
        `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Failing is important\n\n${failing}\n\n${block}\n\n## More\n\n${claims.join('\n\n')}\n`,
      )
      const section = deck.find((slide) => text(select('h2', slide)) === 'Failing is important')!
      expect(text(select('p.lectern-statement, ul.lectern-points', section)), block).toMatch(/^We welcome the opportunity to gain insight/)
    }
  })

  it('should show the first claim over a listing or table whose section’s words got no point, not the block bare', () => {
    const failing = [
      'We welcome the opportunity to gain insight from any situation that didn’t work out as we’d expected.',
      'Especially early on in the life of our platform, we need to welcome these kinds of experiences because we’re still trying to understand all of the conditions and variables we contend with whenever we run an auction.',
    ].join(' ')
    for (const block of ['```js\nconst auction = run(lots)\n```', '| Lot | Bids |\n| --- | --- |\n| A | 3 |\n| B | 5 |']) {
      const deck = slides(
        `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Failing is important\n\n${failing}\n\n${block}\n\n## More\n\n${claims.join('\n\n')}\n`,
      )
      const section = deck.find((slide) => text(select('h2', slide)) === 'Failing is important')!
      expect(text(select('ul.lectern-points', section)), block).toMatch(/^We welcome the opportunity to gain insight/)
    }
  })

  it('should show a cut that leans a little rather than a section of long paragraphs as its heading alone', () => {
    // A code-review essay's "Bias against newbies" (review 73): three paragraphs of argument, a divider.
    const long =
      'There was some research that finds that when someone is new to the stack or the team, reviewers tend to be stricter and more nitpicky against their code changes relative to a long-timer or a more senior engineer.'
    const conceded =
      "That said, it's important to note that senior engineers should still hold themselves to a higher level in producing quality code as a way to lead by example. It will be rather unconvincing to a newbie otherwise."
    const deck = slides(
      `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Bias\n\n${long}\n\n${conceded}\n\n## More\n\n${claims.join('\n\n')}\n`,
    )
    const section = deck.find((slide) => text(select('h2', slide)) === 'Bias')!
    expect(section.properties.dataKind).not.toBe('divider')
    expect(text(select('ul.lectern-points', section))).toBe('Senior engineers should still hold themselves to a higher level')
    // (Not one cut from the case it holds in: "In that case, however, you may have…".)
    const cased =
      'In that case, however, you may have a clearer idea about potential pitfalls, and how careful you were in avoiding them over the long years of maintenance.'
    const other = slides(
      `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Bias\n\n${long}\n\n${cased}\n\n## More\n\n${claims.join('\n\n')}\n`,
    )
    const bias = other.find((slide) => text(select('h2', slide)) === 'Bias')!
    expect(selectAll('ul.lectern-points > li', bias).map(text).join(' ')).not.toMatch(/pitfalls/)
  })

  it('should show a section’s one short paragraph that got no point whole below its heading, not its heading alone as a divider', () => {
    // As an interview's question over an answer none of whose sentences stands alone.
    const answer = 'There was one in India. It closed in 1967, and nobody has tried since.'
    const deck = slides(`# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Elsewhere?\n\n${answer}\n\n## More\n\n${claims.join('\n\n')}\n`)
    const section = deck.find((slide) => text(select('h2', slide)) === 'Elsewhere?')!
    expect(section.properties.dataKind).toBe('passage')
    expect(text(select('div.lectern-passage > p', section))).toBe(answer)
    expect(selectAll('aside.notes p', section).map((p) => text(p))).toEqual([answer])
  })

  it('should show the first of a few paragraphs that got no point whole, not the heading alone over them', () => {
    // (Review 79: Supabase's "Conclusion" and ZMK's "Thanks!" were a heading alone over their paragraphs.)
    const verdict =
      "Supavisor's vertical and horizontal scaling ability make it the optimal solution for developers who aim to create applications that can effortlessly scale, even under extreme workloads."
    const pointer =
      'If you are interested in exploring it, check out [the GitHub repository](https://github.com/supabase/supavisor) to know more.'
    const deck = slides(`# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Conclusion\n\n${verdict}\n\n${pointer}\n`)
    const section = deck.find((slide) => text(select('h2', slide)) === 'Conclusion')!
    expect(section.properties.dataKind).toBe('passage')
    expect(text(select('div.lectern-passage > p', section))).toBe(verdict.replace("\\'", "'"))
    // Never an invitation, an example that leans on the paragraph before it, or the question the heading asks.
    const thanks = 'Please let us know your thoughts in the comments below.'
    const example =
      'For example, when writing tests with an LLM, it may simply generate a large number of very similar tests, instead of using parametrization.'
    const long = `${'When you submit a PR, no matter what tools you use, it is your responsibility to make sure that it addresses the problem correctly and does not introduce subtle errors. '.repeat(3)}`
    for (const [heading, said] of [
      ['Closing', [long, thanks]],
      ['Responsibility', [long, example]],
      ['What about in the United States?', ['Q: What about in the United States?', long]],
      // (Review 101, CocoaPods' post-mortem: its second thanks, after a connective without a comma, was shown as a passage.)
      [
        'Thanks',
        [
          'We would like to thank [@mhagger](https://github.com/mhagger), [@vmg](https://github.com/vmg), and [@mikemcquaid](https://github.com/mikemcquaid) for helping diagnose the issues and our understanding thereof; [@arthurnn](https://github.com/arthurnn) for his help with optimizing the way sharding should work, as well as GitHub in general for their continued generous sponsorship of hosting resources.',
          'In addition we would like to thank [@segiddins](https://github.com/segiddins), [@DanielTomlinson](https://github.com/DanielTomlinson), and [@mrackwitz](https://github.com/mrackwitz), for their hard work on implementing these solutions as soon as they did.',
        ],
      ],
    ] as const) {
      const other = slides(`# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## ${heading}\n\n${said.join('\n\n')}\n`)
      const shown = other.find((slide) => text(select('h2', slide)) === heading)!
      expect(select('div.lectern-passage', shown)).toBeUndefined()
    }
  })

  it('should not show whole a paragraph that leads into a block the slide does not have', () => {
    // A Portuguese Docker post (review 73): its reading list was a Hugo shortcode, left out.
    const lead = 'Quer dar o próximo passo prático? Recomendamos fortemente a literatura especializada abaixo:'
    const deck = slides(`# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Mais\n\n${lead}\n`)
    const section = deck.find((slide) => text(select('h2', slide)) === 'Mais')!
    expect(section.properties.dataKind).not.toBe('passage')
    expect(select('div.lectern-passage', section)).toBeUndefined()
  })

  it('should not show whole a sentence that only turns to what comes next', () => {
    // (A Japanese MCP post, review 82: "経度緯度(135 35) https://… について質問したらどうなるか見てみましょう。"
    // was shown whole, large, over its subsections.)
    const turn = '経度緯度(135 35) https://maps.gsi.go.jp/#16/35/135/ について質問したらどうなるか見てみましょう。'
    for (const [lang, said] of [
      ['ja', turn],
      ['en', "Let's dive in."],
    ] as const) {
      const deck = slides(
        `---\nlang: ${lang}\n---\n\n# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Results\n\n${said}\n\n### First\n\n${claims[0]}\n`,
      )
      const section = deck.find((slide) => text(select('h2', slide)) === 'Results')!
      expect(select('div.lectern-passage', section)).toBeUndefined()
      expect(String(section.properties.className)).not.toMatch(/passage|statement/)
    }
  })

  it('should keep the heading alone over a paragraph that only turns to the parts under it', () => {
    // Elixir's v1.18 release notes (review 45): the words were set large as a statement.
    // (And Jest 28's release post, review 73: "…so buckle up." shown whole as its "Features" slide.)
    for (const turn of [
      "There are several updates in the typing department, so let's break them down.",
      "Now let's talk about the new features in Jest 28, which is way more exciting! And there's quite a few of them, so buckle up.",
    ]) {
      const deck = slides(
        `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Types\n\n${turn}\n\n### Inference\n\n${claims.join('\n\n')}\n`,
      )
      const section = deck.find((slide) => text(select('h2', slide)) === 'Types')!
      expect(section.properties.dataKind, turn).toBe('divider')
      expect(selectAll('aside.notes p', section).map((p) => text(p))).toEqual([turn])
    }
  })

  it('should keep the heading alone when the first sentence leans on what came before', () => {
    // As an interview's answers: "There was one in India."
    for (const opening of [
      'There was one in India.\n\nIt closed in 1967.',
      'We have not seen this in the United States.\n\nThat was dropped in 1967.',
    ]) {
      const deck = slides(
        `# Talk\n\n## Story\n\n${claims.join('\n\n')}\n\n## Elsewhere\n\n${opening}\n\n## More\n\n${claims.join('\n\n')}\n`,
      )
      const section = deck.find((slide) => text(select('h2', slide)) === 'Elsewhere')!
      expect(select('p.lectern-statement, ul.lectern-points', section), opening).toBeUndefined()
    }
  })
})

describe('a part that says what it will do (review 92)', () => {
  it('should open a section whose one sentence says what its parts cover as a divider, the sentence in its notes', () => {
    // Falco's blog: "This section provides an overview of the underlying refactors…" over its subsections.
    const { html } = renderDeck(
      '# T\n\n## Refactors Involved\n\nThis section provides an overview of the underlying refactors that have enabled the implementation of the innovative adaptive syscall selection mechanisms in Falco.\n\n### PPM API\n\nA new event set class has been introduced to support efficient set operations.\n',
    )
    const slide = selectAll('section.lectern-slide', parseDeck(html)).find((each) => text(select('h2', each)) === 'Refactors Involved')
    expect(slide?.properties.dataKind).toBe('divider')
    expect(select('.lectern-passage', slide)).toBeUndefined()
    expect(selectAll('.lectern-points li', slide)).toHaveLength(0)
    expect(text(select('aside.notes', slide))).toContain('This section provides an overview')
  })
})

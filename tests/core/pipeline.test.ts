import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { LecternError } from '../../src/core/errors.ts'
import { renderDeck } from '../../src/core/index.ts'
import { mayHaveTables } from '../../src/core/gfm.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

function deck(markdown: string, path = 'talk.md') {
  const rendered = renderDeck(new VFile({ path, value: markdown }))
  return { ...rendered, tree: parseDeck(rendered.html) }
}

describe('slides', () => {
  it('should start a vertical slide for each ### and keep deeper headings as content', () => {
    const { tree } = deck('# T\n\n## A\n\nOne.\n\n### B\n\nTwo.\n\n#### C\n\nThree.')
    const groups = selectAll('section.lectern-group', tree)
    expect(groups).toHaveLength(2)
    const slides = selectAll(':scope > section', groups[1])
    expect(slides.map((slide) => text(select('h2', slide)))).toEqual(['A', 'B'])
    expect(text(select('.lectern-kicker', slides[1]))).toBe('A')
    expect(text(select('aside.notes h4', slides[1]))).toBe('C')
  })

  it('should leave out a paragraph of invisible characters, a spacer some blogs put between paragraphs', () => {
    // (Review 55: a lab's blog post's "&shy;" became an empty paragraph of the notes.)
    const { tree } = deck('# T\n\n## S\n\nThe system serves its users well.\n\n&shy;\n\n\u200b\n\nIt also scales.\n')
    expect(selectAll('aside.notes p', tree).map(text)).toEqual(['The system serves its users well.', 'It also scales.'])
  })

  it('should continue on "(cont.)" slides after maxBullets paragraphs', () => {
    const topics = [
      'caches',
      'queues',
      'threads',
      'sockets',
      'parsers',
      'kernels',
      'routers',
      'shaders',
      'drivers',
      'linkers',
      'loaders',
      'schedulers',
    ]
    const claims = [
      'fill up within minutes of a deploy',
      'back up whenever the billing job runs',
      'deadlock when two requests share a lock',
      'leak file handles on every retry',
      'reject unicode in header names',
      'panic on hardware older than 2015',
      'drop packets above ten thousand connections',
      'compile slowly on integrated graphics',
      'crash when a laptop wakes from sleep',
      'resolve symbols in the wrong order',
      'ignore the cache flags we set',
      'starve low-priority jobs during peak hours',
    ]
    const body = topics.map((topic, index) => `Our ${topic} ${claims[index]}.`).join('\n\n')
    const { tree } = deck(`# T\n\n## Many\n\n${body}`)
    const slides = slidesOf(tree).slice(1)
    expect(slides.map((slide) => text(select('h2', slide)))).toEqual(['Many', 'Many (cont.)', 'Many (cont.)'])
    expect(slides.map((slide) => selectAll('.lectern-points li', slide).length)).toEqual([4, 4, 4])
  })

  it('should honour maxBullets, keyPoints, transition and slideNumber from the frontmatter', () => {
    const { tree, deck: data } = deck(
      '---\nmaxBullets: 2\nkeyPoints: none\ntransition: fade\nslideNumber: false\n---\n# T\n\n## S\n\nA.\n\nB.\n\nC.',
    )
    expect(
      slidesOf(tree)
        .slice(1)
        .map((slide) => selectAll('aside.notes p', slide).length),
    ).toEqual([2, 1])
    expect(selectAll('.lectern-points', tree)).toHaveLength(0)
    expect(data.options).toMatchObject({ maxBullets: 2, keyPoints: 'none', transition: 'fade', slideNumber: false })
  })

  it('should let caller overrides win over the frontmatter', () => {
    const rendered = renderDeck('---\ntheme: night\n---\n# T\n\n## S\n\nA.', { theme: 'meetup' })
    expect(rendered.deck.options.theme).toBe('meetup')
  })

  it('should warn, with a position, about a frontmatter option of the wrong type and use the default', () => {
    const { file, deck: data } = deck('---\nmaxBullets: lots\n---\n# T\n\n## S\n\nA.')
    expect(data.options.maxBullets).toBe(5)
    expect(file.messages[0].reason).toMatch(/maxBullets/)
    // At the key's own line, not the frontmatter's start.
    expect(file.messages[0].line).toBe(2)
  })

  it('should start a new slide in the same group at a thematic break', () => {
    // Sentences that each get a point: a part whose words got none is said on the slide before.
    const { tree } = deck('# T\n\n## S\n\nServers were provisioned by hand for years.\n\n---\n\nTeams rented capacity by the hour instead.')
    const slides = slidesOf(tree).slice(1)
    expect(slides).toHaveLength(2)
    expect(slides.map((slide) => text(select('aside.notes', slide)))).toEqual([
      'Servers were provisioned by hand for years.',
      'Teams rented capacity by the hour instead.',
    ])
  })

  it('should keep lists, code, tables, quotes and images on the slide, never in the notes', () => {
    const { tree } = deck(
      '# T\n\n## S\n\nIntro.\n\n- a\n- b\n\n```js\nlet x = 1\n```\n\n| h |\n| - |\n| c |\n\n> quoted\n\n![alt](pic.png)',
    )
    const group = selectAll('section.lectern-group', tree)[1]
    for (const selector of ['ul:not(.lectern-points)', 'pre code.hljs', 'table', 'blockquote', 'img']) {
      expect(select(`section > ${selector}, section > p > ${selector}`, group), selector).toBeDefined()
    }
    expect(select('aside.notes :is(ul, pre, table, blockquote, img)', group)).toBeUndefined()
    expect(selectAll('pre .hljs-keyword', group).length).toBeGreaterThan(0)
  })

  it('should highlight the languages blogs write in beyond the common grammars, without a warning', () => {
    // Elixir's release notes (review 45): "Cannot highlight as `elixir`", and plain text.
    const blocks = {
      elixir: 'defmodule User do\n  def drive(user), do: {:ok, user}\nend',
      haskell: 'module Main where\nimport Data.List',
      dockerfile: 'FROM node:20\nRUN npm ci',
      scala: 'object Main extends App { val x = 1 }',
    }
    for (const [language, code] of Object.entries(blocks)) {
      const { tree, file } = deck(`# T\n\n## S\n\n\`\`\`${language}\n${code}\n\`\`\`\n`)
      expect(selectAll('pre .hljs-keyword', tree).length, language).toBeGreaterThan(0)
      expect(file.messages.map((message) => message.reason).join('\n'), language).not.toMatch(/Cannot highlight/)
    }
  })

  it('should show a code block of a few slides whole over them, cut where its blocks end', () => {
    const block = (name: string) => [`function ${name}() {`, ...Array.from({ length: 8 }, (_, index) => `  step(${index})`), '}', '']
    const code = ['a', 'b', 'c', 'd'].flatMap(block).join('\n').trimEnd()
    const { tree } = deck(`# T\n\n## S\n\n\`\`\`\n${code}\n\`\`\``)
    const pieces = selectAll('section.lectern-slide', tree).flatMap((slide) => selectAll(':scope > pre code', slide))
    expect(pieces.length).toBeGreaterThan(1)
    const words = (value: string) => value.split(/\s+/).filter(Boolean).join(' ')
    expect(words(pieces.map((piece) => text(piece)).join(' '))).toBe(words(code))
    // (Each piece starts where a function does.)
    for (const piece of pieces) expect(text(piece)).toMatch(/^function/)
  })

  it('should show the start of a code block too long for a few slides, and all of it in the notes', () => {
    const code = Array.from({ length: 100 }, (_, index) => `line ${index}`).join('\n')
    const { tree } = deck(`# T\n\n## S\n\n\`\`\`\n${code}\n\`\`\``)
    const slides = selectAll('section.lectern-slide', tree)
    expect(slides).toHaveLength(1)
    expect(selectAll(':scope > pre', slides[0]).map((pre) => text(pre))).toEqual([[...code.split('\n').slice(0, 15), '…'].join(' ')])
    expect(text(select('aside.notes pre', slides[0]))).toBe(code.split('\n').join(' '))
  })

  it('should build a useful deck, and warn, when the article has no section headings', () => {
    const { tree, file } = deck('Some prose about caches.\n\nMore prose about memory.', 'notes/plain.md')
    expect(text(select('h1', tree))).toBe('Plain')
    expect(selectAll('.lectern-points li', tree).map((li) => text(li))).toEqual(['Some prose about caches', 'More prose about memory'])
    const warning = file.messages.find((message) => message.ruleId === 'no-sections')
    expect(warning?.line).toBe(1)
    expect(warning?.column).toBe(1)
  })

  it('should start a new slide at a thematic break in an article without sections', () => {
    const { tree } = deck(
      'Servers were provisioned by hand for years.\n\n---\n\nTeams rented capacity by the hour instead.',
      'notes/plain.md',
    )
    expect(
      slidesOf(tree)
        .slice(1)
        .map((slide) => text(select('aside.notes', slide))),
    ).toEqual(['Servers were provisioned by hand for years.', 'Teams rented capacity by the hour instead.'])
  })

  it('should keep a picture from an intro paragraph on a slide, its words in the title notes', () => {
    const { tree } = deck('# T\n\nSee the chart here.\n![a chart](chart.png)\n\n## S\n\nText.')
    const titleGroup = selectAll('section.lectern-group', tree)[0]
    expect(text(select('section.lectern-title aside.notes', titleGroup))).toBe('See the chart here.')
    expect(select('section.lectern-slide img[src="chart.png"]', titleGroup)).toBeDefined()
  })

  it('should refuse an empty article', () => {
    expect(() => renderDeck(new VFile({ path: 'empty.md', value: '---\ntitle: x\n---\n\n   \n' }))).toThrowError(
      /empty.md: the article is empty/,
    )
  })

  it('should report malformed frontmatter with line and column', () => {
    try {
      renderDeck(new VFile({ path: 'bad.md', value: '---\ntitle: ok\nauthor: [unclosed\n---\n# T' }))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(LecternError)
      expect((error as LecternError).message).toMatch(/^bad.md:\d+:\d+: invalid frontmatter/)
      expect((error as LecternError).line).toBeGreaterThanOrEqual(3)
    }
  })

  it('should sanitize raw HTML by default and keep it with allowHtml', () => {
    const article = '# T\n\n## S\n\n<div onclick="x()">Hi<script>alert(1)</script></div>\n\n[link](javascript:alert(1))'
    const safe = renderDeck(article).html
    expect(safe).not.toMatch(/onclick|<script|javascript:/)
    expect(safe).toMatch(/<div>Hi<\/div>/)
    const raw = renderDeck(article, { allowHtml: true }).html
    expect(raw).toMatch(/onclick="x\(\)"/)
    expect(raw).toMatch(/<script>alert\(1\)<\/script>/)
  })

  it('should not give an HTML comment a slide of its own', () => {
    const { deck: data } = deck('# T\n\nIntro.\n\n<!-- draft: check numbers -->\n\n## S\n\nText.')
    expect(data.outline.map((group) => group.slides.length)).toEqual([1, 1])
  })

  it('should link bare URLs in text, as GitHub does, but not inside links or code', () => {
    const { tree } = deck(
      '# T\n\n## S\n\nSee https://example.com/docs. Or www.example.org, or `https://code.example`.\n\n[https://kept.example](https://kept.example)',
    )
    const links = selectAll('aside.notes a', tree).map((a) => [a.properties.href, text(a)])
    expect(links).toEqual([
      ['https://example.com/docs', 'https://example.com/docs'],
      ['http://www.example.org', 'www.example.org'],
      ['https://kept.example', 'https://kept.example'],
    ])
  })
})

describe('tables', () => {
  it('should see a possible table in every kind of delimiter row, and none without one', () => {
    for (const row of [
      '| - |',
      '|---|:-:|',
      '--- | ---',
      ' :--|--: ',
      '> | --- |',
      '- | --- |',
      '1. | - |',
      '>   * a | b\n>   * --|--',
      '|-\r',
    ]) {
      expect(mayHaveTables(`Text.\n\n${row}\nmore`), row).toBe(true)
    }
    for (const text of ['No pipes at all - just dashes.', 'a | b, with words', '---', '- a\n- b', 'x || y\n\n***']) {
      expect(mayHaveTables(text), text).toBe(false)
    }
  })

  it('should render tables wherever markdown allows them, and pipes as text where there is none', () => {
    const markdown = [
      '# T',
      '',
      '## S',
      '',
      'A pipe | in prose, and a dash - too.',
      '',
      '| a | b |',
      '| - | :-: |',
      '| 1 | 2 |',
      '',
      '> | quoted |',
      '> | --- |',
      '> | cell |',
      '',
      '- item',
      '',
      '  | listed |',
      '  |---|',
      '  | cell |',
    ].join('\n')
    const { tree } = deck(markdown)
    expect(selectAll('table', tree)).toHaveLength(3)
    expect(selectAll('blockquote table, li table', tree)).toHaveLength(2)
    expect(text(select('aside.notes', tree))).toContain('A pipe | in prose')
    // Without a delimiter row, a line of pipes is text, as it always was.
    expect(selectAll('table', deck('# T\n\n## S\n\n| not | a table |\n| really |').tree)).toHaveLength(0)
  })

  // A Jekyll post's table of crates (review 98): kramdown's rule lines showed as rows of dashes, and the one
  // over the header as a paragraph of the notes.
  it('should leave out the rule lines of a kramdown table, over its header and between its rows', () => {
    const markdown = [
      '# T',
      '',
      '## S',
      '',
      '|------+------|',
      '| service | crate |',
      '|------|------|',
      '| audio | cpal |',
      '|------|------|',
      '| midi | midir |',
      '|------|------|',
      '',
      '| x | y |',
      '|---|---|',
      '| - | = |',
    ].join('\n')
    const { tree, html } = deck(markdown)
    expect(html).not.toContain('------')
    const [kramdown, gfm] = selectAll('table', tree)
    expect(selectAll('tr', kramdown).map((row) => text(row).replace(/\s+/g, ' ').trim())).toEqual([
      'service crate',
      'audio cpal',
      'midi midir',
    ])
    // (A row of one dash per cell is a row of a GFM table that says "none": "-" without a rule line's run.)
    expect(selectAll('tr', gfm)).toHaveLength(2)
  })

  // Helm's post comparing declarative tools (review 100): its table's cells showed ":warning:".
  it("should show GitHub's emoji shortcodes as their emoji, outside code, and leave other colons alone", () => {
    const { html } = deck(
      '# T\n\n## S\n\n| Tool | Helm |\n|---|---|\n| Argo | :warning: |\n\nIt works :+1:, but `:warning:` in code stays, as do 10:30:00 and :not_an_emoji:.\n',
    )
    expect(html).toContain('<td>⚠️</td>')
    expect(html).toContain('It works 👍')
    expect(html).toContain('<code>:warning:</code>')
    expect(html).toContain('10:30:00 and :not_an_emoji:')
  })

  // A talk's transcript on a Pelican site (review 99): its delimiter row left the first column's cell empty, as
  // Python-Markdown allows, and the table showed as a key point of pipes.
  it('should read a table whose delimiter row leaves a cell empty, and leave such lines in code alone', () => {
    const markdown = [
      '# T',
      '',
      '## S',
      '',
      '|               | Share | Find | Contextualise |',
      '| -----------   | :---: | :--: |               |',
      '| Chat          | 🙂    | 😐   | 🙁            |',
      '',
      '```',
      '| a | |',
      '| - | |',
      '```',
    ].join('\n')
    const { tree, html } = deck(markdown)
    const table = select('table', tree)
    expect(selectAll('th', table ?? tree).map((cell) => text(cell))).toEqual(['', 'Share', 'Find', 'Contextualise'])
    expect(selectAll('tbody tr', table ?? tree)).toHaveLength(1)
    expect(html).toContain('| - | |')
    // (Only the row right under the header: a body row of dashes and empty cells is the writer's, "none" and blank.)
    expect(deck('# T\n\n## S\n\n| Feature | Old | New |\n|---|---|---|\n| - |   | - |\n').html).not.toContain('---')
  })
})

describe('empty sections', () => {
  it('should keep a slide with the heading of a section that has nothing under it', () => {
    const { deck, tree } = (() => {
      const rendered = renderDeck('# T\n\n## A\n## B\n\nText of B.\n\n## C\n')
      return { ...rendered, tree: parseDeck(rendered.html) }
    })()
    expect(deck.outline.map((group) => [group.title, group.slides.length])).toEqual([
      ['T', 1],
      ['A', 1],
      ['B', 1],
      ['C', 1],
    ])
    expect(slidesOf(tree).map((slide) => text(select('h1, h2', slide)))).toEqual(['T', 'A', 'B', 'C'])
  })

  // 50,000 of them, as in the report of a print that timed out: tests/core/scale.slow.test.ts.
  it('should make no group, and so no blank page, of headings without words', () => {
    const { deck, html } = renderDeck('# T\n\n' + '## \n'.repeat(20) + '\n## Real\n\nText.\n')
    expect(deck.outline.map((group) => group.title)).toEqual(['T', 'Real'])
    expect(html.match(/<section class="lectern-group"/g)).toHaveLength(2)
  })
})

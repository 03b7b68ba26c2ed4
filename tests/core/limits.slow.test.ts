import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { checkDelimiterRuns } from '../../src/core/delimiter-runs.ts'
import { LecternError } from '../../src/core/errors.ts'
import { renderDeck } from '../../src/core/index.ts'

function error(markdown: string): LecternError {
  try {
    renderDeck(new VFile({ path: 'talk.md', value: markdown }))
  } catch (caught) {
    expect(caught).toBeInstanceOf(LecternError)
    return caught as LecternError
  }
  throw new Error('expected a LecternError')
}

describe('pathological articles', () => {
  it('should refuse lists nested past a hundred levels with the line', () => {
    const refused = error('# T\n\n' + '- '.repeat(1000) + 'x\n')
    expect(refused.message).toBe('talk.md:3: lists or block quotes nested deeper than 100 levels; lectern stops here')
    expect(error('>'.repeat(2000) + 'x').line).toBe(1)
    expect(error(Array.from({ length: 3000 }, (_, i) => '>'.repeat(i) + ' a').join('\n')).line).toBe(102)
  })

  it('should render a hundred levels of lists and block quotes', () => {
    expect(renderDeck('## A\n\n' + '- '.repeat(100) + 'deep').html).toContain('deep')
    expect(renderDeck('## A\n\n' + '> - '.repeat(50) + 'deep').html).toContain('deep')
    expect(
      renderDeck('## A\n\n' + Array.from({ length: 100 }, (_, i) => '  '.repeat(i) + '- a').join('\n')).deck.slideCount,
    ).toBeGreaterThan(1)
  })

  it('should refuse thousands of lines nested almost a hundred deep', () => {
    expect(error(Array.from({ length: 3000 }, () => '>'.repeat(99) + ' a').join('\n')).message).toMatch(/too many deeply nested/)
  })

  it('should turn HTML nested past the call stack into one line', () => {
    expect(error('## A\n\n' + '<div>'.repeat(5000)).message).toBe(
      'talk.md: the article nests too deeply to render (HTML elements, lists or emphasis inside one another)',
    )
  })

  it('should refuse an article over 5 MB', () => {
    expect(error('## A\n\n' + 'word '.repeat(1_100_000)).message).toMatch(
      /^talk\.md: the article is 5\.2 MB; lectern renders articles up to 5 MB$/,
    )
  })

  it('should refuse a YAML alias bomb in one line', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [from, to] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
    ])
      levels.push(
        `${to}: &${to} [${Array(9)
          .fill('*' + from)
          .join(', ')}]`,
      )
    const refused = error(`---\n${levels.join('\n')}\ntitle: *g\n---\n\n## A\n\nx\n`)
    expect(refused.message).toMatch(/^talk\.md:\d+: invalid frontmatter \(YAML\): Excessive alias count/)
  })

  it('should render thousands of emphasis markers without running out of stack', () => {
    expect(renderDeck('## A\n\n' + '_a __a '.repeat(5000)).deck.slideCount).toBe(2)
  })

  it('should refuse emphasis nested past a hundred levels with the paragraph’s line', () => {
    const nested = (depth: number, open = '*', close = open) =>
      open + 'a '.concat(open).repeat(depth - 1) + 'a' + (' a' + close).repeat(depth - 1) + ' a' + close
    expect(error('# T\n\nFine.\n\n' + '*a '.repeat(3000) + 'a* '.repeat(3000)).message).toBe(
      'talk.md:5: emphasis or strikethrough nested deeper than 100 levels; lectern stops here',
    )
    expect(error('## A\n\n' + nested(101, '~')).line).toBe(3)
    expect(error('## A\n\n' + nested(101, '_')).line).toBe(3)
    expect(renderDeck('## A\n\n' + nested(100)).html).toContain('<em>a <em>a')
  })

  it('should refuse a paragraph of closing markers that would take the parser minutes', () => {
    for (const run of ['a* ', 'a~ ', '*a* ', 'a~b~ ', '> a* \n', 'a* \n2. a*\n']) {
      expect(error('## A\n\nText.\n\n' + run.repeat(10_000)).message, run).toMatch(
        /^talk\.md:5: too many emphasis or strikethrough markers \(\*, _, ~\) in one paragraph \([\d,]+ that could close, in [\d,]+ characters\) for lectern to render; escape them \(\\\*\) or split the paragraph$/,
      )
    }
  })

  it('should count each list item, table row and heading apart, and skip code and math', () => {
    const fine = [
      '- *a* b\n'.repeat(5_000),
      '1. *a* b\n- *a* b\n'.repeat(2_500),
      '| *a* | b~ |\n| - | - |\n' + '| *a* | b~ |\n'.repeat(5_000),
      '## a* b*\n'.repeat(5_000),
      '`a* a*` '.repeat(5_000),
      '$x^* y^*$ '.repeat(5_000),
      '```\n' + 'a* '.repeat(10_000) + '\n```\n',
      '\\* '.repeat(10_000),
      '*a '.repeat(10_000),
      '_a __a '.repeat(10_000),
    ]
    for (const text of fine) expect(() => checkDelimiterRuns(text, 'talk.md'), text.slice(0, 20)).not.toThrow()
  })

  // Each of these took time in the square of its size (over a minute here, so past the test's
  // timeout): a pattern run from every dash of a long run, a search for each bracket's closer from
  // the sentence's start or walked to from each opener, a search for a footnote's closing ">" from every "<sup".
  it('should render long lines of dashes, thousands of brackets and of unclosed tags in time linear in them', () => {
    const dashes = '-'.repeat(200_000)
    expect(renderDeck(`## A\n\n\`\`\`\n${Array.from({ length: 6 }, () => dashes).join('\n')}\n\`\`\`\n`).deck.slideCount).toBeGreaterThan(0)
    expect(renderDeck(`## A\n\nThe value ${'() '.repeat(60_000)}ends here.\n`).deck.slideCount).toBeGreaterThan(0)
    expect(renderDeck(`## A\n\nThe value in ${'[1, 2] '.repeat(30_000)}ends here.\n`).deck.slideCount).toBeGreaterThan(0)
    expect(renderDeck(`## A\n\nWords ${'<sup a'.repeat(80_000)}\n`).deck.slideCount).toBeGreaterThan(0)
    // (Brackets never closed, each after a word or an operator: a walk to its closer from each one.)
    expect(renderDeck(`## A\n\nThe value is ${'x * ( a( '.repeat(20_000)}here.\n`).deck.slideCount).toBeGreaterThan(0)
  })

  // These too, in the cutting of a point: a quotation's marks counted again before each clause
  // mark, the clauses before each place a cut may start asked again at each, and a pattern for a
  // closing aside tried from each place of a sentence of thousands of short words.
  it('should cut sentences of thousands of clause marks and of short words in time linear in them', () => {
    expect(renderDeck(`## A\n\nWords ${'a—b – 1–2 '.repeat(20_000)}end.\n`).deck.slideCount).toBeGreaterThan(0)
    expect(renderDeck(`## A\n\nWords ${'a---b -- 1--2 '.repeat(20_000)}end.\n`).deck.slideCount).toBeGreaterThan(0)
    expect(renderDeck(`## A\n\nThe value ${'`a` a '.repeat(20_000)}ends here.\n`).deck.slideCount).toBeGreaterThan(0)
    expect(renderDeck(`## A\n\nThe value ${'a '.repeat(40_000)}ends (here).\n`).deck.slideCount).toBeGreaterThan(0)
    // (And the result clause after a sentence's last ", so", found by looking back past spaces only.)
    expect(
      renderDeck(
        `## A\n\nThe parser is built upon an iterator of bytes and words, so we're 48% slower than our max ${'so '.repeat(40_000)}end.\n`,
      ).deck.slideCount,
    ).toBeGreaterThan(0)
  })
})

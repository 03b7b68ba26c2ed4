import type { ElementContent } from 'hast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { findLineSteps, parseLineSteps, splitLines } from '../../src/core/code-steps.ts'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, text } from '../helpers/html.ts'

const lines = (...sets: Array<number[] | 'all'>) => ({ steps: sets.map((set) => (set === 'all' ? 'all' : new Set(set))) })

describe('findLineSteps', () => {
  it('should find Reveal’s braces and brackets after the language, and nothing else', () => {
    expect(findLineSteps('{1-2|4}')).toBe('1-2|4')
    expect(findLineSteps('[1-2|4]')).toBe('1-2|4')
    expect(findLineSteps('title="x" {3}')).toBe('3')
    expect(findLineSteps('[10: 12-13]')).toBe('10: 12-13')
    expect(findLineSteps('{.wide}')).toBeUndefined()
    expect(findLineSteps('{title="a"}')).toBeUndefined()
    expect(findLineSteps(undefined)).toBeUndefined()
    expect(findLineSteps('x{1}')).toBeUndefined()
  })
})

describe('parseLineSteps', () => {
  it('should read single lines, ranges and lists, one step per |', () => {
    expect(parseLineSteps('1-2|4', 5)).toEqual(lines([1, 2], [4]))
    expect(parseLineSteps('1,3', 3)).toEqual(lines([1, 3]))
    expect(parseLineSteps(' 2 - 3 , 5 | 1 ', 5)).toEqual(lines([2, 3, 5], [1]))
  })

  it('should read an empty step as no line singled out', () => {
    expect(parseLineSteps('|2', 3)).toEqual(lines('all', [2]))
    expect(parseLineSteps('', 3)).toEqual(lines('all'))
  })

  it('should count from a first line number when given one', () => {
    expect(parseLineSteps('10: 11|12', 3)).toEqual(lines([2], [3]))
    expect(parseLineSteps('10: 13', 3)).toEqual({ problem: 'line 13 is outside the block (lines 10 to 12)' })
  })

  it('should say what is wrong with a bad range', () => {
    expect(parseLineSteps('9', 2)).toEqual({ problem: 'line 9 is outside the block (lines 1 to 2)' })
    expect(parseLineSteps('0', 2)).toEqual({ problem: 'line 0 is outside the block (lines 1 to 2)' })
    expect(parseLineSteps('3-1', 4)).toEqual({ problem: 'the range 3-1 runs backwards' })
    expect(parseLineSteps('1--2', 4)).toEqual({ problem: '`1--2` is not a line number or a range such as 2-4' })
    expect(parseLineSteps('1,,2', 4)).toEqual({ problem: '`,` is not a line number or a range such as 2-4' })
    expect(parseLineSteps(Array(17).fill('1').join('|'), 2)).toEqual({ problem: 'it has 17 steps; lectern shows at most 16' })
  })
})

describe('splitLines', () => {
  const span = (className: string, children: ElementContent[]): ElementContent => ({
    type: 'element',
    tagName: 'span',
    properties: { className: [className] },
    children,
  })

  it('should cut a span that runs over lines into one copy per line, keeping its class', () => {
    const cut = splitLines([
      { type: 'text', value: 'a = ' },
      span('c', [{ type: 'text', value: '/* x\ny */' }]),
      { type: 'text', value: '\nb\n' },
    ])
    expect(cut).toEqual([
      [{ type: 'text', value: 'a = ' }, span('c', [{ type: 'text', value: '/* x' }])],
      [span('c', [{ type: 'text', value: 'y */' }])],
      [{ type: 'text', value: 'b' }],
      [],
    ])
  })
})

function render(markdown: string) {
  return renderDeck(new VFile({ path: 'talk.md', value: `# Talk\n\n${markdown}` }))
}

const stepped = `## Code

The loop below sums the array and prints what it found, once at the end.

\`\`\`js {1-2|4}
let sum = 0
/* add
   each */
console.log(sum)
\`\`\`
`

describe('line steps in the deck', () => {
  it('should mark each line with the steps that emphasise it, and a fragment per later step', () => {
    const { html, file } = render(stepped)
    expect(file.messages).toEqual([])
    const pre = select('pre', parseDeck(html))!
    expect(pre.properties.className).toEqual(['lectern-code-steps'])
    expect(selectAll('code > .fragment', pre).map((marker) => marker.properties.className)).toEqual([
      ['fragment', 'lectern-step', 'lectern-step-2'],
    ])
    const marked = selectAll('code > .lectern-line', pre).map((line) => [text(line), (line.properties.className as string[]).slice(1)])
    expect(marked).toEqual([
      ['let sum = 0', ['lectern-on-1']],
      ['/* add', ['lectern-on-1']],
      ['each */', []],
      ['console.log(sum)', ['lectern-on-2']],
    ])
    // Highlighting kept: the comment is a comment on both of its lines.
    expect(selectAll('.lectern-line > .hljs-comment', pre)).toHaveLength(2)
    // The code reads the same as without steps.
    expect(text(select('code', pre)!)).toBe(text(select('code', parseDeck(render(stepped.replace(' {1-2|4}', '')).html))!))
  })

  it('should only emphasise the lines of {1,3}, with no fragment', () => {
    const pre = select('pre', parseDeck(render(stepped.replace('{1-2|4}', '{1,3}')).html))!
    expect(pre.properties.className).toEqual(['lectern-code-lines'])
    expect(selectAll('.fragment', pre)).toEqual([])
    expect(selectAll('.lectern-on-1', pre).map((line) => text(line))).toEqual(['let sum = 0', 'each */'])
  })

  it('should warn at the block’s line about bad steps and show it plain', () => {
    const { html, file } = render(stepped.replace('{1-2|4}', '{1-2|7}'))
    expect(file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)).toEqual([
      '7:1: Line steps `1-2|7` ignored: line 7 is outside the block (lines 1 to 4)',
    ])
    expect(html).not.toContain('lectern-line')
  })

  it('should warn about steps on a block too long for one slide, and show its start plain', () => {
    const long = Array.from({ length: 40 }, (_, index) => `print(${index})`).join('\n')
    const { html, file } = render(`## Long\n\n\`\`\`python {1|2}\n${long}\n\`\`\`\n`)
    expect(file.messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([
      '5: Line steps `1|2` ignored: the block is too long for one slide',
    ])
    expect(html).not.toContain('lectern-line')
  })

  it('should keep the steps of a long block inside a list item, which goes whole with its item', () => {
    const long = Array.from({ length: 20 }, (_, index) => `  print(${index})`).join('\n')
    const { html, file } = render(`## Long\n\n- Step one\n\n  \`\`\`python {1|2}\n${long}\n  \`\`\`\n`)
    expect(file.messages).toEqual([])
    expect(selectAll('.lectern-line', parseDeck(html))).toHaveLength(20)
  })
})

describe("CodeHilite's language line", () => {
  it('should read "::python" over an indented listing as its language, not a line of its code', () => {
    // A French Pelican blog (review 87): every listing opened on "::python" or "::console".
    const html = renderDeck(
      [
        '---',
        'title: T',
        '---',
        '',
        '## Code',
        '',
        'Un test classique :',
        '',
        '    ::python',
        '    import sys',
        '    print(sys.argv)',
        '',
      ].join('\n'),
    ).html
    expect(html).toContain('language-python')
    expect(html).not.toContain('::python')
    // (A listing that only opens with colons in its code keeps them: "::" alone names nothing.)
    expect(renderDeck('# T\n\n## C\n\n    :: not a language\n    x = 1\n').html).toContain(':: not a language')
  })
})

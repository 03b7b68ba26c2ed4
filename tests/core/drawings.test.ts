import type { Code } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { isDrawing } from '../../src/core/drawings.ts'
import { splitVisual } from '../../src/core/split-visual.ts'
import { parseDeck, selectAll } from '../helpers/html.ts'

/*
 * Text drawings (boxes and arrows typed in a code block, as DataFusion's aggregation post draws
 * its hash tables, review 51) are shown whole: cut across two slides they lose their shape.
 */

const code = (value: string, lang?: string): Code => ({ type: 'code', lang, value })
const boxes = (rows: number) =>
  Array.from({ length: rows }, (_, row) =>
    row % 4 === 0 ? '+-----------+      +-----------+' : `| step ${row}    | ---> | result ${row}  |`,
  ).join('\n')

describe('text drawings', () => {
  it('should tell a drawing of boxes and arrows from code and prose', () => {
    expect(isDrawing(code(boxes(12)))).toBe(true)
    expect(isDrawing(code(boxes(12), 'text'))).toBe(true)
    expect(
      isDrawing(code(['┌───────┐', '│ core A │', '└───┬───┘', '    │', '    ▼', '┌───────┐', '│ merge  │', '└───────┘'].join('\n'))),
    ).toBe(true)
    // (Code in a language is code, whatever its comments draw; a few lines need no care.)
    expect(isDrawing(code(boxes(12), 'rust'))).toBe(false)
    expect(isDrawing(code(boxes(4)))).toBe(false)
    expect(isDrawing(code(Array.from({ length: 12 }, (_, line) => `let x${line} = compute(${line});`).join('\n')))).toBe(false)
  })

  it('should never split a drawing a slide can show at its floor, and split one past it', () => {
    expect(splitVisual(code(boxes(34)))).toHaveLength(1)
    expect((splitVisual(code(boxes(34)))[0] as Code).data?.hProperties?.className).toEqual(['lectern-drawing'])
    // (A terminal's table of 90 rows is cut as any code is.)
    expect(splitVisual(code(boxes(90))).length).toBeGreaterThan(1)
  })

  it('should mark the drawing in the deck, for the deck app to shrink its slide further than prose', () => {
    const html = renderDeck(
      new VFile({ path: 'post.md', value: `# T\n\n## Phases\n\nEach core groups its rows.\n\n\`\`\`\n${boxes(30)}\n\`\`\`\n` }),
    ).html
    const drawn = selectAll('code.lectern-drawing', parseDeck(html))
    expect(drawn).toHaveLength(1)
  })
})

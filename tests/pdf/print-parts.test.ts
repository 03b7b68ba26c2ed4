import { describe, expect, it } from 'vitest'
import { splitForPrinting } from '../../src/pdf/print-parts.ts'

const groups = (...sizes: number[]) => sizes.map((size) => ({ slides: Array.from({ length: size }, () => ({})) }))

describe('splitForPrinting', () => {
  it('should cut between slide groups, as evenly as the groups allow', () => {
    expect(splitForPrinting(groups(1, 1, 1, 1), 2)).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 4 },
    ])
    expect(splitForPrinting(groups(1, 3, 1, 1, 2), 2)).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 8 },
    ])
    expect(splitForPrinting(groups(2, 2, 2, 2, 2, 2), 3)).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 8 },
      { from: 9, to: 12 },
    ])
  })

  it('should never split a group, so fewer parts than asked when groups are few', () => {
    expect(splitForPrinting(groups(5, 1), 3)).toEqual([
      { from: 1, to: 5 },
      { from: 6, to: 6 },
    ])
    expect(splitForPrinting(groups(7), 4)).toEqual([{ from: 1, to: 7 }])
  })

  it('should cover every slide once, in order', () => {
    const outline = groups(1, 2, 3, 1, 1, 4, 2, 2, 1, 5)
    for (const parts of [1, 2, 3, 4]) {
      const ranges = splitForPrinting(outline, parts)
      expect(ranges[0].from).toBe(1)
      expect(ranges.at(-1)!.to).toBe(22)
      ranges.slice(1).forEach((range, index) => expect(range.from).toBe(ranges[index].to + 1))
    }
  })
})

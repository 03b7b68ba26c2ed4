import { describe, expect, it } from 'vitest'
import { balancedCuts } from '../../src/core/split-visual.ts'

/** The heaviest run and the sum of squared run weights of `weights` cut at `cuts`. */
function measure(weights: number[], cuts: number[]): [number, number] {
  const bounds = [0, ...cuts, weights.length]
  const runs = bounds.slice(1).map((end, index) => weights.slice(bounds[index], end).reduce((sum, weight) => sum + weight, 0))
  return [Math.max(...runs), runs.reduce((sum, run) => sum + run * run, 0)]
}

/** Every way to cut `n` weights into `count` runs, each a list of where runs after the first start. */
function everyCut(n: number, count: number, from = 1): number[][] {
  if (count === 1) return [[]]
  const all: number[][] = []
  for (let cut = from; cut <= n - count + 1; cut++) for (const rest of everyCut(n, count - 1, cut + 1)) all.push([cut, ...rest])
  return all
}

/** A small generator of pseudo-random numbers, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe('balancedCuts', () => {
  it('should find the split whose heaviest run is lightest, as trying every split does', () => {
    const next = random(7)
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(next() * 9)
      // Line counts as blocks weigh: whole lines, a list item's fifth of a line, a quote's half, an empty unit's hundredth.
      const weights = Array.from(
        { length: n },
        () => [Math.ceil(next() * 5), Math.ceil(next() * 5) + 0.2, 0.5, 0.01][Math.floor(next() * 4)],
      )
      const count = 2 + Math.floor(next() * (n - 1))
      const lightest = Math.min(...everyCut(n, count).map((cuts) => measure(weights, cuts)[0]))
      const cuts = balancedCuts(weights, count)
      expect(cuts).toHaveLength(count - 1)
      expect(measure(weights, cuts)[0]).toBeCloseTo(lightest, 6)
    }
  })

  it('should make the runs as even as it can within the lightest heaviest run', () => {
    // Heaviest 6 either way: 6 | 3 3 | 3 3 is more even than 6 | 3 | 3 3 3 (and 6 | 3 3 3 | 3 is too heavy).
    expect(balancedCuts([6, 3, 3, 3, 3], 3)).toEqual([1, 3])
    expect(balancedCuts([2, 2, 2, 2, 2, 2], 3)).toEqual([2, 4])
  })

  it('should keep a block that must start a run at a run start, and a block that may not stand alone out of a run of one', () => {
    const weights = [1, 1, 1, 1, 1, 1, 1, 1]
    const cuts = balancedCuts(
      weights,
      4,
      (index) => index !== 3,
      (index) => index === 5,
    )
    expect(cuts).toContain(5)
    const bounds = [0, ...cuts, weights.length]
    expect(bounds.slice(1).every((end, index) => end - bounds[index] > 1 || bounds[index] !== 3)).toBe(true)
    expect(cuts).toHaveLength(3)
  })

  it('should weigh a number of candidate runs that grows about as the weights do, not as their square', () => {
    // Each run of one block asks whether that block may stand alone: a count of the runs weighed.
    const weighed = (n: number) => {
      let asked = 0
      balancedCuts(
        Array.from({ length: n }, () => 1),
        Math.ceil(n / 6),
        () => {
          asked++
          return true
        },
      )
      return asked
    }
    // Trying every split, ten times the blocks ask a hundred times as often.
    expect(weighed(2000) / weighed(200)).toBeLessThan(30)
  })
})

import { describe, expect, it } from 'vitest'
import { centralities } from '../../src/core/key-points/score.ts'

/** The definition, one map per sentence: TF-IDF cosine to the centroid of the other sentences. */
function reference(sentences: string[][]): number[] {
  const frequency = new Map<string, number>()
  for (const terms of sentences) for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  const vectors = sentences.map((terms) => {
    const vector = new Map<string, number>()
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1)
    for (const [term, tf] of vector) vector.set(term, tf * Math.log(1 + sentences.length / frequency.get(term)!))
    return vector
  })
  return vectors.map((vector, index) => {
    const others = new Map<string, number>()
    for (const [at, other] of vectors.entries())
      if (at !== index) for (const [term, weight] of other) others.set(term, (others.get(term) ?? 0) + weight)
    let dot = 0
    let norm = 0
    let othersNorm = 0
    for (const [term, weight] of vector) dot += weight * (others.get(term) ?? 0)
    for (const weight of vector.values()) norm += weight * weight
    for (const weight of others.values()) othersNorm += weight * weight
    return norm > 0 && othersNorm > 1e-9 ? dot / Math.sqrt(norm * othersNorm) : 0
  })
}

describe('centralities', () => {
  it('ranks a sentence by the terms it shares with the rest of its section, counting repeats', () => {
    const sentences = [
      ['garbag', 'collector', 'heap'],
      ['heap', 'heap', 'garbag', 'pause'],
      ['collector', 'pause', 'latenc', 'garbag'],
      ['kitten'],
      [],
    ]
    const found = centralities(sentences)
    const expected = reference(sentences)
    for (const [index, value] of found.entries()) expect(value).toBeCloseTo(expected[index], 12)
    expect(found[3]).toBe(0)
    expect(found[4]).toBe(0)
    expect(found[2]).toBeGreaterThan(found[0] * 0.5)
  })

  it('gives nothing for an empty section or a single sentence', () => {
    expect(centralities([])).toEqual([])
    expect(centralities([['heap', 'pause']])).toEqual([0])
  })
})

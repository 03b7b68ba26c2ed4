import { stemmer } from 'stemmer'
import { isCjk, wordsOf } from './text.ts'

/** A sentence's content words, stemmed: what similarity between sentences is measured on. */
export function termsOf(text: string, lang: string): string[] {
  const cjk = isCjk(text)
  const english = lang.toLowerCase().startsWith('en')
  const terms: string[] = []
  for (const word of wordsOf(text, lang)) {
    // Short words are mostly function words in space-separated scripts; the weighting below
    // takes care of the rest, so no stop-word list is needed.
    if (!cjk && (word.length <= 3 || (!isAsciiLetter(word.charCodeAt(0)) && /^[\p{N}]+$/u.test(word)))) continue
    const lower = word.toLowerCase()
    terms.push(english ? stem(lower) : lower)
  }
  return terms
}

/** Whether a UTF-16 code unit is a Latin letter A–Z or a–z: a word opening on one is no number, and needs no pattern to say so. */
function isAsciiLetter(code: number): boolean {
  const lower = code | 32
  return lower >= 97 && lower <= 122
}

// Stemming is the costly part of the terms, and a text repeats its words: remember them.
const stems = new Map<string, string>()
function stem(word: string): string {
  let found = stems.get(word)
  if (found === undefined) {
    if (stems.size > 100_000) stems.clear()
    found = stemmer(word)
    stems.set(word, found)
  }
  return found
}

/**
 * Centrality of each sentence in a section, from 0 to 1: its TF-IDF similarity to the
 * section's centroid (MEAD/LexRank-style), the sentence itself left out. Linear in the
 * section's length, where pairwise LexRank would be quadratic.
 */
export function centralities(sentences: string[][]): number[] {
  // Each term is numbered in the order it first appears, and a sentence is its distinct terms
  // in that order with their counts: arrays instead of a map per sentence (a long article's
  // sections hold thousands of sentences). Every sum adds in the order the maps did.
  const ids = new Map<string, number>()
  const frequency: number[] = []
  const lastSeen: number[] = []
  const slot: number[] = []
  const vectors = sentences.map((terms, index) => {
    const distinct: number[] = []
    const weights: number[] = []
    for (const term of terms) {
      let id = ids.get(term)
      if (id === undefined) {
        id = ids.size
        ids.set(term, id)
        frequency.push(0)
        lastSeen.push(-1)
        slot.push(0)
      }
      if (lastSeen[id] === index) {
        weights[slot[id]]++
        continue
      }
      lastSeen[id] = index
      frequency[id]++
      slot[id] = distinct.length
      distinct.push(id)
      weights.push(1)
    }
    return { distinct, weights }
  })
  const count = sentences.length
  const centroid = new Float64Array(ids.size)
  for (const { distinct, weights } of vectors) {
    for (let at = 0; at < distinct.length; at++) {
      weights[at] *= Math.log(1 + count / frequency[distinct[at]])
      centroid[distinct[at]] += weights[at]
    }
  }
  let centroidNorm = 0
  for (const weight of centroid) centroidNorm += weight * weight
  return vectors.map(({ distinct, weights }) => {
    // The centroid of the other sentences is c − v: |c − v|² = |c|² − 2 c·v + |v|².
    let dot = 0
    let norm = 0
    for (let at = 0; at < distinct.length; at++) {
      dot += weights[at] * centroid[distinct[at]]
      norm += weights[at] * weights[at]
    }
    const rest = centroidNorm - 2 * dot + norm
    return norm > 0 && rest > 1e-9 ? (dot - norm) / Math.sqrt(norm * rest) : 0
  })
}

/** Share of `terms` found among `others` (0 when there are none). */
export function overlap(terms: string[], others: Set<string>): number {
  if (terms.length === 0) return 0
  return terms.filter((term) => others.has(term)).length / terms.length
}

/** Jaccard similarity of two term lists: near-duplicate points score above about 0.75. */
export function similarity(a: string[], b: string[]): number {
  return jaccard(new Set(a), new Set(b))
}

/** {@link similarity} of two sets of terms, for sets compared with many others. */
export function jaccard(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const term of left) if (right.has(term)) shared++
  return shared / (left.size + right.size - shared)
}

import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { lexiconLines, lexiconModule, sortedLexicon } from '../../bin/ensure-lib.js'

const lexicon: Record<string, string[]> = createRequire(import.meta.url)('pos/lexicon')

/** The same array of tags, or the very same value (undefined, or what every object has). */
function sameTags(mine: unknown, theirs: unknown): boolean {
  if (!Array.isArray(mine) || !Array.isArray(theirs)) return mine === theirs
  return mine.length === theirs.length && mine.every((tag, index) => tag === theirs[index])
}

describe('the lexicon lib/ ships', () => {
  const sorted = sortedLexicon(lexiconLines(lexicon))

  it('should give every word of pos’s lexicon its tags, in order', () => {
    const words = Object.keys(lexicon)
    expect(words.length).toBeGreaterThan(90_000)
    expect(words.filter((word) => !sameTags(sorted[word], lexicon[word]))).toEqual([])
  })

  it('should give any other key what pos’s lexicon gives: nothing, or what every object has', () => {
    // Every third word, changed so that it sorts just before or after, or not at all.
    const words = Object.keys(lexicon).filter((_, index) => index % 3 === 0)
    const others = [
      ...words.map((word) => `${word}x`),
      ...words.map((word) => word.slice(0, -1)),
      ...words.map((word) => word.toUpperCase()),
      ...['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'Zürich', 'a b', 'the ', '\uffff', '!'],
    ]
    expect(others.filter((key) => !sameTags(sorted[key], lexicon[key]) || key in sorted !== key in lexicon)).toEqual([])
  })

  it('should be a module that exports it', () => {
    const module = { exports: {} as Record<string, unknown> }
    new Function('module', lexiconModule({ the: ['DT'], dog: ['NN', 'VB'] }))(module)
    expect(module.exports.dog).toEqual(['NN', 'VB'])
    expect(module.exports.the).toEqual(['DT'])
    expect(module.exports.cat).toBeUndefined()
  })
})

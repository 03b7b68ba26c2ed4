import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tagWithPos, tagWords } from '../../src/core/key-points/tagging.ts'

const corpus = join(import.meta.dirname, '../fixtures/articles')

describe('part-of-speech tags', () => {
  it('should tag every sentence of the corpus exactly as pos’s Tagger does', () => {
    let compared = 0
    for (const name of readdirSync(corpus).filter((each) => !each.includes('.'))) {
      const file = readdirSync(join(corpus, name)).find((each) => /^index\.(md|html|txt)$/.test(each))
      if (!file) continue
      for (const sentence of readFileSync(join(corpus, name, file), 'utf8').split(/[.!?\n]\s+/)) {
        const words = sentence.match(/[\p{L}\p{M}\p{N}_'’.-]+/gu) ?? []
        if (words.length === 0) continue
        expect(tagWords(words)).toEqual(tagWithPos(words))
        compared += words.length
      }
    }
    expect(compared).toBeGreaterThan(50_000)
  })

  it('should tag words the tagger’s rules treat specially as it does', () => {
    const words = [
      'The',
      'constructor',
      'would',
      'embedded',
      'the',
      'used',
      'node.js',
      '3.5',
      '__proto__',
      'a',
      'x',
      'Really',
      'proposal',
      'things',
    ]
    expect(tagWords(words)).toEqual(tagWithPos(words))
    expect(tagWords(['I', 'would', 'test', 'it'])).toEqual(tagWithPos(['I', 'would', 'test', 'it']))
  })
})

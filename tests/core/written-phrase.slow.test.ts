import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WrittenPhrase } from '../../src/core/written-phrase.ts'

/** The one pattern that finds a phrase as written, letter classes and all: what `WrittenPhrase` must agree with. */
function pattern(phrase: string, after = ''): RegExp {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])${after}`, 'iu')
}

const object = String.raw`\s+(?:the|a|an|all|its)(?![\p{L}\p{N}])`
const sticky = new RegExp(`(?![\\p{L}\\p{N}])${object}`, 'iuy')

// Letters in both cases, ones whose case folds onto an ASCII letter (ſ, the Kelvin sign), digits,
// a combining mark that folds onto a Greek letter, letters and marks beyond the BMP, lone
// surrogates, spaces and punctuation: where a word's edge is easy to misplace.
const piece = fc.constantFrom(...'a|A|n|all|the|The|s|S|ſ|k|K|\u212a|1|٣|\u0345|ι|𝐀|😀|\ud83d|\ude00| |  |\n|-|.|,|(|)|+|?'.split('|'))
const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''))
const phrase = fc
  .array(fc.constantFrom('a', 'A', 's', 'ſ', 'k', 'K', '1', 'the', '𝐀', '+', '.', '(', 'an'), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '))

/*
 * Compiling the reference pattern for every case is the very cost `WrittenPhrase` avoids: thousands
 * of cases take seconds, so these run in the `slow` project (see written-phrase.test.ts for the unit test).
 */
describe('a phrase as written, against the pattern', () => {
  it('should be found where the pattern with letter classes before and after it finds it', () => {
    fc.assert(
      fc.property(phrase, text, (words, written) => {
        expect(new WrittenPhrase(words).test(written)).toBe(pattern(words).test(written))
      }),
      { numRuns: 3000 },
    )
  })

  it('should be found before an object where the pattern with the object after it finds it', () => {
    fc.assert(
      fc.property(phrase, text, (words, written) => {
        expect(new WrittenPhrase(words).testBefore(written, sticky)).toBe(pattern(words, object).test(written))
      }),
      { numRuns: 3000 },
    )
  })
})

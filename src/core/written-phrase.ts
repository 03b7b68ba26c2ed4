import { escapeRegExp } from './regexp.ts'

/*
 * A phrase as written in a text: its words in a row, in any case, with no letter or digit right
 * before or after them. A pattern with that test in it, `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`
 * with the flags `iu`, finds the same places; but every such pattern compiles its Unicode classes
 * again, which costs far more than the search when a long section tries a new keyphrase for each
 * of its topics (docs/benchmarks.md). Here only the words make a pattern of their own; the test
 * before and after them is one pattern, made once.
 */

/** A letter or digit in any script, in any case (as the `iu` flags read the class). */
const letterOrDigit = /[\p{L}\p{N}]/iu

/** How far before a phrase `testAfter` looks: a few short words. */
const lookBehind = 40

/** Where a phrase is found in a text as written (see the top of this file). */
export class WrittenPhrase {
  readonly #words: RegExp

  constructor(phrase: string) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp)
    this.#words = new RegExp(words.join('\\s+'), 'giu')
  }

  /** Whether `text` says the phrase. */
  test(text: string): boolean {
    return this.#find(text, (_, end) => !letterOrDigit.test(codePointAt(text, end)))
  }

  /** Whether `text` says the phrase with what `after` (a sticky pattern) matches right after it. */
  testBefore(text: string, after: RegExp): boolean {
    return this.#find(text, (_, end) => {
      after.lastIndex = end
      return after.test(text)
    })
  }

  /** Whether `text` says the phrase right after what `before` (a pattern anchored at its end) matches. */
  testAfter(text: string, before: RegExp): boolean {
    return this.#find(
      text,
      (start, end) => !letterOrDigit.test(codePointAt(text, end)) && before.test(text.slice(Math.max(0, start - lookBehind), start)),
    )
  }

  /** Whether `text` says the phrase at a place `accepts` (from the phrase's first character to past its last). */
  testWhere(text: string, accepts: (start: number, end: number) => boolean): boolean {
    return this.#find(text, (start, end) => !letterOrDigit.test(codePointAt(text, end)) && accepts(start, end))
  }

  /** Whether the phrase's words are found in `text` with no letter or digit before them, where `accepts` the place. */
  #find(text: string, accepts: (start: number, end: number) => boolean): boolean {
    const words = this.#words
    words.lastIndex = 0
    for (let found = words.exec(text); found !== null; found = words.exec(text)) {
      const start = found.index
      if (!letterOrDigit.test(codePointBefore(text, start)) && accepts(start, start + found[0].length)) return true
      // (The words may be found again further on: the next start is the next character's.)
      words.lastIndex = start + Math.max(1, codePointAt(text, start).length)
    }
    return false
  }
}

const isLead = (code: number) => code >= 0xd800 && code <= 0xdbff
const isTrail = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The character (code point) that starts at `index`, or '' at the end. */
function codePointAt(text: string, index: number): string {
  return isLead(text.charCodeAt(index)) && isTrail(text.charCodeAt(index + 1)) ? text.slice(index, index + 2) : text.charAt(index)
}

/** The character (code point) that ends at `index`, or '' at the start. */
function codePointBefore(text: string, index: number): string {
  if (index === 0) return ''
  return index >= 2 && isTrail(text.charCodeAt(index - 1)) && isLead(text.charCodeAt(index - 2))
    ? text.slice(index - 2, index)
    : text.charAt(index - 1)
}

/*
 * The characters of Chinese and Japanese, written without spaces between words: ideographs, kana
 * (with the long-vowel mark and middle dot, "ー" and "・", which Unicode gives to no one script:
 * the `scx` property counts them in), CJK punctuation and full-width forms. Not Hangul: Korean
 * sets spaces between its words. Tested on whole characters, so an ideograph outside the Basic
 * Multilingual Plane ("𠮟") is one too.
 */

/** The class of such a character, to build patterns with. */
export const wideClass = String.raw`[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\u3000-\u303f\uff00-\uffef]`

const wide = new RegExp(wideClass, 'u')
const opening = new RegExp(`^${wideClass}`, 'u')
const closing = new RegExp(`${wideClass}$`, 'u')

/** Whether a text holds such a character. */
export const holdsWide = (text: string) => wide.test(text)
/** Whether a text opens on such a character. */
export const opensWide = (text: string) => opening.test(text)
/** Whether a text ends on such a character. */
export const endsWide = (text: string) => closing.test(text)

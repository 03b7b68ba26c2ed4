/**
 * Which writing systems a text uses, and which way it runs. Pure: Unicode's Script property
 * (`\p{Script=…}`), no tables of our own.
 */

/** Scripts written right to left, as Unicode names them. */
const rtlScript =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u

/** Languages written right to left (BCP 47 primary subtags): `lang: ar` makes the whole deck run right to left. */
const rtlLanguages = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha-arab', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi'])

/** A letter, of any script: the characters that decide a direction (digits and punctuation do not). */
const letter = /\p{L}/u

/** `ltr` or `rtl`, the way a language is written; `ltr` for any language not known to run right to left. */
export function languageDirection(lang: string): 'ltr' | 'rtl' {
  const tag = lang.trim().toLowerCase()
  const primary = tag.split(/[-_]/)[0]
  return rtlLanguages.has(primary) || rtlLanguages.has(tag.split(/[-_]/).slice(0, 2).join('-')) || /[-_]arab\b|[-_]hebr\b/.test(tag)
    ? 'rtl'
    : 'ltr'
}

/**
 * The direction most of a text's letters run, or `undefined` when it has no letters (a
 * number, a symbol) and should follow its surroundings.
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  let rtl = 0
  let ltr = 0
  for (const char of text) {
    if (rtlScript.test(char)) rtl++
    else if (letter.test(char)) ltr++
  }
  if (rtl === 0 && ltr === 0) return undefined
  return rtl > ltr ? 'rtl' : 'ltr'
}

/** Whether any character of the text belongs to a right-to-left script (a cheap test before walking a tree). */
export function hasRtlScript(text: string): boolean {
  return rtlScript.test(text)
}

/**
 * The scripts a text's characters belong to, by Unicode's names (`Latin`, `Han`, `Arabic`,
 * `Devanagari`, …), plus `Emoji` for pictographs (😀, 🚀) that are not letters of any script.
 * `Common` and `Inherited` (digits, punctuation, combining marks) are left out.
 */
export function scriptsOf(text: string): Set<string> {
  const scripts = new Set<string>()
  for (const char of distinctCharacters(text)) {
    const script = scriptOf(char)
    if (script) scripts.add(script)
  }
  return scripts
}

/**
 * The script of one character (see {@link scriptsOf}), or `undefined` for one that belongs
 * to none in particular. A JavaScript regular expression can test a script but not name
 * one, so the names lectern's fonts care about are tried in turn, then the rest by block.
 */
export function scriptOf(char: string): string | undefined {
  for (const [name, pattern] of knownScripts) if (pattern.test(char)) return name
  // Pictographs below U+2600 (™, ‼, ↔) are text symbols unless Unicode says they show as emoji.
  if (/\p{Emoji_Presentation}/u.test(char) || (/\p{Extended_Pictographic}/u.test(char) && char.codePointAt(0)! >= 0x2600)) return 'Emoji'
  if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(char)) return undefined
  return 'Other'
}

const knownScripts: Array<[string, RegExp]> = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
  'Syriac',
  'Thaana',
  'Nko',
  'Armenian',
  'Georgian',
  'Ethiopic',
  'Gujarati',
  'Gurmukhi',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Khmer',
  'Lao',
  'Myanmar',
  'Tibetan',
].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')])

/**
 * The distinct characters of a text, in order of first use. `new Set(text)` makes a string
 * of every character of a long deck's megabytes; this looks at their codes.
 */
export function distinctCharacters(text: string): string[] {
  const seen = new Uint8Array(0x10000)
  const astral = new Set<number>()
  const order: string[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        index++
        if (!astral.has(codePoint)) {
          astral.add(codePoint)
          order.push(String.fromCodePoint(codePoint))
        }
        continue
      }
    }
    if (seen[code]) continue
    seen[code] = 1
    order.push(String.fromCharCode(code))
  }
  return order
}

/**
 * The fonts a deck carries for scripts lectern's own families do not cover (Arabic, Hebrew,
 * Devanagari, Chinese, emoji, …), and the choice of which of their files a deck needs. Pure:
 * the build reads the Fontsource stylesheets and copies the files.
 *
 * Each family is split by Fontsource into faces by `unicode-range` (Noto Sans SC into about a
 * hundred), so a Chinese deck copies only the faces holding its characters, and an English
 * deck copies none. Static faces only, as for the bundled fonts (see scripts/fonts.ts):
 * Chromium embeds a variable font in a PDF as nameless Type 3 outlines. The emoji font is
 * Noto Emoji, in outline: Chromium prints a colour emoji font's glyphs as Type 3 pictures.
 */
import { distinctCharacters, scriptOf } from '../core/scripts.ts'

/** A fallback family: a Fontsource package and the scripts it is shipped for. */
export interface ScriptFont {
  /** The Fontsource package, `@fontsource/<id>`. */
  id: string
  family: string
  /** Scripts (as `scriptOf` names them, `Common` for symbols) whose use in a deck ships this family. */
  scripts: string[]
  /** Static weights copied: regular for text, bold for headings and `**bold**`. */
  weights: number[]
}

/**
 * In the order of `--lectern-script-fonts`, the order the browser tries them in; a character
 * two families share (punctuation) comes from the first one a deck ships.
 */
export const scriptFonts: ScriptFont[] = [
  { id: 'noto-sans-arabic', family: 'Noto Sans Arabic', scripts: ['Arabic'], weights: [400, 700] },
  { id: 'noto-sans-hebrew', family: 'Noto Sans Hebrew', scripts: ['Hebrew'], weights: [400, 700] },
  { id: 'noto-sans-devanagari', family: 'Noto Sans Devanagari', scripts: ['Devanagari'], weights: [400, 700] },
  { id: 'noto-sans-bengali', family: 'Noto Sans Bengali', scripts: ['Bengali'], weights: [400, 700] },
  { id: 'noto-sans-tamil', family: 'Noto Sans Tamil', scripts: ['Tamil'], weights: [400, 700] },
  { id: 'noto-sans-thai', family: 'Noto Sans Thai', scripts: ['Thai'], weights: [400, 700] },
  // Noto Sans SC holds kana, so it serves Japanese too (one package instead of two, each 50-80 MB
  // installed), but only a few dozen of hangul's syllables: a Korean deck would be mostly empty
  // boxes. Korean ships Noto Sans KR, first, so its hanja come from the same family as its hangul.
  { id: 'noto-sans-kr', family: 'Noto Sans KR', scripts: ['Hangul'], weights: [400, 700] },
  { id: 'noto-sans-sc', family: 'Noto Sans SC', scripts: ['Han', 'Hiragana', 'Katakana', 'Bopomofo'], weights: [400, 700] },
  { id: 'noto-emoji', family: 'Noto Emoji', scripts: ['Emoji'], weights: [400] },
  // Arrows, maths, sub- and superscripts, dingbats and the footnotes' ↩: characters of no script in particular.
  { id: 'noto-sans-symbols-2', family: 'Noto Sans Symbols 2', scripts: ['Common'], weights: [400] },
]

/** The value of `--lectern-script-fonts`: every fallback family, quoted, in order. */
export const scriptFontFamilies = scriptFonts.map((font) => `'${font.family}'`).join(', ')

/** One `@font-face` rule of a stylesheet, as far as choosing it goes. */
export interface FontFace {
  family: string
  style: string
  weight: number
  /** The woff2 file, as the stylesheet names it. */
  file: string
  /** Code points it covers: inclusive `[first, last]` pairs. */
  ranges: Array<[number, number]>
}

/** The `@font-face` rules of a stylesheet that have a woff2 file (Fontsource's, or lectern's fonts.css). */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = []
  for (const [, body] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const declarations = new Map<string, string>()
    for (const declaration of body.split(';')) {
      const colon = declaration.indexOf(':')
      if (colon > 0) declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim())
    }
    const file = /url\(['"]?([^'")]+\.woff2)['"]?\)/.exec(declarations.get('src') ?? '')?.[1]
    if (!file) continue
    faces.push({
      family: (declarations.get('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
      style: declarations.get('font-style') ?? 'normal',
      weight: Number.parseInt(declarations.get('font-weight') ?? '400', 10),
      file,
      ranges: parseUnicodeRange(declarations.get('unicode-range') ?? 'U+0-10FFFF'),
    })
  }
  return faces
}

/** `U+0-FF,U+131,U+4??` → `[[0, 255], [305, 305], [1024, 1279]]`. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').flatMap((part): Array<[number, number]> => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part)
    if (!match) return []
    const [, first, last] = match
    if (first.includes('?')) return [[Number.parseInt(first.replace(/\?/g, '0'), 16), Number.parseInt(first.replace(/\?/g, 'f'), 16)]]
    return [[Number.parseInt(first, 16), Number.parseInt(last ?? first, 16)]]
  })
}

/**
 * Each face's ranges sorted and joined, for a binary search: a CJK family's hundred faces hold
 * up to a few hundred ranges each, and a Korean or Chinese text has thousands of characters to place.
 */
const sortedRanges = new WeakMap<FontFace, Array<[number, number]>>()

function covers(face: FontFace, codePoint: number): boolean {
  let ranges = sortedRanges.get(face)
  if (!ranges) sortedRanges.set(face, (ranges = joinRanges(face.ranges)))
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    // Indexed rather than destructured: the tests run on V8's interpreter, where destructuring iterates.
    const range = ranges[middle]
    if (codePoint < range[0]) high = middle - 1
    else if (codePoint > range[1]) low = middle + 1
    else return true
  }
  return false
}

/** The code points of `ranges`, as disjoint ranges in order. */
function joinRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const joined: Array<[number, number]> = []
  for (const [first, last] of ranges.filter(([first, last]) => first <= last).sort((a, b) => a[0] - b[0])) {
    const previous = joined.at(-1)
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last)
    else joined.push([first, last])
  }
  return joined
}

/** What a deck needs beyond the bundled fonts. */
export interface ScriptFontChoice {
  /** The fallback faces to ship, in `scriptFonts` order. */
  faces: Array<FontFace & { font: ScriptFont }>
  /** Characters that neither the bundled fonts nor a shipped face cover, in order of first use. */
  uncovered: string[]
}

/**
 * The characters of a text that the bundled faces (fonts.css) lack, in order of first use. Spaces,
 * control characters, joiners and variation selectors need no glyph of their own, and
 * combining accents come with the letters they sit on: none of them counts.
 */
export function missingCharacters(text: string, bundled: FontFace[]): string[] {
  return distinctCharacters(text).filter((char) => {
    const codePoint = char.codePointAt(0)!
    return (
      !/[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Script=Inherited}]/u.test(char) &&
      !bundled.some((face) => covers(face, codePoint))
    )
  })
}

function scriptOrCommon(char: string): string {
  return scriptOf(char) ?? 'Common'
}

/** The fallback families for characters the bundled fonts lack: those of the scripts among them. */
export function scriptFontsFor(missing: string[]): ScriptFont[] {
  const used = new Set(missing.map(scriptOrCommon))
  return scriptFonts.filter((font) => font.scripts.some((script) => used.has(script)))
}

/**
 * Choose the fallback faces for the characters the bundled fonts lack ({@link missingCharacters}):
 * a family ships when they include one of its scripts ({@link scriptFontsFor}), and of it only
 * the faces holding one of them. `available` holds those families' faces, by package id.
 */
export function chooseScriptFonts(missing: string[], available: Map<string, FontFace[]>): ScriptFontChoice {
  const shipped = scriptFontsFor(missing)
  const chosen = new Set<FontFace>()
  const uncovered: string[] = []
  for (const char of missing) {
    const codePoint = char.codePointAt(0)!
    const font = shipped.find((candidate) => (available.get(candidate.id) ?? []).some((face) => covers(face, codePoint)))
    if (!font) {
      uncovered.push(char)
      continue
    }
    for (const face of available.get(font.id) ?? []) if (covers(face, codePoint)) chosen.add(face)
  }
  const faces = shipped.flatMap((font) =>
    (available.get(font.id) ?? []).filter((face) => chosen.has(face)).map((face) => ({ ...face, font })),
  )
  return { faces, uncovered }
}

/** The `@font-face` rules for the chosen faces; `url` says where the deck keeps each file. */
export function scriptFontsCss(faces: ScriptFontChoice['faces'], url: (face: ScriptFontChoice['faces'][number]) => string): string {
  return faces
    .map((face) => {
      const weights = face.font.weights
      const index = weights.indexOf(face.weight)
      // Each weight serves the weights nearer to it than to its neighbours, as in fonts.css.
      const low = index <= 0 ? 1 : Math.floor((weights[index - 1] + face.weight) / 2)
      const high = index === weights.length - 1 || index < 0 ? 1000 : Math.floor((face.weight + weights[index + 1]) / 2) - 1
      const ranges = face.ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',')
      return `@font-face {\n  font-family: '${face.family}';\n  font-style: ${face.style};\n  font-display: swap;\n  font-weight: ${low} ${high};\n  src: url('${url(face)}') format('woff2');\n  unicode-range: ${ranges};\n}\n`
    })
    .join('\n')
}

function hex(codePoint: number): string {
  return codePoint.toString(16)
}

/** `ह U+0939, 😀 U+1F600, …`: characters for a message, at most `limit` of them. */
export function describeCharacters(chars: string[], limit = 20): string {
  const shown = chars.slice(0, limit).map((char) => `${char} U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
  return shown.join(', ') + (chars.length > limit ? ` and ${chars.length - limit} more` : '')
}

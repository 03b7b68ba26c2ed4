import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckText } from '../../src/node/script-fonts.ts'
import {
  chooseScriptFonts,
  describeCharacters,
  missingCharacters,
  parseFontFaces,
  parseUnicodeRange,
  scriptFontFamilies,
  scriptFonts,
  type FontFace,
} from '../../src/theme/script-fonts.ts'

const require = createRequire(import.meta.url)
const bundled = parseFontFaces(readFileSync(new URL('../../src/client/fonts.css', import.meta.url), 'utf8'))

let installed: Map<string, FontFace[]> | undefined

/** Every installed fallback family's faces, as the build reads them: read once, as the tests only read them. */
function installedFaces(): Map<string, FontFace[]> {
  installed ??= new Map(
    scriptFonts.map((font) => {
      const dir = dirname(require.resolve(`@fontsource/${font.id}/package.json`))
      return [font.id, font.weights.flatMap((weight) => parseFontFaces(readFileSync(join(dir, `${weight}.css`), 'utf8')))]
    }),
  )
  return installed
}

describe('script fonts', () => {
  it('should parse unicode-range lists, wildcards included', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ])
  })

  it('should be static woff2 faces, in the order base.css tries them', () => {
    const faces = installedFaces()
    for (const font of scriptFonts) {
      const list = faces.get(font.id)!
      expect(list.length, font.id).toBeGreaterThan(0)
      expect(new Set(list.map((face) => face.family))).toEqual(new Set([font.family]))
      expect(list.every((face) => face.file.endsWith('.woff2') && !/variable|wght/.test(face.file))).toBe(true)
      expect(new Set(list.map((face) => face.weight))).toEqual(new Set(font.weights))
    }
    const base = readFileSync(new URL('../../src/client/base.css', import.meta.url), 'utf8')
    expect(base).toContain(`--lectern-script-fonts: ${scriptFontFamilies};`)
  })

  it('should choose nothing for English text', () => {
    const text = readFileSync(new URL('../../content/aws-founding-story.md', import.meta.url), 'utf8')
    expect(chooseScriptFonts(missingCharacters(text, bundled), installedFaces())).toEqual({ faces: [], uncovered: [] })
  })

  it('should choose only the faces that hold a text’s characters, in both weights', () => {
    const { faces, uncovered } = chooseScriptFonts(missingCharacters('活字印刷的故事 — Bi Sheng, 1040', bundled), installedFaces())
    expect(uncovered).toEqual([])
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['Noto Sans SC']))
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set([400, 700]))
    const all = installedFaces().get('noto-sans-sc')!
    expect(faces.length).toBeLessThan(all.length / 5)
    for (const char of '活字印刷的故事') {
      const codePoint = char.codePointAt(0)!
      expect(
        faces.some((face) => face.weight === 400 && face.ranges.some(([a, b]) => codePoint >= a && codePoint <= b)),
        char,
      ).toBe(true)
    }
  })

  it('should draw every hangul syllable of a Korean text, from Noto Sans KR with its hanja', () => {
    // Noto Sans SC holds only a few dozen syllables: a Korean deck drawn with it is empty boxes.
    const text = readFileSync(new URL('../fixtures/articles/ko-k8s-config-practices/index.md', import.meta.url), 'utf8') + ' 漢字'
    const { faces, uncovered } = chooseScriptFonts(missingCharacters(text, bundled), installedFaces())
    expect(uncovered).toEqual([])
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['Noto Sans KR']))
  })

  it('should take a family only for its own scripts, and report what none covers', () => {
    const { faces, uncovered } = chooseScriptFonts(missingCharacters('नमस्ते 😀 → ሰላም', bundled), installedFaces())
    // The arrow is in Noto Sans SC too, but a deck without Chinese takes it from the symbols font.
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['Noto Sans Devanagari', 'Noto Emoji', 'Noto Sans Symbols 2']))
    expect(uncovered).toEqual(['ሰ', 'ላ', 'ም'])
    expect(describeCharacters(uncovered)).toBe('ሰ U+1230, ላ U+120B, ም U+121D')
    expect(describeCharacters([...'abcdef'], 2)).toBe('a U+0061, b U+0062 and 4 more')
  })

  it('should take a symbol from the first family the deck carries that has it, as the browser does', () => {
    const { faces } = chooseScriptFonts(missingCharacters('活字 → ≥', bundled), installedFaces())
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['Noto Sans SC']))
  })

  it('should read the text of a deck’s HTML, references decoded', () => {
    expect(deckText('<section><h2>A &#x26; B</h2><p title="x">1 &#x3C; 2 &amp; 😀</p></section>')).toBe('  A & B  1 < 2 & 😀  ')
  })
})

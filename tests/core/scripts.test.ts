import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { languageDirection, scriptsOf, textDirection } from '../../src/core/scripts.ts'

describe('scriptsOf', () => {
  it('should name the scripts of a text by Unicode, leaving out digits and punctuation', () => {
    expect(scriptsOf('Hello, world 42!')).toEqual(new Set(['Latin']))
    expect(scriptsOf('भारत में रेलवे (1853)')).toEqual(new Set(['Devanagari']))
    expect(scriptsOf('活字印刷、ひらがな、カタカナ、한국어')).toEqual(new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']))
    expect(scriptsOf('مرحبا שלום')).toEqual(new Set(['Arabic', 'Hebrew']))
    expect(scriptsOf('Ship it 🚀 ✅')).toEqual(new Set(['Latin', 'Emoji']))
    expect(scriptsOf('© ® ™ ↔ 1')).toEqual(new Set())
    expect(scriptsOf('❤ ⌚')).toEqual(new Set(['Emoji']))
    expect(scriptsOf('ሰላም')).toEqual(new Set(['Ethiopic']))
  })
})

describe('text direction', () => {
  it('should follow the most of a text’s letters, and have none for a text without letters', () => {
    expect(textDirection('الخط العربي فن قديم')).toBe('rtl')
    expect(textDirection('שלום עולם, hello')).toBe('rtl')
    expect(textDirection('The word سلام means peace')).toBe('ltr')
    expect(textDirection('2026 — 42%')).toBeUndefined()
  })

  it('should know the languages written right to left', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'he_IL', 'yi', 'ps']) expect(languageDirection(lang), lang).toBe('rtl')
    for (const lang of ['en', 'hi', 'zh-CN', 'fr', 'arn', 'her']) expect(languageDirection(lang), lang).toBe('ltr')
  })
})

describe('dir in the deck', () => {
  it('should set dir="rtl" on a slide mostly in Arabic, and leave an English deck alone', () => {
    const { html } = renderDeck(
      '# Talk\n\nIntro.\n\n## مقدمة\n\nهذه فقرة باللغة العربية عن **الخط الكوفي**.\n\n## English\n\nProse in English.\n',
    )
    expect(html).toMatch(
      /<section class="lectern-group" data-lectern-group="مقدمة"><section id="مقدمة" class="lectern-slide[^>]* dir="rtl"><h2>مقدمة/,
    )
    expect(html.match(/dir="/g)).toHaveLength(1)
    expect(renderDeck('# Talk\n\n## A\n\nProse in English.\n').html).not.toMatch(/dir=/)
  })

  it('should mark English paragraphs and code ltr in a deck whose lang runs right to left', () => {
    const { html } = renderDeck(
      '---\nlang: he\n---\n\n# שיחה\n\n## פרק\n\nפסקה ארוכה בעברית על ההיסטוריה של הכתב העברי ועל האותיות המרובעות.\n\nAn English aside.\n\n```js\nlet x = 1\n```\n',
    )
    expect(html).toMatch(/<p dir="ltr">An English aside\.<\/p>/)
    expect(html).toMatch(/<pre dir="ltr">/)
    expect(html).not.toMatch(/dir="rtl"/)
  })

  it('should keep a dir the article sets itself', () => {
    const { html } = renderDeck('# T\n\n## A\n\n<p dir="ltr">שלום עולם</p>\n')
    expect(html).toMatch(/<p dir="ltr">שלום עולם<\/p>/)
  })
})

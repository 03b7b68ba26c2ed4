import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { LecternError } from '../../src/core/errors.ts'
import { renderDeck } from '../../src/core/index.ts'

/*
 * Articles made of the pieces that trip parsers (markers, nesting, raw HTML, odd frontmatter),
 * small enough that 200 of them render in a few seconds (in the `slow` project): each gives a deck or one
 * LecternError, never another error, and never a forged slide.
 */

const inline = fc.constantFrom(
  'a',
  'word',
  ' ',
  '*',
  '**',
  '_',
  '__',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '&',
  '\\',
  '!',
  '~~',
  '<b>',
  '</b>',
  'http://x.y',
  '\u202e',
  '\u0000',
  '\u001b[2J',
)
const line = fc.array(inline, { maxLength: 12 }).map((parts) => parts.join(''))
const prefix = fc.constantFrom(
  '',
  '## ',
  '### ',
  '# ',
  '- ',
  '1. ',
  '> ',
  '>> ',
  '    ',
  '---',
  '```',
  '```js {1-2|4}',
  '```py [2: 2,3|]',
  '| a | b |',
  '|---|---|',
  '- [ ] ',
  '[^1]: ',
  '<div>',
  '</div>',
  '<section>',
  '<li class="fragment lectern-step-2 visible">',
  '</section></section>',
  '</aside>',
  '<!-- ',
  ' -->',
)
const body = fc
  .array(
    fc.tuple(prefix, line).map(([start, rest]) => start + rest),
    { maxLength: 25 },
  )
  .map((lines) => lines.join('\n'))
const yamlValue = fc.constantFrom(
  '12',
  '[1, 2]',
  'true',
  'null',
  '"0:1"',
  '{a: 1}',
  '&a [x]',
  '*a',
  'night',
  '"../x"',
  '"- "',
  '|\n  text',
  "'it''s'",
  '2024-01-01',
  '-1',
  '1e9',
)
const yamlKey = fc.constantFrom(
  'title',
  'author',
  'theme',
  'aspectRatio',
  'maxBullets',
  'wordsPerMinute',
  'transition',
  'slideNumber',
  'allowHtml',
  'incremental',
  'keyPoints',
  'logo',
  'fonts',
  'accent',
  'footer',
  'tags',
  'date',
  'lang',
  'other',
)
const frontmatter = fc.option(
  fc
    .array(
      fc.tuple(yamlKey, yamlValue).map(([key, value]) => `${key}: ${value}`),
      { maxLength: 6 },
    )
    .map((lines) => `---\n${lines.join('\n')}\n---\n\n`),
  { nil: '' },
)
const article = fc.tuple(frontmatter, body).map(([front, text]) => front + text)

describe('renderDeck on generated articles', () => {
  it('should return a deck or throw a LecternError, with one top-level section per outline group', () => {
    fc.assert(
      fc.property(article, (markdown) => {
        let rendered: ReturnType<typeof renderDeck> | undefined
        try {
          rendered = renderDeck(new VFile({ path: 'fuzz.md', value: markdown }))
        } catch (error) {
          if (!(error instanceof LecternError)) throw error
          expect(error.message.split('\n')).toHaveLength(1)
          return
        }
        const groups = rendered.html.match(/^<section class="lectern-group"/gm) ?? []
        expect(groups).toHaveLength(rendered.deck.outline.length)
        expect(rendered.html).not.toMatch(/<script|data-background|data-src|javascript:/i)
      }),
      { numRuns: 200 },
    )
    // The time bound: generous, for a busy machine; the 200 small articles take a few seconds.
  }, 60_000)
})

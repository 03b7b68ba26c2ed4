import { describe, expect, it } from 'vitest'
import { codeTitle } from '../../src/core/code-titles.ts'
import { isByline } from '../../src/core/key-points/asides.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { renderedDeck, selectAll, shownPoints, text } from '../helpers/html.ts'
import { points } from '../helpers/key-points.ts'

const shown = shownPoints

/*
 * What a review of articles lectern had not seen (round 123) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 123', () => {
  it('should keep the words in square brackets a quotation holds, a placeholder of what is quoted', () => {
    const deck = shown(
      '## Tips\n\nA best practice in any channel is titling your thread with: “Thread: [insert topic here]” so people can find it later.\n',
    )
    expect(deck.join(' ')).toContain('[insert topic here]')
    // An editor's aside or a citation outside a quotation still goes.
    expect(shown('## Tips\n\nThe cache made every page load faster [1] for the users we asked.\n').join(' ')).not.toContain('[1]')
    // Nor "[sic]" or a citation's number inside a quotation.
    expect(
      shown('## Tips\n\nThe new parser handles “very large files [sic] without slowing down” in our tests.\n').join(' '),
    ).not.toContain('[sic]')
  })

  it('should read a dateline and its names, closed by a stop, as the byline in any language, and not a sentence that names a year', () => {
    expect(isByline('22 de maio de 2024 por Ricky Hanlon.')).toBe(true)
    expect(isByline('February 14, 2025 by Matt Carroll and Ricky Hanlon.')).toBe(true)
    expect(isByline('In 2019 the project was taken over by Google.')).toBe(false)
    expect(isByline('The 2024 release was led by Jane Doe.')).toBe(false)
    expect(isByline('On 3 May 2024 it was bought by Oracle.')).toBe(false)
    expect(isByline('Founded on 4 September 1998 by Larry Page and Sergey Brin.')).toBe(false)
    expect(isByline('Acquired on 3 March 2021 by Microsoft.')).toBe(false)
  })

  it('should not end a Japanese sentence at the ！ or ？ that the quoting と after it goes on from', () => {
    expect(
      sentencesOf(
        '私をこの業界に引き込んだ師が大学の頃に読め！と言われて買って読んだ記憶があります。とにかく良い本です！とても面白い。',
        'ja',
      ),
    ).toEqual([
      '私をこの業界に引き込んだ師が大学の頃に読め！と言われて買って読んだ記憶があります。',
      'とにかく良い本です！',
      'とても面白い。',
    ])
    expect(sentencesOf('なぜ動かない？と悩んだ経験はありませんか。ボタンを押すと、保存しました！と出力されます。', 'ja')).toEqual([
      'なぜ動かない？と悩んだ経験はありませんか。',
      'ボタンを押すと、保存しました！と出力されます。',
    ])
  })

  it('should leave out a Gatsby ```toc placeholder with its heading, and title a Zenn listing by its file', () => {
    const { tree } = renderedDeck(
      '---\ntitle: T\n---\n\n## Table of Contents\n\n```toc\n\n```\n\n## Setup\n\nThe program prints its greeting and exits with the status it was given.\n\n```rust:src/main.rs\nfn main() {}\n```\n',
    )
    expect(selectAll('h2', tree).map((heading) => text(heading))).toEqual(['Setup'])
    expect(selectAll('pre', tree)[0]?.properties.dataLecternTitle).toBe('src/main.rs')
    expect(codeTitle('src/main.rs')).toBe('src/main.rs')
    expect(codeTitle('{1,3}')).toBeUndefined()
    expect(codeTitle('{1,3} src/App.js')).toBe('src/App.js')
    expect(codeTitle('サンプル.rb')).toBe('サンプル.rb')
    expect(codeTitle('title=fix the parser')).toBe('fix the parser')
    expect(codeTitle('title=vite.config.ts showLineNumbers')).toBe('vite.config.ts')
    for (const meta of ['example.com', 'v2.x', 'showLineNumbers', 'https://x.org/a.js']) expect(codeTitle(meta)).toBeUndefined()
    // A `toc` listing with lines of its own is a file's, a World of Warcraft addon's: it stays.
    const addon = renderedDeck('## Addon\n\nCreate `MyAddon.toc` with these lines:\n\n```toc\n## Interface: 110000\nMyAddon.lua\n```\n')
    expect(selectAll('pre', addon.tree)).toHaveLength(1)
  })

  it('should set the line that leads into a block over it on the next slide, where the block is, when its paragraph’s point stays behind', () => {
    const code = Array.from({ length: 16 }, (_, index) => `  const value${index} = compute(${index})`).join('\n')
    const deck = renderedDeck(
      [
        '## State',
        '',
        'Each component reads the state it needs from the parent that owns it, and the parent passes it down as props.',
        '',
        'Now you can see how your app will behave. Edit the initial value of filterText in the sandbox below. You will see that both the search input text and the table update:',
        '',
        '```jsx src/App.js',
        'export default function App() {',
        code,
        '}',
        '```',
        '',
      ].join('\n'),
    )
    const slides = selectAll('section.lectern-slide', deck.tree)
    const withCode = slides.find((slide) => selectAll('pre', slide).length > 0)!
    const lines = selectAll('li.lectern-lead-in', withCode).map((item) => text(item))
    expect(lines).toEqual(['You will see that both the search input text and the table update:'])
  })

  it('should lead into a list with a Portuguese line a word too long without its "também", as an English one goes without "also"', () => {
    const deck = shown(
      '---\nlang: pt\n---\n\n## Perguntas\n\nAs equipes React e React Native também encerraram cada dia com uma sessão de perguntas e respostas:\n\n- [React Q&A](https://x.org) com Michael Chan\n- [React Native Q&A](https://y.org) com Jamon Holmgren\n',
    )
    expect(deck).toContain('lead: As equipes React e React Native encerraram cada dia com uma sessão de perguntas e respostas:')
    // Never the "also" of a phrase: "sowohl … als auch", "not only … but also".
    const both = shown(
      '---\nlang: de\n---\n\n## Suche\n\nDu wirst sehen, dass sowohl der Sucheingabetext als auch die Tabelle sich sofort im Browser aktualisieren werden:\n\n- Der Text.\n- Die Tabelle.\n',
    )
    expect(both.some((point) => point.includes('als die Tabelle'))).toBe(false)
  })

  it('should show no sentence the writer takes back in brackets, and keep the Japanese topic a run after a turn says more of', () => {
    expect(
      points(
        'We finally shipped the new scheduler, and it is perfect (not really). The tail latency fell by half on every cluster we run.',
      ),
    ).toEqual(['The tail latency fell by half on every cluster we run'])
    expect(
      points('晴れて、代紋をいただければあとは好きに暴れて結構(ダメ)。認証局って893の代紋みたいなもんなんですね。', { lang: 'ja' }),
    ).toEqual(['認証局って893の代紋みたいなもんなんですね'])
    // "(no)" answers as often as it takes back: "…Firefox (yes) and Safari (no)." is a claim.
    expect(points('The plugin runs on Chrome (yes), Firefox (yes) and Safari (no).')[0]).toBeDefined()
    // The topic stays after a turn: "Rustは…が、実行速度は…" says whose speed (a new topic, "失効リストは", cannot be told from it).
    expect(
      compress(
        'Rustはメモリ安全性を保証するために所有権という独自の仕組みを採用しているので学習コストがかなり高いといわれてますが、実行速度はC++に匹敵するほど非常に速いのです。',
        'ja',
      )?.text ?? '',
    ).not.toMatch(/^実行速度は/)
    expect(
      compress('各インスタンスは API サーバーに対してフルスキャンを行いますが、自身が監視するべきもの以外はすべて無視します。', 'ja')?.text,
    ).toBe('各インスタンスは自身が監視するべきもの以外はすべて無視します')
  })

  it('should not cut a series of adjectives after one made with a hyphen, before the noun they share', () => {
    expect(
      compress(
        'Next.js is a React framework and platform for building production-grade, static and server-side rendered applications.',
        'en',
      )?.text,
    ).not.toBe('Next.js is a React framework and platform for building production-grade')
  })
})

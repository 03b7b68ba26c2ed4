import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, text } from '../helpers/html.ts'

const notesOf = (markdown: string) =>
  selectAll('aside.notes', parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html))
    .map(text)
    .join(' ')

describe('spaces set around emphasis in Chinese and Japanese', () => {
  it('should drop the spaces Markdown needed around bold words between ideographs, once the bold is read', () => {
    const notes = notesOf('---\nlang: zh\n---\n\n## 总结\n\n但 **遗憾** 的是，今年 **"空闲"** 的很多时间，我也没有很好地利用起来。\n')
    expect(notes).toContain('但遗憾的是，今年"空闲"的很多时间')
    const japanese = notesOf('---\nlang: ja\n---\n\n## まとめ\n\nこれは **とても** 大事な点です。\n')
    expect(japanese).toContain('これはとても大事な点です')
  })

  it('should keep a space beside Latin words, in Korean, and in code', () => {
    expect(notesOf('---\nlang: zh\n---\n\n## 总结\n\n我们用 **Rust** 重写了服务。\n')).toContain('我们用 Rust 重写了服务')
    expect(notesOf('---\nlang: ko\n---\n\n## 요약\n\n이것은 **매우** 중요합니다.\n')).toContain('이것은 매우 중요합니다')
    const tree = parseDeck(renderDeck(new VFile({ path: 'talk.md', value: '## 代码\n\n```\n但 **遗憾** 的是\n```\n' })).html)
    expect(text(select('pre', tree))).toContain('但 **遗憾** 的是')
  })

  // A Zenn post wrapped at a fixed width (review 96): each line break had shown as a gap inside the sentence.
  it('should join the lines a writer of Japanese or Chinese wrapped between two wide characters, not beside Latin words or in Korean', () => {
    const html = (markdown: string) => renderDeck(new VFile({ path: 'talk.md', value: markdown })).html
    const japanese = html(
      '---\nlang: ja\n---\n\n## 概要\n\ndeckrd は、軽量なフレームワークです。\nその中核には、判断を記録する仕組みがあります。\n**判断**\nが残ります。Go\nの例もあります。\n',
    )
    expect(japanese).toContain('フレームワークです。その中核には')
    expect(japanese).toContain('<strong>判断</strong>が残ります')
    expect(japanese).toMatch(/Go\s+の例/)
    // (The long-vowel mark is kana too, though Unicode gives it to no one script.)
    expect(html('---\nlang: ja\n---\n\n## 登録\n\n新しいユーザー\nが登録すると通知が届きます。\n')).toContain('新しいユーザーが登録すると')
    expect(html('---\nlang: zh\n---\n\n## 总结\n\n今年的很多时间，\n我也没有很好地利用起来。\n')).toContain('今年的很多时间，我也没有')
    expect(html('---\nlang: ko\n---\n\n## 요약\n\n이것은 매우\n중요합니다.\n')).toMatch(/매우\s+중요합니다/)
  })

  it("should join a list item's line wrapped inside a sentence, but not a term over its definition nor a sentence's end", () => {
    // (Dragonfly's Nydus launch (review 107): "…端到端的数据一致性校验，可以说\n是在 CRFS 的…" showed "可以说 是在".)
    const notes = text(
      parseDeck(
        renderDeck(
          '---\nlang: zh\n---\n\n## 比较\n\n- CRFS 是一个镜像格式。细节上，nydus 支持数据一致性校验，可以说\n是在 CRFS 的格式上的进一步改进。\n- 设计单位\n  设计上的判断都记录在这里。\n- 它很简单。\n  过度设计是不必要的。\n',
        ).html,
      ),
    )
    expect(notes).toContain('可以说是在 CRFS')
    expect(notes).toMatch(/设计单位\s+设计上的判断/)
    expect(notes).toMatch(/它很简单。\s+过度设计/)
    // (Nor a line whose only comma lists, a term over its definition: "東京、大阪⏎関西の都市".)
    const listed = text(
      parseDeck(
        renderDeck('---\nlang: ja\n---\n\n## 都市\n\n- 東京、大阪\n  関西の都市\n- 設定を開き、保存する\n  次の画面で再起動する\n').html,
      ),
    )
    expect(listed).toMatch(/東京、大阪\s+関西の都市/)
    expect(listed).toMatch(/保存する\s+次の画面/)
  })
})

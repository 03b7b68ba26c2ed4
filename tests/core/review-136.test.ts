import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { slidePoints } from '../helpers/key-points.ts'

/*
 * What a review of articles lectern had not seen (round 136) found wrong on their slides. Each case is written from the
 * article's own words.
 */

describe('review 136', () => {
  it('should take a Japanese connective off whole, never the first kana of a longer one', () => {
    // JavaScript Primer's chapter on ECMAScript: "しかしながら言語自体も…" was shown as "ながら言語自体も…".
    expect(compress('しかしながら言語自体も進化していることは意識しておくとよいでしょう。', 'ja')?.text).toBe(
      '言語自体も進化していることは意識しておくとよいでしょう',
    )
  })

  it('should leave out a component whose props are spread, as any other', () => {
    // Cilium's blog: "<BlogAuthor {...authors.joshVanLeeuwen} />" was shown as a point of the last slide.
    const { html, file } = renderDeck(
      '# Talk\n\n## Further reading\n\n- [Cilium Overview](https://cilium.io/)\n- [What is eBPF?](https://ebpf.io/)\n\n<BlogAuthor {...authors.joshVanLeeuwen} />\n',
    )
    expect(html).not.toContain('BlogAuthor')
    expect(file.messages.map(String).join('\n')).toContain('MDX `<BlogAuthor>`')
  })

  it('should title a chapter by its one heading over deeper ones, a closing summary at its level aside, and a file by its name with a capital', () => {
    // A chapter of the Rust book in Portuguese ("## Entrar em `panic!`…" over "###" parts and a last "## Resumo"), and Zulip's
    // history page (no title at all), were titled "ch09 03 to panic or not to panic" and "history".
    const chapter = renderDeck(
      new VFile({
        path: 'ch09-03-to-panic-or-not-to-panic.md',
        value:
          '## Entrar em panic! ou Não Entrar em panic!\n\nEntão como você decide quando entrar em panic!?\n\n### Exemplos e Testes\n\nEm testes, entrar em pânico é o esperado.\n\n### Casos em que Você Tem Mais Informação\n\nÀs vezes você sabe mais que o compilador.\n\n## Resumo\n\nO Rust oferece dois modos de tratar erros.\n',
      }),
    )
    expect(chapter.deck.meta.title).toBe('Entrar em panic! ou Não Entrar em panic!')
    const history = renderDeck(
      new VFile({
        path: 'history.md',
        value:
          '## Startup\n\nZulip was created by a small startup in 2012.\n\n## Dropbox\n\nDropbox acquired it in 2014.\n\n## Open source\n\nIt was released as open source in 2015.\n',
      }),
    )
    expect(history.deck.meta.title).toBe('History')
  })

  it("should not show a timeline's time zone, nor a line that only says an example follows in another language", () => {
    // mybinder's postmortem: "All times in PST" was its timeline's first point.
    expect(slidePoints('## Timeline\n\nAll times in PST.\n\n6:39 Both problems are confirmed by the team on call.\n')).toEqual([
      '6:39 Both problems are confirmed by the team on call',
    ])
    // A chapter of the Rust book in Portuguese: "Aqui temos um exemplo:" ("here we have an example:") led into a listing.
    expect(
      slidePoints(
        '---\nlang: pt\n---\n\n## Panic\n\nÀs vezes é aceitável chamar unwrap. Aqui temos um exemplo:\n\n```rust\nlet x = 1;\n```\n',
      ),
    ).toEqual(['Às vezes é aceitável chamar unwrap'])
  })

  it("should leave ordinary input to the fourth batch's narrowed rules", () => {
    // A reviewer's inputs: a first part's heading over its parts and a closing summary is no title; a tool's name keeps its
    // lower case; an English line that names its examples, and one that says which example in German, still lead in; "TBA"
    // is no time zone; "ただちに" is no "ただ".
    const title = (path: string, value: string) => renderDeck(new VFile({ path, value })).deck.meta.title
    expect(
      title(
        'caching.md',
        '## Background\n\nOur service handles millions of requests.\n\n### A\n\nx y z.\n\n### B\n\nx y z.\n\n### C\n\nx y.\n\n## Summary\n\nDone here.\n',
      ),
    ).toBe('Caching')
    expect(title('npm-tips.md', 'Some text about npm.\n\nMore text about it.\n')).toBe('npm tips')
    const leadIns = (markdown: string) =>
      [...renderDeck(markdown).html.matchAll(/<li class="lectern-lead-in">([\s\S]*?)<\/li>/g)].map((match) =>
        match[1].replace(/<[^>]+>/g, ''),
      )
    expect(
      leadIns(
        '# Talk\n\n## Comparison\n\nBoth languages make the same guarantee in different ways. Here we compare the Rust and Go examples:\n\n```rust\nfn a() {}\n```\n',
      ),
    ).toEqual(['Here we compare the Rust and Go examples:'])
    expect(leadIns('---\nlang: de\n---\n\n## Code\n\nSo sieht es aus. Hier ein schlechtes Beispiel:\n\n```js\nlet x\n```\n')).toEqual([
      'Hier ein schlechtes Beispiel:',
    ])
    expect(slidePoints('## Timeline\n\nDates and times TBA.\n\n6:39 Both problems are confirmed.\n')).toContain('Dates and times TBA')
    expect(compress('ただちにサーバーを再起動して、ログを確認してください。', 'ja')?.text).toBe(
      'ただちにサーバーを再起動して、ログを確認してください',
    )
  })
})

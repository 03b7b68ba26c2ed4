import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'

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
})

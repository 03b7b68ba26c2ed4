import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { shownPoints } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 131), and a review of round 130's rules, found wrong on their
 * slides. Each case is written from the article's own words or the reviewer's probes.
 */

const point = (sentence: string) => compress(sentence, 'en')?.text
const shown = (markdown: string) => shownPoints(markdown).join(' | ')

describe('review 131', () => {
  it("should keep words set in square brackets inside a sentence, but not a citation's", () => {
    // An editor's insertion of a word or three is the sentence's own.
    expect(point('The end of the document warns that [it] is impossible to recover the keys once lost.')).toContain('[it] is impossible')
    // (A note an editor set in square brackets is beside the sentence, and goes; so do a citation and a mark.)
    expect(point("The team [Editor's note: the team has since joined Google] built the first version of the compiler in 2015.")).toBe(
      'The team built the first version of the compiler in 2015',
    )
    expect(point('Rust is memory safe [Klabnik and Nichols, 2019] without a garbage collector.')).toBe(
      'Rust is memory safe without a garbage collector',
    )
    expect(point('Rust is fast [1] and memory safe without a garbage collector [2].')).toBe(
      'Rust is fast and memory safe without a garbage collector',
    )
    expect(point('Deep learning models are data hungry [Smith 2020] and expensive to train on modern GPUs.')).not.toContain('Smith')
    expect(point('The Async Task Framework [Fig 1] runs every lambda of the system in its own worker pool.')).not.toContain('Fig')
    expect(point('In IPFS, we use a variety of channels including the Discord Server [invite link] and the forum.')).not.toContain(
      'invite link',
    )
  })

  it('should narrow the rules round 130 added where a review found them over-reaching', () => {
    // A predicate adjective ends its clause before a comma splice.
    expect(point('The data model is simple, versioned documents are stored in one table per tenant.')).toBe('The data model is simple')
    // "Last, but not least," goes whole, not leaving "Not least".
    expect(
      shown(
        '## Steps\n\nFirst, profile the service under a realistic load.\n\nLast, but not least, measure everything before you optimise the hot paths.\n',
      ),
    ).not.toMatch(/Not least/)
    // A Chinese summary line that says "由浅入深" (from the basics up) is no translation credit; a translator's line is.
    expect(shown('## 概述\n\n本文由浅入深地整理了 Go 并发编程的常见模式。\n\nGo 的并发模型基于 goroutine 与 channel。\n')).toContain(
      '本文由浅入深',
    )
    expect(shown('## 引言\n\n译者：顾欣 (ICBC)\n\nGo 的并发模型基于 goroutine 与 channel，调度由运行时完成。\n')).not.toContain('译者')
  })

  it('should say the labels of two paragraphs that open on the halves of a pair', () => {
    const points = shownPoints(
      '## Compare\n\n**Pros**: Deploys take seconds and every branch gets its own preview environment.\n\n**Cons**: Cold starts add latency to the first request after a quiet period.\n',
    )
    expect(points.join(' | ')).toContain('Pros: ')
    expect(points.join(' | ')).toContain('Cons: ')
  })

  it('should not cut before what the last words wait for: the why of an ease, the clause after an "and" and its phrase', () => {
    // Protocol Buffers' encoding guide, an IPFS incident report.
    expect(point('Missing fields are easy to encode: we just leave out the whole record entirely.')).not.toBe(
      'Missing fields are easy to encode',
    )
    expect(
      point('kubo-v0.18.1 was released on the 2023-01-30 and within the first 10 days, more than 8.5k nodes updated to this release.'),
    ).not.toBe('kubo-v0.18.1 was released on the 2023-01-30 and within the first 10 days')
    // (Two places of one claim, and a clause "so" joins to the whole, are cut where they were; so is a preference's reason.)
    expect(
      point(
        'Docusaurus v1 quickly built momentum at Facebook and in the frontend ecosystem, adopted by many popular projects: React-Native, Jest, Prettier, Babel.',
      ),
    ).toBe('Docusaurus v1 quickly built momentum at Facebook and in the frontend ecosystem')
    expect(
      point(
        "WebAssembly programs are sandboxed and isolated from one another and from the host, so they can't read or write external regions of memory, transfer control to arbitrary code in the process, or freely access the network.",
      ),
    ).toBe('WebAssembly programs are sandboxed and isolated from one another and from the host')
    expect(
      point(
        'However, I would prefer to avoid restricting the expressive power of Elixir, because I am honestly quite happy with the language semantics.',
      ),
    ).toBe('I would prefer to avoid restricting the expressive power of Elixir')
  })

  it("should show one framework of a Dive into Deep Learning chapter's tabs, without the book's marks", () => {
    const chapter = [
      "```{.python .input}\n%load_ext d2lbook.tab\ntab.interact_select(['mxnet', 'pytorch'])\n```",
      '# Linear Regression',
      '## Optimizer',
      'Here we use the squared loss function in :eqref:`eq_mse`.',
      ':begin_tab:`mxnet`\nWe define our `SGD` class to have a similar API as the built-in SGD optimizer.\nIt accepts a `batch_size` argument that can be ignored.\n:end_tab:',
      ':begin_tab:`pytorch`\nWe define our `SGD` class to have a similar API as the built-in SGD optimizer.\nThe `zero_grad` method sets all gradients to 0.\n:end_tab:',
      '```{.python .input}\n%%tab mxnet\nclass SGD(d2l.HyperParameters):  #@save\n    pass\n```',
      '```{.python .input}\n%%tab pytorch\nclass SGD(torch.optim.Optimizer):  #@save\n    pass\n```',
      'We can [**evaluate our success in training by comparing the true parameters**] through our training loop.',
    ].join('\n\n')
    const html = renderDeck(chapter).html
    expect(html).not.toMatch(/begin_tab|end_tab|%%tab|#@save|interact_select/)
    expect(html).toContain('d2l.HyperParameters')
    expect(html).not.toContain('torch.optim.Optimizer')
    expect(html).not.toContain('zero_grad')
    const points = shownPoints(chapter).join(' | ')
    expect(points).not.toMatch(/function in(?: \||$)/)
    expect(points).not.toContain('We can through')
  })

  it('should narrow the rules of round 131 where a review found them over-reaching', () => {
    // A writer's attitude in brackets goes; what takes back part of the doing stays.
    expect(point('The committee (unanimously) approved the new governance model for the project last week.')).toBe(
      'The committee approved the new governance model for the project last week',
    )
    expect(point('We (partially) migrated the billing service to the new cluster over the weekend.')).toContain('(partially)')
    // An opening "with" that says who was there, not how little it took, goes.
    expect(point('With a few friends, we started a small company that builds tools for data teams.')).toBe(
      'We started a small company that builds tools for data teams',
    )
    // (The reason a choice was made is cut where the whole is too long, as before: "We chose…" says the choice.)
    expect(
      point(
        "We chose Preact's signals library for our first integration because it's a relatively small, fast, and easy-to-understand implementation.",
      ),
    ).toBe("We chose Preact's signals library for our first integration")
  })

  it('should say the labels of a pair of advice, what to do and what not to', () => {
    // (A review of round 130's pairs of labels: without "Don't:", the second point advises what the writer warns against.)
    const points = shownPoints(
      '## Commit messages\n\n**Do**: Write the subject line in the imperative mood and keep it under fifty characters.\n\n**Don’t**: End the subject line with a period or write it in the past tense.\n',
    )
    expect(points[0]).toMatch(/^Do: /)
    expect(points[1]).toMatch(/^Don’t: /)
  })
})

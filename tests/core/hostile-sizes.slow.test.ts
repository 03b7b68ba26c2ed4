import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { convertBlockSyntax } from '../../src/core/block-syntax.ts'
import { renderDeck } from '../../src/core/index.ts'
import { convertInlineNotes } from '../../src/core/inline-notes.ts'
import { convertInlineSyntax } from '../../src/core/inline-syntax.ts'
import { prepareSource } from '../../src/core/prepare.ts'
import { convertShortcodes } from '../../src/core/shortcodes.ts'

/*
 * Articles at the sizes an attacker can write, at two sizes ten times apart: the render of the
 * larger may take about ten times as long, not a hundred. Both are timed in the same run, the
 * smaller twice (the first warms the pipeline), so the ratio holds on a loaded machine.
 */

/** How many times as long the render of `large` takes as that of `small`. */
function growth(small: string, large: string, read: (article: string) => unknown = renderDeck): number {
  // The time of one read, from as many reads as take 30 ms at least: a read of a millisecond or
  // less is below what one timing can tell from a garbage collection or a busy core.
  const time = (article: string) => {
    const start = performance.now()
    let reads = 0
    do {
      read(article)
      reads++
    } while (performance.now() - start < minTimedMs)
    return (performance.now() - start) / reads
  }
  // (The fastest of a few runs of each: a garbage collection or a busy core during a single run of
  // a few milliseconds made a linear read look forty times slower on ten times the input, now and then.)
  // (Taken in turns, small, large, small: in CI a browser test on the other core may load one
  // stretch of the run, and timed one after the other, only the large reads felt it (82× once).)
  time(small)
  let fastSmall = Number.POSITIVE_INFINITY
  let fastLarge = Number.POSITIVE_INFINITY
  for (let turn = 0; turn < 3; turn++) {
    fastSmall = Math.min(fastSmall, time(small))
    fastLarge = Math.min(fastLarge, time(large))
    fastSmall = Math.min(fastSmall, time(small))
  }
  return fastLarge / fastSmall
}

/** Milliseconds at least over which one timing of a read is taken (see `growth`). */
const minTimedMs = 30

describe('an article of hostile size', () => {
  it('should render a paragraph of thousands of links in about linear time', () => {
    const paragraph = (links: number) =>
      `# T\n\n## A\n\n${Array.from({ length: links }, (_, index) => `See [link ${index}](https://example.com/${index}).`).join(' ')}`
    expect(growth(paragraph(400), paragraph(4000))).toBeLessThan(40)
  })

  it('should render a section of thousands of raw HTML blocks in about linear time', () => {
    const section = (blocks: number) =>
      `# T\n\n## A\n\nWords that stand alone in this section.\n\n${Array.from(
        { length: blocks },
        (_, index) => `<div class="x">\n\n<h2>Heading ${index}</h2>\n\nText of section ${index} says something here.\n\n</div>`,
      ).join('\n\n')}`
    expect(growth(section(150), section(1500))).toBeLessThan(40)
  })

  it("should read a figure shortcode's caption of thousands of tags, and thousands of quotation tags never closed, in about linear time", () => {
    const caption = (tags: number) => `{{< figure src="a.png" caption="x ${'<b>'.repeat(tags)} y" >}}\n`
    expect(growth(caption(4000), caption(40_000), convertShortcodes)).toBeLessThan(40)
    const quotes = (tags: number) => '{% blockquote %}\n'.repeat(tags)
    expect(growth(quotes(2000), quotes(20_000), convertShortcodes)).toBeLessThan(40)
  })

  it("should read thousands of components' data never closed, and one of thousands of records, in about linear time", () => {
    // (Each tag is read once: a line the reading of one passed over is not read again.)
    const unclosed = (count: number) => `\n<Table rows={[{ a: "x", b: 'y',\n`.repeat(count)
    expect(growth(unclosed(1000), unclosed(10_000), convertBlockSyntax)).toBeLessThan(40)
    // (A run of digits before a letter, and comments never closed, each read once.)
    const digits = (count: number) => `\n<A x={[${'1'.repeat(count)}x]} />\n`
    expect(growth(digits(4000), digits(40_000), convertBlockSyntax)).toBeLessThan(40)
    const comments = (count: number) => `<X a={[1]} />\n${'\n<A x={/*\n'.repeat(count)}`
    expect(growth(comments(1000), comments(10_000), convertBlockSyntax)).toBeLessThan(40)
    const records = (count: number) => `# T\n\n## A\n\n<Table\n  rows={[\n${'    { a: "x", b: 1 },\n'.repeat(count)}  ]}\n/>\n`
    expect(growth(records(200), records(2000))).toBeLessThan(40)
  })

  it('should read an HTML element of a long run of spaces, and thousands never closed, in about linear time', () => {
    const spaces = (count: number) => `<div>\n${' '.repeat(count)}x\n</div>\n`
    expect(growth(spaces(10_000), spaces(100_000), convertBlockSyntax)).toBeLessThan(40)
    const unclosed = (count: number) => `<div class="${'x'.repeat(100)}">\n\n    <p>words</p>\n`.repeat(count)
    expect(growth(unclosed(400), unclosed(4000), convertBlockSyntax)).toBeLessThan(40)
  })

  it('should read thousands of MyST directives fenced and never closed in about linear time', () => {
    // (Each one looked for its close from the article's start: 4,000 took 0.9 s.)
    const directives = (count: number) => '```{note}\nwords\n'.repeat(count)
    expect(growth(directives(1000), directives(10_000), convertBlockSyntax)).toBeLessThan(40)
  })

  it('should read thousands of raw HTML tables never closed, with markdown after each, in about linear time', () => {
    // (Each opening looks for its closing within a bound, not through the rest of the section.)
    const tables = (count: number) =>
      `# T\n\n## A\n\nWords that stand alone in this section.\n\n${Array.from({ length: count }, (_, index) => `<table><tr><td>\n\n* Item ${index}`).join('\n\n')}`
    expect(growth(tables(100), tables(1000))).toBeLessThan(40)
  })

  it('should leave out a Distill citation and a kramdown attribute list after a long run of spaces in about linear time', () => {
    const article = (spaces: number) =>
      `# T\n\n## A\n\nWords${' '.repeat(spaces)}words <d-cite key="a"></d-cite>, more.\n\nWords${' '.repeat(spaces)}words {: .x}\n`
    expect(growth(article(4000), article(40_000))).toBeLessThan(40)
  })

  it('should read thousands of JSX wrappers and of indented shortcodes that never close in about linear time', () => {
    // (Each wrapper or shortcode opened inside a list item once searched the rest of the article for its close.)
    // (Read as template syntax only: rendered, so many open elements nest past what the deck renders, and are refused.)
    const wrappers = (count: number) => `# T\n\n## A\n\nWords of the section.\n\n${'<div className="x">\n'.repeat(count)}`
    expect(growth(wrappers(800), wrappers(8000), convertBlockSyntax)).toBeLessThan(40)
    const shortcodes = (count: number) =>
      `# T\n\n## A\n\n${Array.from({ length: count }, (_, index) => `1.  Step ${index}\n\n    {{< note${index % 3} >}}\nA note.`).join('\n\n')}`
    expect(growth(shortcodes(500), shortcodes(5000), convertShortcodes)).toBeLessThan(40)
    // (A component's tag in a quote is read on from each quoted line that opens one and does not close it.)
    const quoted = (count: number) =>
      `# T\n\n## A\n\n${'> <Tabs a="\n'.repeat(count)}\n\n> ${'<A '.repeat(count * 5)}\n\n> x ${'<B '.repeat(count * 5)}>\n`
    expect(growth(quoted(500), quoted(5000), convertShortcodes)).toBeLessThan(40)
  })

  it('should render a list of tens of thousands of items in about linear time', () => {
    const list = (items: number) =>
      `# T\n\n## A\n\nThe items:\n\n${Array.from({ length: items }, (_, index) => `- item ${index} here`).join('\n')}`
    expect(growth(list(1500), list(15_000))).toBeLessThan(40)
  })

  it('should read a one-sentence teaser with a long word, a caption of brackets and a run of quotes in about linear time', () => {
    const article = (size: number) =>
      `# T

## A

There were several factors that led to ${'a'.repeat(size)} b c d e f g h.

The next paragraph says what they were.

` +
      `{% include figure.html filename="x.png" caption="${'['.repeat(size)}" %}

It works!${"'".repeat(size)} and then some.
`
    expect(growth(article(200), article(2000))).toBeLessThan(40)
  })

  it('should read thousands of inline notes, closed or never closed, in one paragraph in about linear time', () => {
    // (Each "^[" once looked for its "]" to the paragraph's end, and each note cut the paragraph anew.)
    const open = (count: number) => `# T\n\n## A\n\nWords ${'^[a b '.repeat(count)}end.\n`
    expect(growth(open(2000), open(20_000), convertInlineNotes)).toBeLessThan(40)
    const closed = (count: number) => `# T\n\n## A\n\nWords ${'word^[a\nnote] '.repeat(count)}end.\n`
    expect(growth(closed(2000), closed(20_000), convertInlineNotes)).toBeLessThan(40)
    const spaced = (size: number) => `# T\n\n## A\n\nWords^[a ${' '.repeat(size)}note] end.\n`
    expect(growth(spaced(20_000), spaced(200_000), convertInlineNotes)).toBeLessThan(40)
  })

  it("should read thousands of MDX components never closed, or a person's, on one line in about linear time", () => {
    // (Each looked back for its line's start from where it stood, and each clause word of the point cut from the
    // words they leave put the whole rest of the sentence in lower case.)
    const mdx = (article: string) => renderDeck(new VFile({ path: 'a.mdx', value: article }))
    const notes = (count: number) => `# T\n\nIntro words here. ${'<Footnote>note '.repeat(count)}\n`
    expect(growth(notes(3000), notes(30_000), mdx)).toBeLessThan(40)
    const people = (count: number) => `Led by ${'<Avatar name="Ann Lee" /> '.repeat(count)}\n`
    expect(growth(people(3000), people(30_000), (text) => convertInlineSyntax(text, () => ''))).toBeLessThan(40)
  })

  it('should leave out navigation, typeset bare environments and cut sentences of examples at hostile sizes in about linear time', () => {
    const navs = (count: number) => `# T\n\n## A\n\nWords ${'<nav a'.repeat(count)} end.\n\n${'<nav>x</nav>\n'.repeat(count)}`
    expect(growth(navs(2000), navs(20_000))).toBeLessThan(40)
    const environments = (count: number) => `# T\n\n## A\n\n${'Words\n\\begin{align}\nx = 1\n'.repeat(count)}end.\n`
    expect(growth(environments(300), environments(3000))).toBeLessThan(40)
    // (A paragraph of lines that each open a bracket, looked through for a dash line after them, and a sentence of examples
    // opened again and again, each comma of which was read with a copy of the rest of the sentence.)
    const brackets = (count: number) => `# T\n\n## A\n\n${'(a b c\n'.repeat(count)}end.\n`
    const prepared = (article: string) => prepareSource(new VFile({ path: 'a.md', value: article }))
    expect(growth(brackets(2000), brackets(20_000), prepared)).toBeLessThan(40)
    const examples = (count: number) => `# T\n\n## A\n\nThe value is ${'like a, '.repeat(count)}here.\n`
    expect(growth(examples(800), examples(8000))).toBeLessThan(40)
    // (And display math whose dollars share a line with its TeX, never closed: ten lines of words once took minutes.)
    const opened = (count: number) => `# T\n\n## A\n\n${'$$x\nab cd ef gh\nab cd ef gh\nab cd ef gh\n'.repeat(count)}end.\n`
    expect(growth(opened(300), opened(3000))).toBeLessThan(40)
  })

  it('should read thousands of issue links in one paragraph, and a run of colons that is no role, in about linear time', () => {
    const links = (count: number) =>
      `# T\n\n## A\n\nFixed ${Array.from({ length: count }, (_, index) => `[#${index}](https://example.org/${index})`).join(' ')}\n`
    expect(growth(links(300), links(3000))).toBeLessThan(40)
    const colons = (size: number) => `# T\n\n## A\n\nWords ${':a'.repeat(size)} end.\n`
    expect(growth(colons(5000), colons(50_000))).toBeLessThan(40)
  })

  it('should read the blog formats of review 93 at hostile sizes in about linear time', () => {
    // (Pull quotes: a class of thousands of words, thousands of openings never closed.)
    const classes = (count: number) => `<div class="quote ${'quote '.repeat(count)}\n`
    expect(growth(classes(2000), classes(20_000), convertBlockSyntax)).toBeLessThan(40)
    const openings = (count: number) => '<div class="quote">\n'.repeat(count)
    expect(growth(openings(1000), openings(10_000), convertBlockSyntax)).toBeLessThan(40)
    // (Thousands of picture components in one HTML block, each once looked back to the block's start.)
    const pictures = (count: number) => `<div>\n${'<Image src="a.png" alt="a" />\n'.repeat(count)}`
    expect(growth(pictures(1000), pictures(10_000), convertBlockSyntax)).toBeLessThan(40)
    // (Thousands of Liquid loops never closed, and a listing of thousands of blank lines after Twoslash's cut.)
    const loops = (count: number) => `Words ${'{% for a in b %}'.repeat(count)} end.\n`
    expect(growth(loops(2000), loops(20_000), convertShortcodes)).toBeLessThan(40)
    const blank = (count: number) => `# T\n\n## A\n\n\`\`\`ts\n// ---cut---\n${'\n'.repeat(count)}x\n\`\`\`\n`
    expect(growth(blank(4000), blank(40_000))).toBeLessThan(40)
  })
})

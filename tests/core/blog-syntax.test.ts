import type { Blockquote, Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { splitVisual } from '../../src/core/split-visual.ts'
import { VFile } from 'vfile'
import { convertBlockSyntax } from '../../src/core/block-syntax.ts'
import { closePandocYaml } from '../../src/core/frontmatter.ts'
import { renderDeck } from '../../src/core/index.ts'
import { convertInlineSyntax } from '../../src/core/inline-syntax.ts'
import { convertShortcodes } from '../../src/core/shortcodes.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

const lines = (value: string) => value.split('\n').length
const block = (markdown: string) => convertBlockSyntax(markdown).text
const inline = (prose: string) => {
  const kinds: string[] = []
  const leave = (kind: string) => {
    kinds.push(kind)
    return ''
  }
  return { text: convertInlineSyntax(prose, leave), kinds }
}
const render = (value: string) => {
  const rendered = renderDeck(new VFile({ path: 'post.md', value }))
  return { tree: parseDeck(rendered.html), file: rendered.file, deck: rendered.deck }
}
/** The deck's words outside code. */
const prose = (tree: ReturnType<typeof parseDeck>) => {
  const copy = structuredClone(tree)
  for (const code of selectAll('pre, code', copy)) code.children = []
  return text(copy)
}

describe('bold lines an export left unclosed', () => {
  it('should read "**可以复现" alone between blank lines as the bold line, heading its part, never its marks', () => {
    // (Review 83: SOFAStack's post, exported from WeChat, wrote its part headings "**可以复现", "**总结" without closing
    // marks: they showed as points with their "**", and the parts ran on into the one before.)
    const { tree } = render(
      '---\ntitle: T\nlang: zh\n---\n\n## 问题\n\n内存占用过高是一个常见问题。\n\n**可以复现\n\n如果问题可以复现，就用工具找到原因。\n\n**难以复现\n\n如果难以复现，就在生产环境打开开关。\n\n```\n**not bold\n\n```\n',
    )
    expect(text(tree)).not.toContain('**可')
    expect(selectAll('h2, h3', tree).map(text)).toEqual(
      expect.arrayContaining([expect.stringContaining('可以复现'), expect.stringContaining('难以复现')]),
    )
    expect(text(select('code', tree))).toContain('**not bold')
    // Bold run on into the next line, or a line of words after "**" in a paragraph, is left as written.
    expect(text(render('# T\n\n## A\n\nWords before.\n**bold\nthat runs on** here.\n').tree)).toContain('bold that runs on here.')
    // One such line alone is the writer's as written ("**kwargs" in a Python post): no heading.
    const kwargs = render('# T\n\n## A\n\nPass keyword arguments as a dict.\n\n**kwargs\n\nThey arrive as a dict.\n').tree
    expect(selectAll('h2, h3', kwargs).map(text)).toEqual(['A'])
  })
})

describe('MyST directives', () => {
  it('should make a callout of an admonition in either form, leave out a todo, and label each tab', () => {
    // (Review 84: pyOpenSci's Hatch tutorial, `:::{important}` only in the notes, a `:::{todo}` the author left in the
    // speaker notes, and its Mac and Windows tabs run together without their names.)
    const { tree, file } = render(
      [
        '# Hatch',
        '',
        '## Install',
        '',
        'Install Hatch for your system.',
        '',
        '::::{tab-set}',
        '',
        ':::{tab-item} MAC',
        '',
        'Download the latest GUI installer for MAC.',
        '',
        ':::',
        '',
        ':::{tab-item} Windows',
        '',
        'Download the correct .msi file.',
        '',
        ':::',
        '',
        '::::',
        '',
        ':::{important}',
        "If you don't already have Python installed, Hatch will do it for you.",
        ':::',
        '',
        '```{note}',
        'Hatch can also manage environments.',
        '```',
        '',
        ':::{todo}',
        'I think we need the SPDX license options here.',
        ':::',
        '',
        '```{todo}',
        'Fix this later.',
        '```',
        '',
        '```{r}',
        'x <- 1',
        '```',
      ].join('\n'),
    )
    expect(selectAll('.lectern-callout', tree).map(text)).toEqual([
      "Important If you don't already have Python installed, Hatch will do it for you.",
      'Note Hatch can also manage environments.',
    ])
    expect(text(tree)).not.toMatch(/SPDX|Fix this later|\{todo\}/)
    expect(file.messages.map(String).join('\n')).toMatch(/MyST `\{todo\}`/)
    expect(text(select('aside.notes', tree))).toMatch(
      /MAC\s+Download the latest GUI installer for MAC\.\s+Windows\s+Download the correct \.msi file\./,
    )
    expect(selectAll('pre code', tree).map((code) => text(code).trim())).toEqual(['x <- 1'])
  })
})

describe('block syntax of blog engines', () => {
  it("should show each of Material for MkDocs' content tabs under its label, its listing code, without annotation markers", () => {
    // (Review 106, an essay on duck typing: `=== "Java"` over an indented listing showed its fence as text in a code block.)
    const source = [
      '# Ducks',
      '',
      '## A matrix algorithm',
      '',
      'You implement it in three languages.',
      '',
      '=== "Java"',
      '',
      '    ```java',
      '    public class MyAlgorithm {}',
      '    ```',
      '',
      '=== "Python"',
      '',
      '    ```python',
      '    class Duck:',
      '        quacking = True  # (1)!',
      '    ```',
      '',
      '    1. Make _this_ duck quack.',
      '',
      'In Java, the method takes two matrices.',
      '',
    ].join('\n')
    const { text: converted } = convertBlockSyntax(source)
    expect(lines(converted)).toBe(lines(source))
    const tree = parseDeck(renderDeck(new VFile({ path: 'post.md', value: source })).html)
    expect(selectAll('pre code', tree).map((code) => text(code).trim())).toEqual([
      'public class MyAlgorithm {}',
      'class Duck: quacking = True',
    ])
    expect(selectAll('pre code.language-java, pre code[class*="java"]', tree)).toHaveLength(1)
    expect(selectAll('li.lectern-lead-in', tree).map(text)).toEqual(expect.arrayContaining(['Java:', 'Python:']))
    expect(text(tree)).not.toContain('===')
    expect(text(tree)).toContain('Make this duck quack.')
    // (Tabs written without blank lines stay apart, each label opening its words; a blog's own "// (2)" stays in its code.)
    const tight = convertBlockSyntax('Intro.\n\n=== "A"\n    Text one.\n=== "B"\n    Text two.\n\n```js\nreturn x; // (2)\n```\n').text
    expect(tight).toBe('Intro.\n\n\n**A:** Text one.\n\n**B:** Text two.\n\n```js\nreturn x; // (2)\n```\n')
    // (Not a line of "===" with no label, nor one with nothing indented under it.)
    expect(convertBlockSyntax('A\n===\n\n=== "Alone"\nWords.\n').text).toBe('A\n===\n\n=== "Alone"\nWords.\n')
  })

  it('should write MkDocs and Python-Markdown admonitions as [!kind] quotes, their body no longer code, line for line', () => {
    // Textualize/textual's blog (review 45): `!!! note "My bad 🤦"` over an indented body showed as a code block.
    const source = [
      '!!! note "My bad"',
      '',
      '    The date is wrong on this post&mdash;it was published in September.',
      '    I will not fix it.',
      '',
      '    ```python',
      '    print("hi")',
      '    ```',
      '',
      'After the box.',
      '',
      '??? tip',
      '    Folded tip.',
      '',
      '    !!! warning ""',
      '        Nested warning.',
      '',
      '!!! wow',
      '',
      '    Indented code after a line of exclamation.',
      '```',
      '!!! note',
      '    Inside a fence.',
      '```',
    ].join('\n')
    const result = block(source)
    expect(lines(result)).toBe(lines(source))
    expect(result.split('\n')).toEqual([
      '> [!note] My bad',
      '>',
      '> The date is wrong on this post&mdash;it was published in September.',
      '> I will not fix it.',
      '>',
      '> ```python',
      '> print("hi")',
      '> ```',
      '',
      'After the box.',
      '',
      '> [!tip]',
      '> Folded tip.',
      '>',
      '> > [!warning]',
      '> > Nested warning.',
      '',
      '> [!wow]',
      '>',
      '> Indented code after a line of exclamation.',
      '```',
      '!!! note',
      '    Inside a fence.',
      '```',
    ])
    const { tree } = render(`# Post\n\n## One\n\n${source.split('\n').slice(0, 10).join('\n')}\n`)
    const callout = select('blockquote.lectern-callout-note', tree)
    expect(text(callout!)).toContain('The date is wrong on this post—it was published in September.')
    expect(selectAll('pre', callout!).length).toBe(1)
  })

  it('should read admonitions closed by a bare !!! line: a wrapper’s markers go, a callout’s kind stays, code is highlighted', () => {
    // PostgresML's blog (GitBook, review 102): "!!! code_block time="4769.337 ms"" was a key point on six slides.
    const source = [
      '!!! generic',
      '',
      '!!! code\\_block time="4769.337 ms"',
      '',
      '```postgresql',
      "SELECT pgml.transform(inputs => ARRAY['I am so excited']);",
      '```',
      '',
      '!!!',
      '',
      '!!! results',
      '',
      '| positivity |',
      '| ---------- |',
      '| 0.99       |',
      '',
      '!!!',
      '',
      '!!!',
      '',
      '!!! note',
      '',
      'The first call downloads the model.',
      '',
      '!!!',
    ].join('\n')
    const result = block(source)
    expect(lines(result)).toBe(lines(source))
    expect(result).not.toMatch(/!!!/)
    expect(result).toContain('> [!note]\n>\n> The first call downloads the model.')
    const { tree, file } = render(
      `# Post\n\n## Speed\n\nLet's see how long it takes to run a sentiment analysis model on a single sentence.\n\n${source}\n`,
    )
    expect(text(tree)).not.toMatch(/!!!|code_block|time=/)
    expect(select('pre code.language-postgresql .hljs-keyword', tree)).toBeDefined()
    expect(select('table', tree)).toBeDefined()
    expect(text(select('blockquote.lectern-callout-note', tree)!)).toContain('The first call downloads the model.')
    expect(file.messages.map(String).join('\n')).not.toMatch(/Cannot highlight/)
    // (An indented admonition inside one nests as itself; an opener no bare "!!!" closes before a heading stays as written.)
    expect(block('!!! generic\n\n!!! note\n    Body.\n\n!!!')).toBe('\n\n> [!note]\n> Body.\n\n')
    expect(block('!!! warning\n\n## Section\n\ntext\n\n!!!')).toBe('!!! warning\n\n## Section\n\ntext\n\n!!!')
  })

  it('should read PyMdown’s blocks, /// note | Title … ///, as callouts, tabs by their labels, and other kinds as their words', () => {
    // FastAPI's German guide to async (review 108): "/// note | Hinweis" and "///" were notes paragraphs, and a credit
    // inside the note a key point.
    const source = [
      '/// note | Hinweis',
      '',
      'Sie können `await` nur innerhalb von Funktionen verwenden, die mit `async def` erstellt wurden.',
      '',
      '///',
      '',
      '/// details | Why?',
      '    type: warning',
      '',
      'Because.',
      '',
      '//// tab | Python',
      '',
      'Words of the tab.',
      '',
      '////',
      '',
      '///',
      '',
      '/// html | div',
      '',
      'Wrapped words.',
      '',
      '///',
    ].join('\n')
    const result = block(source)
    expect(lines(result)).toBe(lines(source))
    expect(result).not.toMatch(/\/\/\/|type: warning/)
    expect(result).toContain('> [!note] Hinweis\n>\n> Sie können')
    expect(result).toContain('> [!warning] Why?')
    expect(result).toContain('> Python:')
    expect(result).toContain('\nWrapped words.\n')
    // (A line of slashes in prose, or a doc comment in a listing, is the writer's.)
    expect(block('/// Returns the value.\n\nText.\n')).toBe('/// Returns the value.\n\nText.\n')
    expect(block('```rust\n/// note\nfn x() {}\n///\n```\n')).toBe('```rust\n/// note\nfn x() {}\n///\n```\n')
    expect(block('/// note\n\n## Heading\n\n///\n')).toBe('/// note\n\n## Heading\n\n///\n')
  })

  it('should warn once for a language no grammar reads, at its first block, with how many more there are', () => {
    // Solidity's advisory (review 102): "Cannot highlight as `solidity`" was printed seven times for each command.
    const fence = (code: string) => `\`\`\`solidity\n${code}\n\`\`\``
    const { file } = render(
      `# Post\n\n## Code\n\nTwo contracts.\n\n${fence('contract A {}')}\n\nAnd another.\n\n${fence('contract B {}')}\n\n${fence('contract C {}')}\n`,
    )
    const warnings = file.messages.filter((message) => /Cannot highlight/.test(message.reason))
    expect(warnings.map((message) => [message.reason, message.line])).toEqual([
      ['Cannot highlight as `solidity`, it’s not registered (here and in 2 more code blocks)', 7],
    ])
  })

  it('should write admonitions, Quarto callouts and plain fenced divs as [!kind] quotes or plain text, line for line', () => {
    const source = [
      ':::info We are on ProductHunt',
      '',
      'Show some **love**.',
      '',
      ':::',
      '',
      '::: {.callout-tip}',
      '## Tip With Caption',
      'A caption.',
      ':::',
      '',
      '::: {.column-margin}',
      'Aside.',
      ':::',
    ].join('\n')
    const result = block(source)
    expect(lines(result)).toBe(lines(source))
    expect(result.split('\n')).toEqual([
      '> [!info] We are on ProductHunt',
      '>',
      '> Show some **love**.',
      '>',
      '',
      '',
      '> [!tip] Tip With Caption',
      '>',
      '> A caption.',
      '',
      '',
      '',
      'Aside.',
      '',
    ])
  })

  it('should drop MDX statements, unwrap mdx-code-block fences and keep code as written', () => {
    const source = [
      '---',
      'title: Post',
      '---',
      '',
      "import Tabs from '@theme/Tabs';",
      'import {',
      '  A,',
      "} from './a';",
      'export const meta = {',
      '  a: 1,',
      '};',
      '',
      'Words about import statements.',
      '',
      '```mdx-code-block',
      "import X from './x';",
      '<X>Hello</X>',
      '```',
      '',
      '```js',
      "import Y from './y';",
      '```',
    ].join('\n')
    const result = block(source).split('\n')
    expect(result).toHaveLength(lines(source))
    expect(result.slice(4, 11).every((line) => line === '')).toBe(true)
    expect(result[12]).toBe('Words about import statements.')
    expect(result.slice(14, 18)).toEqual(['', '', '<X>Hello</X>', ''])
    expect(result.slice(19)).toEqual(['```js', "import Y from './y';", '```'])
  })

  it('should drop kramdown attribute lists and keep the inside of markdown="1" blocks as markdown', () => {
    const result = block('A paragraph.\n{: .lead}\n\n<div class="wide" markdown="1">\n**Inside** a box.\n</div>\n')
    expect(result).toBe('A paragraph.\n\n\n\n**Inside** a box.\n\n')
  })

  // A French post (eleven-labs/blog.eleven-labs.com) sets rel on each link and parenthesis.
  it('should drop a kramdown span attribute list right after its span, and keep braces in prose', () => {
    expect(inline('[php.net](http://www.php.net/) (la bible){:rel="nofollow noreferrer"}, qui permet de suivre PHP.').text).toBe(
      '[php.net](http://www.php.net/) (la bible), qui permet de suivre PHP.',
    )
    expect(inline('Some *red*{:.red} words and [RSSOwl](http://www.rssowl.org/){:target="_blank"}.').text).toBe(
      'Some *red* words and [RSSOwl](http://www.rssowl.org/).',
    )
    expect(inline('A set {:a, b} stays.').text).toBe('A set {:a, b} stays.')
  })

  it('should show a magic link as the name it links ({VueUse}, {@antfu}), and keep braces of math, sets and templates', () => {
    // (antfu.me's "Mental Health in Open Source".)
    expect(inline('- The awesome & super supportive {Nuxt} team {@Atinux} {@danielroe} {@pi0}').text).toBe(
      '- The awesome & super supportive Nuxt team @Atinux @danielroe @pi0',
    )
    expect(inline('I started with {i18n Ally} and {VueUse}, and since then I joined {Nuxt DevTools}.').text).toBe(
      'I started with i18n Ally and VueUse, and since then I joined Nuxt DevTools.',
    )
    expect(inline('The ratio $\\frac{a}{b}$ and $x^{N}$ and the sets {a, b} and {x} and {{ count }} stay.').text).toBe(
      'The ratio $\\frac{a}{b}$ and $x^{N}$ and the sets {a, b} and {x} and {{ count }} stay.',
    )
    const { tree } = render(
      '# Post\n\n## Thanks\n\nI started getting into Open Source with {i18n Ally} and {VueUse}, thanks to {@Atinux}.\n',
    )
    expect(text(select('aside.notes', tree))).toBe('I started getting into Open Source with i18n Ally and VueUse, thanks to @Atinux.')
  })

  // PCSX2's history (PCSX2/pcsx2-net-www): characters lost to a wrong encoding before it was committed.
  it('should read a heading whose marks a no-break space follows as the heading, outside code', () => {
    // A MySQL-versus-PostgreSQL post (review 73): "## MySQL Community Edition" showed as a key point, hashes and all.
    const { tree } = render(
      '# Databases\n\n##\u00a0MySQL Community Edition\n\nMySQL is a database many teams run.\n\n```\n##\u00a0kept\n```\n',
    )
    expect(selectAll('h2', tree).map(text)).toContain('MySQL Community Edition')
    expect(prose(tree)).not.toMatch(/##/)
    // (In code, as written: the no-break space stays.)
    expect(renderDeck(new VFile({ path: 'post.md', value: '# D\n\n## A\n\nWords here.\n\n```\n##\u00a0kept\n```\n' })).html).toMatch(
      /##(?:\u00a0|&#xA0;|&nbsp;)kept/,
    )
  })

  it('should leave out replacement characters (U+FFFD), which hid a sentence’s end', () => {
    const { tree } = render('# History\n\n## Today\n\nMany big challenges await us.\uFFFD The next release is months away from now.\n')
    expect(text(select('aside.notes', tree))).toBe('Many big challenges await us. The next release is months away from now.')
  })

  it('should drop goldmark’s (Hugo’s) attribute line after a table or a paragraph, and keep a line in braces that is prose', () => {
    const result = block('| a | b |\n| - | - |\n| 1 | 2 |\n{.wide-first-col #t1 data-x="y z"}\n\nText.\n{placeholder}\n{ see below }\n')
    expect(result).toBe('| a | b |\n| - | - |\n| 1 | 2 |\n\n\nText.\n{placeholder}\n{ see below }\n')
  })

  it('should make a Bootstrap alert attribute list before its paragraph a box of that paragraph, not a key point', () => {
    // (Review 40: INBO's gull post opened on its site notice as the talk's first point.)
    const source = [
      '{:.alert .alert-warning}',
      'We no longer have a CARTO account and have replaced embedded maps with screenshots.',
      '',
      'In July last year we released the gull tracking data as open data.',
    ].join('\n')
    const result = block(source)
    expect(lines(result)).toBe(lines(source))
    expect(result).toBe(
      '> [!warning]\n> We no longer have a CARTO account and have replaced embedded maps with screenshots.\n\nIn July last year we released the gull tracking data as open data.',
    )
    const tree = parseDeck(renderDeck(new VFile({ path: 'post.md', value: `# T\n\n## Data\n\n${source}\n` })).html)
    expect(text(select('blockquote.lectern-callout-warning', tree))).toMatch(/no longer have a CARTO account/)
    expect(selectAll('.lectern-points > li', tree).map(text).join(' ')).not.toMatch(/CARTO/)
  })

  it('should make minimal-mistakes notices ({: .notice--info}, <div class="notice" markdown="1">) [!kind] quotes, line for line', () => {
    const source = [
      'Intro.',
      '',
      '**Info Notice:** Read this',
      'before you start.',
      '{: .notice--info}',
      '',
      '<div class="notice--warning" markdown="1">',
      '**Careful** here.',
      '',
      '```sh',
      'rm -rf build',
      '```',
      '</div>',
      '',
      'A plain notice.',
      '{: .notice}',
    ].join('\n')
    const result = block(source)
    expect(lines(result)).toBe(lines(source))
    expect(result.split('\n')).toEqual([
      'Intro.',
      '> [!info]',
      '> **Info Notice:** Read this',
      '> before you start.',
      '',
      '',
      '> [!warning]',
      '> **Careful** here.',
      '>',
      '> ```sh',
      '> rm -rf build',
      '> ```',
      '',
      '> [!note]',
      '> A plain notice.',
      '',
    ])
  })

  it('should leave out kramdown’s generated table of contents (* TOC then {:toc}), line for line', () => {
    const source = 'Intro.\n\n* TOC\n{:toc}\n\nWords.\n'
    const result = block(source)
    expect(result).toBe('Intro.\n\n\n\n\nWords.\n')
    expect(prose(render(`# Post\n\n## One\n\n${source}`).tree)).not.toContain('TOC')
  })

  it('should leave out the title kramdown leaves out of its table of contents, and read "1) Title" over "===" as a heading', () => {
    // (Review 57: a security advisory's .markdown post, titled "Table of Contents", every section "Introduction ============".)
    const source =
      'Table of Contents\n================\n{:.no_toc}\n\n* ToC\n{:toc}\n\n1) Introduction\n============\n\nThe module performs unsafe file operations in home directories.\n\n2) Details\n==========\n\nIt follows symlinks as root.\n'
    expect(block(source).split('\n')).toHaveLength(source.split('\n').length)
    const { tree } = render(`---\ntitle: An advisory\n---\n\n${source}`)
    const titles = selectAll('section.lectern-slide h2', tree).map(text)
    expect(titles).toEqual(['1) Introduction', '2) Details'])
    expect(text(select('section.lectern-title h1', tree))).toBe('An advisory')
  })

  it('should leave out the markers of a generated table of contents ([[toc]], [TOC], [[_TOC_]], $ {toc} without the space), line for line, and keep them in code and prose', () => {
    // (antfu.me's "Mental Health in Open Source", a VitePress-style post, opens on `[[toc]]`.)
    const source = `[[toc]]\n\nIntro.\n\n[TOC]\n\n  [[_TOC_]]\n\n\${toc}\n\nThe [toc] marker is kept in a sentence.\n\n\`\`\`md\n[[toc]]\n\`\`\`\n`
    const result = block(source)
    expect(result).toBe('\n\nIntro.\n\n\n\n\n\n\n\nThe [toc] marker is kept in a sentence.\n\n```md\n[[toc]]\n```\n')
    const { tree } = render(`# Post\n\n## One\n\n${source}`)
    expect(selectAll('aside.notes p', tree).map(text)).not.toContain('toc')
  })

  it('should make Markua’s (Leanpub’s) blurbs, W> and T> lines, [!kind] quotes, line for line, and leave prose and code alone', () => {
    // As webpack's docs and blog write them.
    const source = [
      'Intro.',
      '',
      'W> Using multiple different ESM CDNs will not work.',
      'W> This is only an example.',
      '',
      'Native support is planned.',
      '',
      'T> For webpack 4 there is a plugin.',
      '',
      'A>B is how we wrote it.',
      '',
      '```text',
      'W> kept as written',
      '```',
    ].join('\n')
    const result = block(source)
    expect(result.split('\n')).toEqual([
      'Intro.',
      '> [!warning]',
      '> Using multiple different ESM CDNs will not work.',
      '> This is only an example.',
      '',
      'Native support is planned.',
      '> [!tip]',
      '> For webpack 4 there is a plugin.',
      '',
      'A>B is how we wrote it.',
      '',
      '```text',
      'W> kept as written',
      '```',
    ])
    const { tree } = render(`# Post\n\n## ESM\n\nWebpack may load modules from a CDN one day.\n\n${source}\n`)
    expect(text(select('blockquote.lectern-callout.lectern-callout-warning', tree)!)).toContain('will not work')
    expect(prose(tree)).not.toMatch(/[WT]>/)
  })

  it('should show notices as callout boxes on the slide', () => {
    const { tree } = render(
      '# Post\n\n## Notes\n\nBefore.\n\n**Changes in Service:** We updated our privacy policy.\n{: .notice--danger}\n',
    )
    const callout = select('blockquote.lectern-callout.lectern-callout-danger', tree)
    expect(callout).toBeDefined()
    expect(text(callout!)).toContain('We updated our privacy policy.')
    expect(prose(tree)).not.toContain('{:')
  })

  it('should write GitHub Docs variables as the words they stand for, and count the other data tags in one warning', () => {
    const { tree, file } = render(
      '# Post\n\n## Toolbar\n\nEvery comment field on {% data variables.product.product_name %} has a toolbar for {% data variables.product.prodname_code_scanning %} alerts.\n\n{% data reusables.user-settings.access_settings %}\n',
    )
    const words = prose(tree)
    expect(words).toContain('Every comment field on GitHub has a toolbar for code scanning alerts.')
    expect(words).not.toMatch(/\{%|%\}/)
    const warnings = file.messages.filter((message) => message.ruleId === 'template-tags')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].reason).toContain('1 × Liquid `data`')
  })

  it("should drop the list kramdown replaces with its table of contents ('* TOC' then '{:toc}'), keeping every line's number", () => {
    expect(block('Intro.\n\n* TOC\n{:toc}\n\n## First\n')).toBe('Intro.\n\n\n\n\n## First\n')
    expect(block('* a real list\n{: .compact}\n')).toBe('* a real list\n\n')
  })

  it('should give R Markdown and Quarto chunks their language and hide the hidden ones', () => {
    const source =
      '```{r setup, include = FALSE}\nknitr::opts_chunk$set()\n```\n\n```{r, eval = FALSE}\nlibrary(DBI)\n```\n\n```{python}\n#| echo: false\nprint(1)\n```\n'
    expect(block(source)).toBe('\n\n\n\n```r\nlibrary(DBI)\n```\n\n\n\n\n\n')
  })

  it("should hide a Quarto chunk the page folds away, '#| code-fold: true', and show one it shows unfolded", () => {
    // (A Quarto statistics post seen in review: four folded chunks of plotting code filled ten slides.)
    const source =
      '```{r}\n#| code-fold: true\n#| code-summary: Source code for plots\nhist(x)\n```\n\n```{r}\n#| code-fold: show\nmean(x)\n```\n'
    expect(block(source)).toBe('\n\n\n\n\n\n```r\n\nmean(x)\n```\n')
  })

  it('should turn Microsoft Learn image directives into images and count the others', () => {
    const result = convertBlockSyntax(':::image type="content" source="media/a.png" alt-text="The canvas.":::\n\n:::zone pivot="cli":::\n')
    expect(result.text).toBe('![The canvas.](<media/a.png>)\n\n\n')
    expect(result.removed).toEqual([{ kind: 'Microsoft Learn `:::zone:::`', line: 3 }])
  })
})

describe('inline syntax of wikis and MDX', () => {
  it('should show wiki links as their text and Obsidian picture embeds as pictures', () => {
    expect(inline('See [[showcase|already using Quartz]], [[layout]] and [[Path#Anchor]].').text).toBe(
      'See already using Quartz, layout and Path › Anchor.',
    )
    expect(inline('![[diagram.png|The flow]] and ![[Other note]]')).toEqual({
      text: '![The flow](<diagram.png>) and ',
      kinds: ['Obsidian embed `![[…]]`'],
    })
  })

  it('should drop JSX tags, keep the text they wrap, and count each component once per use', () => {
    const source = [
      '<TweetQuote',
      '  url="https://twitter.com/x"',
      '  name="Rachel">',
      "  Unless you're spinning up a team,{' '}",
      '  you probably want it!',
      '</TweetQuote>',
      '',
      'A <Link to="/x">linked word</Link> and <ProductHuntCard />.',
    ].join('\n')
    const result = inline(source)
    expect(result.text).toBe("\n\n\n  Unless you're spinning up a team, \n  you probably want it!\n\n\nA linked word and .")
    expect(result.kinds).toEqual(['MDX `<TweetQuote>`', 'MDX `<Link>`', 'MDX `<ProductHuntCard>`'])
  })

  it('should drop Microsoft Learn includes and kramdown attributes at a line’s end', () => {
    expect(inline('[!INCLUDE [docs under construction](../includes/preview-note.md)]\n\nA word {: .big}\nnext')).toEqual({
      text: '\n\nA word\nnext',
      kinds: ['Microsoft Learn `[!INCLUDE]`'],
    })
  })
})

describe("Sphinx's and MyST's roles", () => {
  // (d2l.ai's maximum likelihood section, seen in review: a point read "the maximum likelihood
  // estimate :eqref:eq_max_like by finding…", and its notes "Indeed in :numref:sec_naive_bayes".)
  const source = [
    '# T',
    '',
    '## Max',
    '',
    ':label:`sec_mle`',
    '',
    'We could find the maximum likelihood estimate :eqref:`eq_max_like` by finding where the derivative is zero.',
    '',
    'Indeed in :numref:`sec_naive_bayes` we will see this applied. See {term}`stack` and :doc:`the guide <install>`, or `code`.',
    '',
    'The {VueUse} project and {@antfu} stay magic links.',
  ].join('\n')
  const tree = parseDeck(renderDeck(source).html)
  const notes = text(select('#max aside.notes', tree))

  it('should leave out a role that names an equation, a label or a work cited, and say a section by its label', () => {
    expect(notes).toMatch(/likelihood estimate by finding/)
    expect(notes).toMatch(/Indeed in naive bayes we will see/)
    expect(text(select('#max', tree))).not.toMatch(/eqref|numref|label|sec_mle|eq_max_like/)
  })

  it("should show a role's own words, and keep code and magic links as before", () => {
    expect(notes).toMatch(/See stack and the guide, or code\./)
    expect(text(select('#max aside.notes code', tree))).toBe('code')
    expect(notes).toMatch(/The VueUse project and @antfu stay/)
  })
})

describe('callouts in the deck', () => {
  it("should show a block quote that opens on a note's label as a callout of its kind, not a quotation", () => {
    // conda-forge's history (review 86) set its "> Reminder: Continuum Analytics is now Anaconda…" as a large italic quotation.
    const { tree } = render(
      [
        '# Post',
        '',
        '## One',
        '',
        '> Reminder: Continuum Analytics is now Anaconda, but this article keeps the old name.',
        '',
        'The company history is essential for the story of the project.',
        '',
        '> **Note**: some parts of the logs are stable.',
        '',
        '> **Note that the API changed.** Everything else stays.',
        '',
        '> Donald Knuth said many things about optimisation.',
      ].join('\n'),
    )
    const callouts = selectAll('blockquote.lectern-callout', tree)
    expect(callouts.map((callout) => text(select('.lectern-callout-label', callout)))).toEqual(['Reminder', 'Note'])
    expect(text(callouts[0])).toContain('Continuum Analytics is now Anaconda')
    expect(text(callouts[0])).not.toContain('Reminder:')
    expect(text(callouts[1])).toMatch(/Note\s*some parts of the logs are stable/)
    expect(selectAll('blockquote:not(.lectern-callout)', tree)).toHaveLength(2)
  })

  // The Django Girls tutorial in Spanish (review 97): "> **Nota** …" had been a large quotation on a slide of its own.
  it("should read a bold label alone as a note's label without its colon, in the languages articles are written in", () => {
    const { tree } = render(
      [
        '# Post',
        '',
        '## Uno',
        '',
        '> **Nota** El siguiente capítulo puede ser, a veces, un poco difícil de seguir.',
        '',
        'El despliegue es una parte importante del proceso.',
        '',
        '> **Dica:** use um ambiente virtual.',
        '',
        '> **注意** 这个命令会删除所有数据。',
        '',
        '> **Nota que** esto no es una etiqueta.',
      ].join('\n'),
    )
    const callouts = selectAll('blockquote.lectern-callout', tree)
    expect(callouts.map((callout) => text(select('.lectern-callout-label', callout)))).toEqual(['Nota', 'Dica', '注意'])
    expect(selectAll('blockquote.lectern-callout-tip', tree)).toHaveLength(1)
    expect(text(callouts[0])).toMatch(/Nota\s*El siguiente capítulo/)
    expect(selectAll('blockquote:not(.lectern-callout)', tree)).toHaveLength(1)
  })

  // MDX's post on v2 (review 98): "<Note type="info">⏎**Note**: Info on how to migrate…" said its label twice, "INFO" over "Note:".
  it("should say a box's label once when its words open on a bold label of their own", () => {
    const rendered = renderDeck(
      new VFile({
        path: 'post.mdx',
        value: [
          '# Post',
          '',
          '## Uno',
          '',
          '<Note type="info">',
          '  **Note**: Info on how to migrate is in our guide.',
          '</Note>',
          '',
          '> [!TIP] Faster builds',
          '> **Tip:** use the cache.',
          '',
          '> [!WARNING] Billing',
          '> **Note:** costs apply.',
        ].join('\n'),
      }),
    )
    const callouts = selectAll('blockquote.lectern-callout', parseDeck(rendered.html))
    expect(callouts.map((callout) => text(select('.lectern-callout-label', callout)))).toEqual(['Note', 'Faster builds', 'Billing'])
    expect(callouts.map((callout) => text(callout).replace(/\s+/g, ' ').trim())).toEqual([
      'Note Info on how to migrate is in our guide.',
      'Faster builds use the cache.',
      // (A label of another kind than the box's, under its own title, is the writer's word inside it.)
      'Billing Note: costs apply.',
    ])
  })

  // The Django Girls tutorial in Spanish (review 97): a long "> **Nota** …" cut over two slides left its label alone, an empty box.
  it("should never leave a callout's label alone on a slide, its note on the next", () => {
    const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })
    const long = 'The dot at the start of the file name matters, and some editors hide such files from you by default. '.repeat(4)
    const label: Paragraph = { ...paragraph('Nota'), data: { hProperties: { className: ['lectern-callout-label'] } } }
    const quote: Blockquote = { type: 'blockquote', children: [label, paragraph(long), paragraph(long)] }
    for (const lines of [4, 6, 8]) {
      const pieces = splitVisual(quote, lines) as Blockquote[]
      expect(pieces.length).toBeGreaterThan(1)
      expect(pieces.every((piece) => piece.children.some((child) => child !== label))).toBe(true)
    }
  })

  it('should show GitHub alerts, Obsidian callouts and admonitions as labelled boxes', () => {
    const { tree } = render(
      [
        '# Post',
        '',
        '## One',
        '',
        '> [!WARNING]',
        '> Urgent info that needs attention.',
        '',
        '## Two',
        '',
        '> [!tip] Did you know',
        '> Going to bed earlier helps.',
        '',
        '## Three',
        '',
        ':::note',
        'Markdown front matter customizes the sidebar.',
        ':::',
      ].join('\n'),
    )
    const callouts = selectAll('blockquote.lectern-callout', tree)
    expect(callouts.map((quote) => (quote.properties.className as string[])[1])).toEqual([
      'lectern-callout-warning',
      'lectern-callout-tip',
      'lectern-callout-note',
    ])
    expect(callouts.map((quote) => text(select('.lectern-callout-label', quote)))).toEqual(['Warning', 'Did you know', 'Note'])
    expect(text(callouts[0])).toContain('Urgent info that needs attention.')
    expect(prose(tree)).not.toMatch(/\[!|:::/)
  })

  it('should leave no code box where a multi-line component inside a <div> was (VitePress)', () => {
    const markdown = [
      '# Team',
      '',
      '## Members',
      '',
      'Our team builds the framework and answers questions on the forum every day.',
      '',
      '<div class="team">',
      '    <VPTeamMembers',
      '      size="small"',
      '      :members="members"',
      '    />',
      '    &nbsp;',
      '</div>',
      '',
      'The core team meets every week to plan the next release of the framework.',
    ].join('\n')
    const { tree } = render(markdown)
    const members = slidesOf(tree).find((slide) => text(select('h2', slide)) === 'Members')!
    expect(selectAll('pre', members)).toEqual([])
    expect(text(members)).not.toContain('nbsp')
    // Every line keeps its number.
    expect(lines(inline(markdown).text)).toBe(lines(markdown))
  })

  it('should render an MDX post without its statements, tags or an empty slide, and warn once', () => {
    const { tree, file } = render(
      [
        '---',
        'title: Announcing 2.0',
        '---',
        '',
        "import ProductHuntCard from '@site/src/components/ProductHuntCard';",
        '',
        '<DontEditWarning/>',
        '',
        'Today we are happy to **announce 2.0**!',
        '',
        '<!--truncate-->',
        '',
        '## Why now?',
        '',
        '<TweetQuote url="https://twitter.com/a" handle="a">',
        '  It looks tremendous out of the box.',
        '</TweetQuote>',
        '',
        '<ProductHuntCard />',
      ].join('\n'),
    )
    const words = prose(tree)
    expect(words).not.toMatch(/import |<\/?[A-Z]|\{'/)
    expect(words).toContain('It looks tremendous out of the box.')
    for (const slide of slidesOf(tree)) expect(select('h1, h2', slide), String(slide.properties.id)).toBeTruthy()
    const warnings = file.messages.filter((message) => message.ruleId === 'template-tags')
    expect(warnings.map((message) => [message.line, message.reason])).toEqual([
      [
        7,
        'Left out 3 template tags the deck cannot show: 1 × MDX `<DontEditWarning>`, 1 × MDX `<TweetQuote>`, 1 × MDX `<ProductHuntCard>`',
      ],
    ])
  })
})

describe('Pandoc and Quarto attributes', () => {
  it('should drop attributes after pictures, links and spans, keeping fig-alt as alt text', () => {
    expect(inline('![](callouts.png){.preview-image fig-align="center" fig-alt="Three callout boxes."}').text).toBe(
      '![Three callout boxes.](callouts.png)',
    )
    expect(inline('A [link](https://x.org){target="_blank"} and [marked]{.mark} words, a set {x} stays.').text).toBe(
      'A [link](https://x.org) and marked words, a set {x} stays.',
    )
  })

  it("should drop them after a picture whose alt text runs over lines or holds a link, and Pandoc's escaped space after a picture", () => {
    expect(inline('![Screenshot from\n[a newsletter](https://x.org/n.pdf), 1991.\n](/images/lmb.png){.invertable}\n\nNext.').text).toBe(
      '![Screenshot from\n[a newsletter](https://x.org/n.pdf), 1991.\n](/images/lmb.png)\n\nNext.',
    )
    expect(inline('![editing](/images/e.gif){.invertable} \\\n\nFor further context.').text).toBe(
      '![editing](/images/e.gif)\n\nFor further context.',
    )
    // (Inside a paragraph, a backslash before a line break is a line break, and stays.)
    expect(inline('![a](a.png) \\\nIts caption.').text).toBe('![a](a.png) \\\nIts caption.')
  })

  it("should read a post whose YAML ends with Pandoc's `...`, and never a rule and a paragraph", () => {
    const markdown =
      '---\ntitle: The first web browser\ntags: software-archeology, hypertext\ntoc: true\n...\n\nWhen I was reading a book, I realized something.\n\n## Design\n\n![editing](e.gif){.invertable} \\\n\nWords.\n'
    const rendered = renderDeck(markdown)
    expect(rendered.deck.meta.title).toBe('The first web browser')
    expect(rendered.deck.meta.tags).toEqual(['software-archeology', 'hypertext'])
    const notes = prose(parseDeck(rendered.html))
    expect(notes).not.toMatch(/title:|toc: true|\\|invertable/)
    // A rule, then prose with three dots, is no metadata.
    const ruled = renderDeck('---\n\nSome words...\n...\n\n## Two\n\nMore.\n')
    expect(prose(parseDeck(ruled.html))).toContain('Some words')
  })

  it('should read YAML between fences of four dashes or more, as Hakyll does, and never a heading of it', () => {
    // (thjread's post on kombu (review 108): a slide headed "title: … modified: … tags: …", the deck titled by its folder.)
    const markdown =
      '----\ntitle: "Iodine in kombu: a deep dive"\ntags: Cooking, Chemistry\nprerequisites: \n----\n\nI have been exploring Japanese cuisine.\n\n## What is kombu?\n\nA seaweed.\n'
    const rendered = renderDeck(markdown)
    expect(rendered.deck.meta.title).toBe('Iodine in kombu: a deep dive')
    const deck = parseDeck(rendered.html)
    expect(text(deck)).not.toMatch(/title:|prerequisites/)
    // (Every character where it was: a warning's line and column stay true.)
    expect(closePandocYaml(markdown)).toHaveLength(markdown.length)
    // A rule of four dashes and then prose is no metadata, even with a colon in its first line; nor fences of different lengths.
    const disclaimer =
      '----\nDisclaimer: I work at Acme, which makes one of the tools below.\n\nThe rest of this post compares them.\n\n## Speed\n\nFast.\n\n----\n\nThanks.\n'
    expect(prose(parseDeck(renderDeck(disclaimer).html))).toContain('Disclaimer: I work at Acme')
    expect(renderDeck('----\n\nSome words: here.\n\n----\n\nMore.\n').deck.meta.title).not.toMatch(/Some words/)
    expect(prose(parseDeck(renderDeck('----\ntitle: x\n-----\n\nMore.\n').html))).toMatch(/title: x/)
  })
})

describe('highlighting comments in code', () => {
  it('should take out Docusaurus’s and VitePress’s highlighting notes, keeping the line count', () => {
    const source =
      "```js\nconst config = {\n  // highlight-start\n  appId: 'x',\n  // highlight-end\n  apiKey: 'y', // [!code ++]\n};\n```\nAfter.\n"
    const result = block(source)
    expect(result).toBe("```js\nconst config = {\n  appId: 'x',\n  apiKey: 'y',\n};\n```\n\n\nAfter.\n")
    expect(lines(result)).toBe(lines(source))
  })

  it('should leave out the lines VitePress’s diff notation marks as taken out, keeping the line count', () => {
    // (Vitest 4's release notes, review 105: "provider: 'playwright', // [!code --]" over "provider: playwright({", two lines of one invalid listing.)
    const source = "```ts\nbrowser: {\n  provider: 'playwright', // [!code --]\n  provider: playwright(), // [!code ++]\n},\n```\nAfter.\n"
    const result = block(source)
    expect(result).toBe('```ts\nbrowser: {\n  provider: playwright(),\n},\n```\n\nAfter.\n')
    expect(lines(result)).toBe(lines(source))
  })
})

describe("mdBook's includes", () => {
  it('should leave out a listing made only of includes of the site’s files, and say so, line for line', () => {
    // Ratatui's recipe for spawning Vim (review 91) showed `{{ #include @code/…/main.rs:run }}` as its code.
    const source = [
      'Full code:',
      '',
      '```rust title="main.rs"',
      '{{ #include @code/recipes/how-to-spawn-vim/src/main.rs:main }}',
      '',
      '{{ #include @code/recipes/how-to-spawn-vim/src/main.rs:run }}',
      '```',
      '',
      '```rust',
      '// {{ #include kept.rs }} is a comment here',
      'fn main() {}',
      '```',
    ].join('\n')
    const result = convertBlockSyntax(source)
    expect(result.text).not.toMatch(/#include @code/)
    expect(result.text).toContain('{{ #include kept.rs }} is a comment here')
    expect(lines(result.text)).toBe(lines(source))
    expect(result.removed.map((each) => each.kind)).toContain('mdBook `{{#include}}` listing')
  })
})

describe('blog formats of review 92', () => {
  it('should take Twoslash markup out of a TypeScript or JavaScript listing, and leave an ordinary one as written', () => {
    // svelte.dev's post on view transitions: `// @errors:` and `// ---cut---` shown raw as lines of the example.
    const { tree } = render(
      '# T\n\n## S\n\nCall it:\n\n```js\n// @errors: 2339 2304\nconst domUpdate = async () => {};\n// ---cut---\ndocument.startViewTransition(async () => {\n\tawait domUpdate();\n});\n//      ^?\n```\n\nAnd this:\n\n```ts\n// @ts-expect-error\nconst x: number = "a"\n// @flow\n```\n',
    )
    const code = selectAll('pre', tree).map(text)
    expect(code[0]).toBe('document.startViewTransition(async () => { await domUpdate(); });')
    expect(code[1]).toContain('// @ts-expect-error')
    expect(code[1]).toContain('// @flow')
  })

  it('should leave out a listing Twoslash only includes into the others, and one that was all markup (review 95)', () => {
    // tRPC's blog: "```twoslash include auth" showed as code with its queries, "// @include: trpc" as an empty box.
    const { tree, file } = render(
      '# T\n\n## S\n\nWe read the user from the session first.\n\n```twoslash include auth\nexport async function currentUser() {\n  return null\n}\n//    ^?\n```\n\n```ts twoslash title="server/trpc.ts"\n// @filename: server/auth.ts\n// @include: auth\n// @filename: server/trpc.ts\n// ---cut---\n// @include: trpc\n```\n\n```ts twoslash\n// @include: auth\n// ---cut---\nconst user = await currentUser()\n```\n',
    )
    expect(selectAll('pre', tree).map(text)).toEqual(['const user = await currentUser()'])
    expect(file.messages.map(String).join('\n')).not.toMatch(/twoslash/i)
  })

  it('should say and show a folded callout ("> [!DETAILS]") as the rest of the article, its title in the notes', () => {
    const { tree } = render(
      '# T\n\n## S\n\nThe navigation hook runs before every page is rendered by the router.\n\n> [!DETAILS] How the code works\n> This code may look intimidating at first sight for most readers.\n>\n> The callback returns a promise that delays completing the navigation until the transition starts.\n',
    )
    expect(selectAll('.lectern-callout', tree)).toHaveLength(0)
    const notes = selectAll('aside.notes p', tree).map(text)
    expect(notes).toContain('How the code works')
    expect(notes).toContain('The callback returns a promise that delays completing the navigation until the transition starts.')
    expect(selectAll('.lectern-points li', tree).map(text)).toContain(
      'The callback returns a promise that delays completing the navigation until the transition starts',
    )
  })

  it("should keep the words of a site's own link shortcode as the link it writes", () => {
    // Mattermost's blog: `{{< newtabref href="…" title="JMeter" >}}` left out read "(, , to name a few)".
    const { tree, file } = render(
      '# T\n\n## S\n\nThere are many frameworks ({{< newtabref href="https://jmeter.apache.org/" title="JMeter" >}}, {{< newtabref href="https://gatling.io/" title="Gatling" >}}, to name a few) that do it.\n',
    )
    expect(text(select('aside.notes', tree))).toContain('(JMeter, Gatling, to name a few)')
    expect(file.messages).toHaveLength(0)
  })

  it("should show the picture a site's own shortcode names by its file, with the words after it as its caption", () => {
    // (Review 143, a talk's transcript: `{{<slide slide-02.png "Slide: About me">}}` over the words said to each slide.)
    expect(convertShortcodes('{{<slide slide-02.png "Slide: About me">}}').text).toBe('![Slide: About me](slide-02.png)')
    expect(convertShortcodes('{{< screenshot src="/img/run.png?v=2" alt="The run" >}}').text).toBe('![The run](/img/run.png?v=2)')
    // (Not one whose first word is no picture's file: that is left out, and said to be.)
    const { text: left, removed } = convertShortcodes('{{< slide id="intro" >}}')
    expect(left).toBe('')
    expect(removed).toHaveLength(1)
  })

  it('should read a site address named `site.base-url` as the others, and name a tag it leaves out whole', () => {
    expect(convertShortcodes('![chart]({{ site.base-url }}/img/a.png)').text).toBe('![chart](/img/a.png)')
    const { file } = render('# T\n\n## S\n\nThe value is {{ page.some-thing }} here, said in the text of the page.\n')
    expect(file.messages.map(String).join('\n')).toContain('page.some-thing')
  })

  it('should read a definition list as paragraphs, each opening on its term as a label', () => {
    // Greg Wilson's "Rainy Day Thoughts on AI": objections and answers, "Term\n:   answer".
    const written = [
      '# T',
      '',
      '## Objections',
      '',
      "AI isn't useful.",
      ':   Thoughtful, intelligent people believe it lets them do things in hours that would otherwise take days.',
      "    I don't think they're easily fooled.",
      '',
      'How can you call something "useful" if it is harmful?',
      ':   Something can be useful and harmful at the same time.',
      '',
      '```yaml',
      'key',
      ':   not a definition',
      '```',
    ].join('\n')
    const converted = block(written)
    expect(lines(converted)).toBe(lines(written))
    expect(converted).toContain("**AI isn't useful**: Thoughtful, intelligent people")
    expect(converted).toContain('**How can you call something "useful" if it is harmful?** Something can be')
    expect(converted).toContain(':   not a definition')
    const { tree } = render(written)
    expect(prose(tree)).not.toMatch(/\.\s*:/)
  })
})

describe('pull quotes written as HTML around markdown (review 93, opensource.guide)', () => {
  const written = [
    '# T',
    '',
    '## Why people seek funding',
    '',
    'Much open source work is done by volunteers, who fix a bug they ran into and move on.',
    '',
    '<aside markdown="1" class="pquote">',
    '  <img src="https://avatars.githubusercontent.com/gvanrossum?s=180" class="pquote-avatar" alt="avatar">',
    '',
    '  I was looking for a "hobby" programming project that would keep me occupied during the week around Christmas.',
    '',
    '  <p markdown="1" class="pquote-credit">',
    '— @gvanrossum, ["Programming Python"](https://www.python.org/doc/essays/foreword/)',
    '  </p>',
    '</aside>',
    '',
  ].join('\n')

  it('should read the aside as the quotation it shows, its credit under it, its avatar left out, line for line', () => {
    const converted = block(written)
    expect(lines(converted)).toBe(lines(written))
    expect(converted).toContain('> I was looking for a "hobby" programming project')
    expect(converted).not.toContain('avatar')
    const { tree } = render(written)
    expect(text(select('blockquote', tree))).toContain('I was looking for a "hobby" programming project')
    expect(text(select('.lectern-quote-credit', tree))).toContain('@gvanrossum')
    expect(selectAll('.lectern-points li', tree).map(text).join(' ')).not.toContain('hobby')
    expect(text(tree)).not.toContain('avatar')
  })
})

describe('testimonials written as paragraphs (review 94, Tauri 1.0)', () => {
  it('should read a quotation set as a paragraph over its credit as a block quote with the credit under it', () => {
    const written = [
      '# T',
      '',
      '## Accolades',
      '',
      'Here are some of the things people are saying about Tauri:',
      '',
      '_"Spacedrive had to feel native across all platforms, all while being lightweight and fast."_',
      '**- Jamie Pine**, [Spacedrive](https://www.spacedrive.com) Founder',
      '',
      '_"Tauri has the potential to unlock a new generation of desktop software that feels native."_',
      '',
      '**- Johannes Schickling**, [Prisma](https://www.prisma.io) Founder',
      '',
      'He said "it works" and we believed him, and so did everyone else.',
      '',
    ].join('\n')
    const converted = block(written)
    expect(lines(converted)).toBe(lines(written))
    const { tree } = render(written)
    expect(selectAll('blockquote', tree).map((quote) => text(quote).replace(/\s+/g, ' ').trim())).toEqual([
      '"Spacedrive had to feel native across all platforms, all while being lightweight and fast." - Jamie Pine, Spacedrive Founder',
      '"Tauri has the potential to unlock a new generation of desktop software that feels native." - Johannes Schickling, Prisma Founder',
    ])
    expect(selectAll('.lectern-quote-credit', tree)).toHaveLength(2)
    // (A credit right under its quotation, moved down a line, never runs into the paragraph after it.)
    const glued = render(
      '# T\n\n## S\n\n_"Tauri has the potential to unlock a new generation of desktop software."_\n**- Jamie Pine**, Spacedrive Founder\n\nWe are grateful for every word of support.\n',
    ).tree
    expect(selectAll('aside.notes p', glued).map(text).join('|')).not.toMatch(/Founder\s+We are grateful/)
    // (A sentence that only holds a quotation stays a paragraph.)
    expect(text(select('aside.notes', tree) ?? tree)).toContain('He said "it works"')
  })
})

describe('what the blog formats of review 93 leave as written', () => {
  it('should leave a loop in code as written, name no one for a component that is no person, and keep a credit a credit', () => {
    const loops = convertShortcodes(
      'Code: `{% for post in site.posts %}{{ post.title }}{% endfor %}` here.\n\n{% raw %}{% for p in ps %}{{ p.x }}{% endfor %}{% endraw %}\n',
    ).text
    expect(loops).toContain('`{% for post in site.posts %}{{ post.title }}{% endfor %}`')
    expect(loops).toContain('{% for p in ps %}{{ p.x }}{% endfor %}')
    const { tree } = render(
      '# T\n\n## S\n\nCheck <Icon name="check" /> twice, and thank <Avatar name="Jane\n# Owned" /> for the work she did on the parser.\n',
    )
    const notes = text(select('aside.notes', tree))
    expect(notes).not.toContain('check twice')
    expect(selectAll('h2', tree).map(text)).not.toContain('Owned')
    const quote = block(
      '<div class="pull-quote">\n  Words worth saying twice over.\n  <img src="a.png" class="avatar">\n  And more of them.\n  <p class="credit">\n- @someone\n  </p>\n</div>\n',
    )
    expect(quote).toContain('> Words worth saying twice over.\n>\n> And more of them.')
    expect(quote).toContain('— @someone')
    expect(quote).not.toMatch(/^- @someone/m)
  })

  it("should keep a definition's second paragraph a paragraph, not a listing", () => {
    const converted = block('Term\n:   First paragraph of the definition.\n\n    Second paragraph of it.\n')
    expect(converted).toContain('**Term**: First paragraph of the definition.')
    expect(converted).toContain('\nSecond paragraph of it.')
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { importHtml } from '../../src/import/index.ts'
import { renderDeck } from '../../src/core/index.ts'
import { expectFixture } from '../helpers/fixtures.ts'
import { parseDeck, select, slidesOf, text } from '../helpers/html.ts'
import { headings, nodesOfType, parseMarkdown } from '../helpers/parse-markdown.ts'

const fixtures = new URL('../fixtures/import/html/', import.meta.url)

const pages = new Map<string, ReturnType<typeof importPage>>()

function importPage(name: string) {
  const path = `${name}/input.html`
  const markdown = String(importHtml(readFileSync(new URL(path, fixtures), 'utf8'), { path }).value)
  return { markdown, ...parseMarkdown(markdown) }
}

/** A fixture page, imported once for every test that only reads it. */
function page(name: string) {
  let imported = pages.get(name)
  if (!imported) pages.set(name, (imported = importPage(name)))
  return imported
}

describe('importHtml on a blog post with nav bar, sidebar and footer', () => {
  const { markdown, matter, blocks, tree } = page('blog-post')

  it('should read title, author, description and tags from the meta tags', () => {
    expect(matter).toEqual({
      title: 'Why We Moved to Event Sourcing',
      author: 'Priya Raman',
      description: 'What changed when our ledger service stopped updating rows in place and started recording events.',
      tags: ['event sourcing', 'architecture', 'postgres'],
    })
  })

  it('should make the page title the only # heading, sections ## and below', () => {
    expect(headings(blocks)).toEqual([
      '# Why We Moved to Event Sourcing',
      '## What went wrong',
      '## The new model',
      '### Costs we measured',
    ])
  })

  it('should drop navigation, byline, share links, sidebar, comments, footer, scripts and styles', () => {
    for (const chrome of [
      'Careers',
      'Home',
      'Share on',
      '9 min read',
      'About the author',
      'Related posts',
      'CQRS without the hype',
      'Comments',
      'Tags:',
      'All rights reserved',
      'Privacy',
      'dataLayer',
      'font-family',
      'logo.svg',
    ]) {
      expect(markdown).not.toContain(chrome)
    }
  })

  it('should keep paragraphs with their emphasis and links', () => {
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      text: 'For six years our ledger service kept one row per account and updated it in place. It was simple, and it was wrong in ways that took us years to notice.',
    })
    expect(nodesOfType(tree, 'emphasis').map((node) => toString(node))).toContain('one row per account')
    expect(nodesOfType(tree, 'strong').map((node) => toString(node))).toEqual(['wrong'])
    expect(nodesOfType(tree, 'link').map((node) => [toString(node), node.url])).toEqual([
      ['projection', 'https://martinfowler.com/eaaDev/EventSourcing.html'],
    ])
  })

  it('should keep lists, code with its language, tables and inline code', () => {
    const lists = nodesOfType(tree, 'list')
    expect(lists.map((list) => [list.ordered, list.children.length])).toEqual([
      [false, 3],
      [true, 2],
    ])
    const [code] = nodesOfType(tree, 'code')
    expect(code.lang).toBe('ts')
    expect(code.value).toContain("| { kind: 'deposited'; amount: number }")
    expect(code.value).toContain('const balance = (events: Event[]) =>')
    const [table] = nodesOfType(tree, 'table')
    expect(table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Metric', 'Before', 'After'],
      ['Write latency (p99)', '12 ms', '9 ms'],
      ['Storage per account', '1 row', '~340 events'],
    ])
    expect(nodesOfType(tree, 'inlineCode').map((node) => node.value)).toEqual(['ledger/events.sql'])
  })

  it('should keep local and remote images with their src as written', () => {
    expect(nodesOfType(tree, 'image').map((image) => [image.url, image.alt])).toEqual([
      ['images/ledger-before.png', 'The ledger table before the migration'],
      ['https://cdn.harbor.example/blog/event-flow.svg', 'Event flow from API to projections'],
    ])
  })
})

describe('importHtml on a page with several <h1>', () => {
  const { matter, blocks } = page('several-h1')

  it('should take the <h1> matching the page title as the title, even when it is not the first', () => {
    expect(matter).toEqual({
      title: 'A Field Guide to Rate Limiting',
      author: 'Sam Okafor',
      description: 'Token buckets, leaky buckets and sliding windows, compared on one workload.',
      tags: ['rate limiting', 'api design', 'reliability'],
    })
  })

  it('should demote the other <h1> to ## and shift lower levels with them', () => {
    expect(headings(blocks)).toEqual([
      '# A Field Guide to Rate Limiting',
      '## Contents',
      '## Token bucket',
      '### Tuning the bucket',
      '## Sliding window',
    ])
    expect(blocks.at(-1)).toEqual({ type: 'blockquote', text: 'Pick the simplest limiter your users will not notice.' })
  })

  it('should use the first <h1> when none matches the page title', () => {
    const html = '<title>Site</title><main><h1>First</h1><p>One.</p><h1>Second</h1><p>Two.</p></main>'
    const { matter, blocks } = parseMarkdown(String(importHtml(html).value))
    expect(matter.title).toBe('First')
    expect(headings(blocks)).toEqual(['# First', '## Second'])
  })
})

describe('importHtml on a page of nested <div>s without <article> or <main>', () => {
  const { markdown, matter, blocks } = page('nested-divs')

  it('should find the largest block of text and keep its headings and paragraphs', () => {
    expect(matter).toEqual({ title: 'Baking Sourdough at Home', description: "A beginner's schedule for a first loaf." })
    expect(headings(blocks)).toEqual(['# Baking Sourdough at Home', '## Friday evening', '## Saturday morning'])
    expect(blocks.filter((block) => block.type === 'paragraph')).toHaveLength(6)
    expect(blocks[1].text).toMatch(/^Sourdough needs only flour, water and salt/)
  })

  it('should leave out the menus, link boxes and footer around it', () => {
    for (const chrome of ['Recipes', 'Focaccia', 'Newsletter', 'Copyright', 'Crumb']) expect(markdown).not.toContain(chrome)
  })
})

describe('importHtml details', () => {
  it('should strip a site name from <title> when there is no og:title', () => {
    const html = '<title>Ten Tips | The Blog</title><article><p>Text.</p></article>'
    expect(parseMarkdown(String(importHtml(html).value)).matter).toEqual({ title: 'Ten Tips' })
  })

  it("should read a Distill page's title, its footnotes where they are cited, and its citations without words of their own", () => {
    // (Review 107, Olah and Carter's "Research Debt": "The article has no title", "mountains.That is, really outstanding…",
    // "wonderful ideas , as does".)
    const html =
      '<d-front-matter><script type="text/json">{"title": "Research Debt", "authors": []}</script></d-front-matter>' +
      '<d-title><h1>Research Debt</h1></d-title><d-article><p>It is possible to build staircases into these mountains.' +
      '<d-footnote>That is, really outstanding tutorials.</d-footnote> Bret Victor has wonderful ideas <d-cite key="victor"></d-cite>, ' +
      'as does <d-cite key="brooks">The Mythical Man-Month</d-cite>.</p></d-article>'
    const markdown = String(importHtml(html).value)
    expect(parseMarkdown(markdown).matter).toMatchObject({ title: 'Research Debt' })
    expect(markdown).toContain('these mountains.[^n1] Bret Victor has wonderful ideas, as does The Mythical Man-Month.')
    expect(markdown).toContain('[^n1]: That is, really outstanding tutorials.')
    // (An empty footnote says nothing; a citation with words is set apart from the word before it.)
    expect(
      String(
        importHtml('<d-article><p>A note<d-footnote> </d-footnote> and this one<d-cite key="x">Smith 2001</d-cite>.</p></d-article>').value,
      ),
    ).toBe('A note and this one Smith 2001.\n')
    // (Without a front matter, the page's only <h1> names it.)
    expect(
      parseMarkdown(String(importHtml('<d-title><h1>Research Debt</h1></d-title><d-article><p>Text of it.</p></d-article>').value)).matter,
    ).toMatchObject({
      title: 'Research Debt',
    })
  })

  it("should strip the site's section after the title and the dash after the byline's name", () => {
    const html =
      '<title>Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault</title>' +
      '<article><p class="meta"><span itemprop="author"><span itemprop="name">Nicolas Perriault</span> —</span> <time>2014</time></p>' +
      '<p>Text.</p></article>'
    expect(parseMarkdown(String(importHtml(html).value)).matter).toMatchObject({
      title: 'Get your Frontend JavaScript Code Covered',
      author: 'Nicolas Perriault',
    })
  })

  it("should write a list in a table's cell as its items on one line, the table whole", () => {
    const { markdown, blocks } = page('cell-lists')
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'table', 'paragraph'])
    expect(markdown).toContain('| Package per page | No unused files; Only `1` HTTP request | Poor caching                  |')
    expect(markdown).toContain('| Hybrid approach  | Few HTTP requests                      | Some unused files; OK caching |')
  })

  it("should take the author and date from the line under the page's title, and not from a sidebar's posts", () => {
    // Khan Academy's engineering blog (review 48): "Craig Silverstein on Nov 23, 2015" was dropped.
    const blurb = (title: string, name: string, day: string) =>
      `<div class="post-blurb"><h3 class="title"><a href="/x">${title}</a></h3><div class="info"><a class="author-link">${name}</a> on ${day}</div></div>`
    const html =
      '<title>Forgo JS packaging? Not so fast</title><h1 class="logo"><a href="/">Khan Academy Engineering</a></h1>' +
      `<div id="left-bar">${blurb('Switching to Slack', 'Benjamin Pollack', 'Nov 9, 2015')}</div>` +
      '<main><article class="post"><h1 class="title"><a href="/posts/js.htm">Forgo JS packaging? Not so fast</a></h1>' +
      '<div class="info"><img src="/i/cs.png" alt=""> <span class="sr-only">by</span> <a class="author-link" href="https://github.com/csilvers">Craig Silverstein</a> on Nov 23, 2015</div>' +
      `<div class="body"><p>${'The traditional advice for web developers is to bundle the JavaScript files used by their pages. '.repeat(4)}</p></div></article></main>`
    const markdown = String(importHtml(html).value)
    expect(parseMarkdown(markdown).matter).toMatchObject({
      title: 'Forgo JS packaging? Not so fast',
      author: 'Craig Silverstein',
      date: '2015-11-23',
    })
    expect(markdown).not.toMatch(/on Nov 23, 2015/)
  })

  it('should take a handle after "By" and a date before the site\'s category as the author and date, and no WordPress caption as the description', () => {
    // A Pelican physics blog's saved page (review 51): "By 0x7df, Sun 22 March 2015, in category Physics".
    const html =
      '<title>Restarting the LHC - 0x7df</title>' +
      '<meta name="description" content="[caption id=&#34;&#34; align=&#34;alignleft&#34; width=&#34;320&#34;] © 2007 Image Editor, Flickr | CC-BY[/caption] As the LHC gears up, this post is a reminder of the story so far.">' +
      '<div class="header-content"><h1 class="header-title">Restarting the LHC</h1>' +
      '<p class="header-date">By <a href="/author/0x7df.html">0x7df</a>, Sun 22 March 2015, in category <a href="/category/physics.html">Physics</a></p></div>' +
      `<article><p>${'The Large Hadron Collider restarts this spring after two years of upgrades to its magnets. '.repeat(4)}</p></article>`
    expect(parseMarkdown(String(importHtml(html).value)).matter).toMatchObject({
      author: '0x7df',
      date: '2015-03-22',
      description: 'As the LHC gears up, this post is a reminder of the story so far.',
    })
    // (Not a word after "By" that is no name's: "By default, …" opens a sentence.)
    const sentence = `<title>T</title><h1>T</h1><p>By default, 3 March 2021, the flag is on.</p><article><p>${'Words of the post go on. '.repeat(8)}</p></article>`
    expect(parseMarkdown(String(importHtml(sentence).value)).matter.author).toBeUndefined()
  })

  it('should not take a profile URL as the author', () => {
    const html = '<meta property="article:author" content="https://x.example/me"><title>T</title><article><p>Text.</p></article>'
    expect(parseMarkdown(String(importHtml(html).value)).matter).toEqual({ title: 'T' })
  })

  it('should write no frontmatter for a bare fragment', () => {
    expect(String(importHtml('<p>Just *this*.</p>').value)).toBe('Just \\*this\\*.\n')
  })
})

// Each fixture folder holds `input.html` and the expected `output.md`;
// run with UPDATE_FIXTURES=1 to rewrite the expectations after a deliberate change.
describe('importHtml fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(`should convert ${name}/input.html to ${name}/output.md`, () => {
      const { markdown } = page(name)
      const expectedUrl = new URL(`${name}/output.md`, fixtures)
      expectFixture(markdown, expectedUrl)
    })
  }
})

describe('importHtml on tables used for layout', () => {
  it('should keep a sound or a video as its element, named on the deck, never as a link with no words', () => {
    // (A saved fable page's <audio>, and a <video> with its <source>: empty links took a picture's place on the slide.)
    const markdown = String(
      importHtml(
        `<html><body><article><h1>T</h1><p>${'Words of prose. '.repeat(20)}</p><audio src="http://a.example/fable.mp3" controls></audio><video controls><source src="http://a.example/clip.mp4"></video></article></body></html>`,
      ).value,
    )
    expect(markdown).toContain('<audio src="http://a.example/fable.mp3"></audio>')
    expect(markdown).toContain('<video src="http://a.example/clip.mp4"></video>')
    expect(markdown).not.toContain('[](')
    const deck = renderDeck(markdown).html
    expect(deck).toContain('Audio: fable.mp3')
    expect(deck).not.toContain('class="lectern-picture"')
  })

  it('should keep a data table a table', () => {
    const html = (body: string) =>
      `<html><head><title>T</title></head><body><article><h1>T</h1><p>${'Words of prose. '.repeat(20)}</p>${body}</article></body></html>`
    const rows = (count: number, columns: number) =>
      Array.from(
        { length: count },
        (_, row) => `<tr>${Array.from({ length: columns }, (_, column) => `<td>r${row}c${column}</td>`).join('')}</tr>`,
      ).join('')
    for (const table of [`<table><tr><th>a</th><th>b</th></tr>${rows(2, 2)}</table>`, `<table>${rows(4, 3)}</table>`]) {
      expect(nodesOfType(parseMarkdown(String(importHtml(html(table)).value)).tree, 'table'), table).toHaveLength(1)
    }
    expect(nodesOfType(parseMarkdown(String(importHtml(html(`<table>${rows(2, 2)}</table>`)).value)).tree, 'table')).toEqual([])
  })
})

describe('importHtml: the date a post was published', () => {
  const imported = (html: string) => parseMarkdown(String(importHtml(html, { path: 'post.html' }).value))
  const body =
    '<h1>Understanding LSTM Networks</h1><p>Humans don’t start their thinking from scratch every second.</p><p>As you read this essay, you understand each word.</p>'

  it('should take a "Posted on" line (colah.github.io) as the date and out of the text', () => {
    const { matter, tree } = imported(
      `<html><body><article><p style="font-size:120%">Posted on August 27, 2015</p>${body}</article></body></html>`,
    )
    expect(matter).toMatchObject({ title: 'Understanding LSTM Networks', date: '2015-08-27' })
    expect(toString(tree)).not.toMatch(/Posted on/)
  })

  it('should prefer the page metadata and a <time datetime>, and leave prose that mentions a date alone', () => {
    const fromMeta = imported(
      `<html><head><meta property="article:published_time" content="2021-03-03T09:00:00Z"></head><body><article>${body}</article></body></html>`,
    )
    expect(fromMeta.matter).toMatchObject({ date: '2021-03-03' })
    const fromTime = imported(
      `<html><body><article><p>Published <time datetime="2019-05-01">1 May</time></p>${body}</article></body></html>`,
    )
    expect(fromTime.matter).toMatchObject({ date: '2019-05-01' })
    const prose = imported(
      `<html><body><article>${body}<p>Posted on a forum in August 2015, the question went unanswered for years.</p></article></body></html>`,
    )
    expect(prose.matter.date).toBeUndefined()
    expect(toString(prose.tree)).toMatch(/Posted on a forum/)
  })
})

describe('importHtml on headings with permalinks', () => {
  it('should take the permalink sign (#, ¶, an icon) out of each heading and keep a heading that is a link', () => {
    const html = `<html><head><title>Post</title></head><body><article><h1>Post</h1>
<p>An opening paragraph with enough words to be the content of this page, which it is.</p>
<h2 id="setup">Setup <a href="#setup" class="anchor">#</a></h2><p>Words about the setup, long enough to count as prose here.</p>
<h2 id="run">Running it<a class="headerlink" href="#run" title="Permalink">¶</a></h2><p>Words about running it, long enough to count as prose.</p>
<h2 id="icon"><a href="#icon" aria-label="link"><svg width="8" height="8"></svg></a>With an icon</h2><p>More words about the icon and why it is there.</p>
<h2 id="linked"><a href="#linked">A heading that is a link</a></h2><p>The last paragraph of the page, with words enough.</p>
</article></body></html>`
    const markdown = String(importHtml(html, { path: 'post.html' }).value)
    expect(headings(parseMarkdown(markdown).blocks)).toEqual([
      '# Post',
      '## Setup',
      '## Running it',
      '## With an icon',
      '## A heading that is a link',
    ])
  })
})

describe('importHtml: a saved page’s footnotes', () => {
  const post = (cite: (n: number) => string, list: string) => `<!doctype html><html><head><title>Gates</title></head><body><article>
<h1>Gates</h1>
<h2>Forget gates</h2>
<p>The forget gate decides what the cell state keeps from one step to the next.${cite(1)} It looks at the input and the output before.</p>
<p>The input gate decides which new values the cell state stores at each step of the sequence.</p>
<h2>Acknowledgments</h2>
<p>I am grateful to my colleagues for their careful feedback on the diagrams of this post.</p>
<p>Thanks to everyone in the two seminar series on neural networks for their patience with me.</p>
${list}
</article></body></html>`
  const note = 'Many people contributed to the modern forget gate, among them Felix Gers and Alex Graves.'
  const generators = {
    // Pandoc (Hakyll, colah.github.io).
    pandoc: post(
      (n) => `<a href="#fn${n}" class="footnoteRef" id="fnref${n}"><sup>${n}</sup></a>`,
      `<section class="footnotes"><hr><ol><li id="fn1"><p>${note}<a href="#fnref1">↩</a></p></li></ol></section>`,
    ),
    // kramdown (Jekyll) and goldmark (Hugo).
    kramdown: post(
      (n) => `<sup id="fnref:${n}" role="doc-noteref"><a href="#fn:${n}" class="footnote" rel="footnote">${n}</a></sup>`,
      `<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>${note} <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li></ol></div>`,
    ),
  }

  for (const [generator, html] of Object.entries(generators)) {
    it(`should put a footnote (${generator}) in the notes of the slide that cites it, not on a second slide after the last section`, () => {
      const file = importHtml(html, { path: 'post.html' })
      const deck = slidesOf(parseDeck(renderDeck(file).html))
      const titles = deck.map((slide) => text(select('h2', slide)))
      expect(titles.filter((title) => title === 'Acknowledgments')).toHaveLength(1)
      const citing = deck.find((slide) => text(select('h2', slide)) === 'Forget gates')!
      expect(text(select('aside.notes', citing))).toContain(note)
      expect(text(select('aside.notes', citing))).not.toContain('↩')
      for (const slide of deck) expect(text(select('ul.lectern-points', slide))).not.toContain('Felix Gers')
      expect(deck.filter((slide) => text(select('aside.notes', slide)).includes('Felix Gers'))).toHaveLength(1)
    })
  }
})

describe('importHtml on a saved page whose site footer follows its article', () => {
  it('should keep the article to its end and leave out the site footer after it', () => {
    const words = 'Learning more about screen capture has really helped me streamline my blogging workflow.'
    const html = `<html><body><section id="content"><article><h1>ShareX</h1><div class="entry-content"><h2>A look</h2><p>${words.repeat(6)}</p><h2>Conclusion</h2><p>${words}</p></div></article></section>
      <footer id="contentinfo" class="body"><address id="about" class="vcard body">Proudly powered by <a href="http://getpelican.com/">Pelican</a>, which takes great advantage of Python.</address><p>The theme is by Smashing Magazine, thanks!</p></footer></body></html>`
    const markdown = String(importHtml(html, { path: 'post.html' }).value)
    expect(markdown).toContain('Conclusion')
    expect(markdown).not.toContain('Proudly powered')
    expect(markdown).not.toContain('Smashing Magazine')
  })
})

describe('importHtml on a page whose date sits in its header line with tags', () => {
  it('should take the date of the header’s <time datetime> for the title slide', () => {
    const words = 'The idea of the talk was to understand patterns of storage engines and question database claims.'
    const html = `<html><body><main><article><header><h1>Behind the Mic</h1><div class="meta"><time datetime="2024-12-26T00:00:00.000Z">Dec 26, 2024</time> <span>/</span> <span>Public Speaking, Conference Preparation, Questioning Database Claims, Design Patterns of Storage Engines</span></div></header><h2>Picking the topic</h2><p>${words.repeat(5)}</p></article></main></body></html>`
    const { matter } = parseMarkdown(String(importHtml(html, { path: 'post.html' }).value))
    expect(matter).toMatchObject({ date: '2024-12-26' })
  })
})

describe('importHtml on a hand-written page', () => {
  // colah.github.io's "Neural Networks, Types, and Functional Programming" (review 45).
  const body = (content: string) =>
    `<html><head><title>A Field of Types</title></head><body><div class="content"><h1>A Field of Types</h1>${content}</div></body></html>`
  const sections = (html: string, finder: 'readability' | 'lectern') =>
    headings(parseMarkdown(String(importHtml(html, { path: 'page.html', finder }).value)).blocks)
  const paragraph = (words: string) =>
    `<p>${words} ${'The field is young, and its tools change every year as its practitioners learn more. '.repeat(3)}</p>`

  it('should keep a heading whose id, a slug of its words, reads like an ad or a sidebar’s', () => {
    const html = body(
      `<h2 id="an-ad-hoc-field">An Ad-Hoc Field</h2>${paragraph('Deep learning is young.')}<h2 id="related-work">Related Work</h2>${paragraph('Others came first.')}`,
    )
    for (const finder of ['readability', 'lectern'] as const)
      expect(sections(html, finder), finder).toEqual(['# A Field of Types', '## An Ad-Hoc Field', '## Related Work'])
  })

  it('should read what follows a list its page never closed as the article’s, after the list, not in its last item', () => {
    const html = body(
      `<h2>Patterns</h2>${paragraph('Some layers are folds.')}<ul><li><p><strong>RNNs</strong> are folds.</p></li><li><p><strong>CNNs</strong> are windowed maps.</p></li>\n<p>The above examples are simple programs.</p><h2>A New Kind of Programming</h2>${paragraph('These patterns combine.')}`,
    )
    const markdown = String(importHtml(html, { path: 'page.html' }).value)
    expect(headings(parseMarkdown(markdown).blocks)).toEqual(['# A Field of Types', '## Patterns', '## A New Kind of Programming'])
    expect(markdown).toMatch(/^The above examples are simple programs\.$/m)
  })
})

describe('importHtml on a page whose footer an empty element marks', () => {
  it('should leave out what follows `<p id="footer"></p>` in the post’s container, its licence and disclaimers', () => {
    // tests/fixtures/articles/html-ebb-org-blog: the disclaimers were the last slide's notes.
    const prose = (words: string) =>
      `<p>${words} ${'The foundation’s mission matters, and its board must answer for how it is led. '.repeat(4)}</p>`
    const html = `<html><head><title>Events</title></head><body><div class="content"><h1>Events</h1>${prose('The last days were hard.')}${prose('I resigned.')}${prose('I hope for nuance.')}<p>Posted on Tuesday 15 October 2019 by Bradley M. Kuhn.</p><p id="footer"></p><hr><p><code>#include &lt;std/disclaimer.h&gt;</code></p><p>ebb is a service mark of Bradley M. Kuhn.</p></div></body></html>`
    const markdown = String(importHtml(html, { path: 'page.html' }).value)
    expect(markdown).toContain('I hope for nuance.')
    expect(markdown).not.toMatch(/disclaimer|service mark/)
  })
})

describe('importHtml on pages generated from notebooks and by Octopress', () => {
  const wrap = (content: string) =>
    `<html><head><title>A Paradox</title></head><body><article><h1>A Paradox</h1>${content}</article></body></html>`
  const prose =
    '<p>Waiting for a bus takes longer than half the interval between buses, on average, because long gaps hold more riders.</p>'

  it('should leave out a notebook’s cell prompts, "In [1]:" and "Out[2]:"', () => {
    // jakevdp.github.io's "The Waiting Time Paradox" (review 46): 21 prompts were key points.
    const cell = (n: number) =>
      `<div class="cell"><div class="prompt input_prompt">In&nbsp;[${n}]:</div><div class="inner_cell"><div class="input_area"><pre>x = ${n}</pre></div></div></div><div class="output_area"><div class="prompt output_prompt">Out[${n}]:</div><div class="output_text"><pre>${n}</pre></div></div>`
    const markdown = String(importHtml(wrap(`${prose}${cell(1)}${prose}${cell(2)}`), { path: 'page.html' }).value)
    expect(markdown).not.toMatch(/In\s*\\?\[\d\]|Out\\?\[\d\]/)
    expect(markdown).toContain('x = 2')
  })

  it('should leave out the line numbers beside a listing, and keep the listing', () => {
    // Trey Hunner's Octopress site (review 46): a slide of "1 2 3…" before the code.
    const listing =
      '<figure class="code"><div class="highlight"><table><tr><td class="gutter"><pre class="line-numbers"><span class="line-number">1</span>\n<span class="line-number">2</span>\n</pre></td><td class="code"><pre><code><span class="line">numbers = [2, 1, 3]</span>\n<span class="line">name = "Trey"</span></code></pre></td></tr></table></div></figure>'
    const markdown = String(importHtml(wrap(`${prose}${listing}${prose}`), { path: 'page.html' }).value)
    const code = nodesOfType(parseMarkdown(markdown).tree, 'code')
    expect(code.map((block) => block.value)).toEqual(['numbers = [2, 1, 3]\nname = "Trey"'])
  })
})

describe('importHtml on a Jekyll post written in HTML', () => {
  // ploeh.github.com's _posts/*.html (review 67): YAML frontmatter, then the post's HTML with Liquid in it.
  const post = [
    '---',
    'layout: post',
    'title: "Yes silver bullet"',
    'description: "Since Fred Brooks published his essay, we have witnessed several silver bullets."',
    'date: 2019-07-01 07:38 UTC',
    'tags: [Productivity]',
    '---',
    '{% include JB/setup %}',
    '',
    '<div id="post">',
    '  <p><em>{{ page.description }}</em></p>',
    "  <p>I've been rereading Fred Brooks's 1986 essay No Silver Bullet because people seem to draw the wrong conclusions from it.</p>",
    '  <h3 id="accidental">Accidental complexity abounds</h3>',
    '  <p>Many developers have seen code whose complexity comes from the tools, not from the problem. {{ site.title }}</p>',
    '</div>',
  ].join('\n')

  it("should take the writer's frontmatter as the article's, and print the value a Liquid tag names", () => {
    const imported = importHtml(post, { path: '_posts/2019-07-01-yes-silver-bullet.html' })
    const markdown = String(imported.value)
    expect(markdown).toMatch(/^---\nlayout: post\ntitle: "Yes silver bullet"\n[\s\S]*?tags: \[Productivity\]\n---\n/)
    expect(markdown).toMatch(/^_Since Fred Brooks published his essay, we have witnessed several silver bullets\._$/m)
    expect(markdown).not.toMatch(/page\.description/)
    const { html, deck, file } = renderDeck(imported)
    expect(deck.meta.title).toBe('Yes silver bullet')
    expect(deck.meta.date).toBe('2019-07-01')
    expect(html).not.toMatch(/layout: post|JB\/setup|site\.title|\{\{|\{%/)
    expect(text(select('aside.notes', slidesOf(parseDeck(html))[1]))).toMatch(/^Since Fred Brooks published his essay/)
    // The frontmatter's lines stay blank in the page: warnings name the post's own lines.
    // (All of the file is the post: its `{% include %}` above the post's box is one of them.)
    expect(file.messages.map((message) => [message.line, message.reason])).toEqual([
      [8, 'Left out 2 template tags the deck cannot show: 1 × Liquid `include JB/setup`, 1 × `{{ site.title }}`'],
    ])
  })

  // Let's Encrypt's posts written as HTML (review 97): the last section, after an <hr>, had been taken for the page's chrome.
  it('should read all of a post written as HTML under its frontmatter, its last section after a rule too', () => {
    const speech = [
      '---',
      'title: "Receiving the Levchin Prize"',
      '---',
      '',
      '<div>',
      ...Array.from(
        { length: 6 },
        (_, index) =>
          `  <p>Paragraph ${index + 1} of the speech says that ease of use is critical for the adoption of real world cryptography, and that automation matters.</p>`,
      ),
      '</div>',
      '',
      '<hr class="h-px my-10 border-0" />',
      '<div>',
      '  <h4>Supporting Let’s Encrypt</h4>',
      '  <p>As a nonprofit project, 100% of our funding comes from contributions from our community of users and supporters. If your company would like to <a href="https://www.abetterinternet.org/sponsor/">sponsor</a> us, please email us.</p>',
      '</div>',
    ].join('\n')
    const markdown = String(importHtml(speech, { path: 'post.html' }).value)
    expect(markdown).toMatch(/Supporting Let’s Encrypt/)
    expect(markdown).toMatch(/100% of our funding comes from contributions/)
    expect(markdown).toMatch(/Paragraph 6 of the speech/)
  })

  it('should read a page without frontmatter as before, and a page whose frontmatter is not YAML without its values', () => {
    const bare = String(importHtml(post.slice(post.indexOf('{%')), { path: 'post.html' }).value)
    expect(bare).not.toMatch(/^---/)
    const broken = String(importHtml(post.replace('tags: [Productivity]', 'tags: [Productivity'), { path: 'post.html' }).value)
    expect(broken).toMatch(/\{\{ page\.description \}\}|page\.description/)
    // (A value that ends in hyphens does not close the block; an empty block is one.)
    const dashes = String(
      importHtml(post.replace('title: "Yes silver bullet"', 'title: Yes silver bullet---'), { path: 'post.html' }).value,
    )
    expect(dashes).toMatch(/^---\nlayout: post\ntitle: Yes silver bullet---\n[\s\S]*?tags: \[Productivity\]\n---\n/)
    expect(String(importHtml('---\n---\n<p>Words of the post, enough of them to be read.</p>', { path: 'post.html' }).value)).toMatch(
      /^---\n---\n\nWords of the post/,
    )
  })
})

describe('importHtml: a quotation and whose words it is', () => {
  it("should write a quotation's <footer> or its figure's <figcaption> as the line under it, and drop other footers", () => {
    const page = (content: string) =>
      `<html><body><article><h1>Yes silver bullet</h1><p>${'Brooks wrote an essay that people still quote, and many read it wrongly. '.repeat(4)}</p>${content}<p>${'The rest of the essay explains why the claim holds today in practice. '.repeat(4)}</p></article><footer>© 2019 ploeh blog</footer></body></html>`
    const footer = String(
      importHtml(
        page(
          '<blockquote><p>"There is no single development."</p><footer><cite>Fred Brooks, <em>No Silver Bullet</em>, 1986</cite></footer></blockquote>',
        ),
        { path: 'post.html' },
      ).value,
    )
    expect(footer).toMatch(/^> "There is no single development\."\n\n— Fred Brooks, _No Silver Bullet_, 1986$/m)
    expect(footer).not.toMatch(/ploeh blog/)
    const figure = String(
      importHtml(
        page('<figure><blockquote><p>Simple things should be simple.</p></blockquote><figcaption>— Alan Kay</figcaption></figure>'),
        {
          path: 'post.html',
        },
      ).value,
    )
    expect(figure).toMatch(/^> Simple things should be simple\.\n\n— Alan Kay$/m)
  })
})

import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { toText } from 'hast-util-to-text'
import { convertBlockSyntax } from '../../src/core/block-syntax.ts'
import { renderDeck } from '../../src/core/index.ts'
import { openElements } from '../../src/core/raw-html.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

const decks = new Map<string, ReturnType<typeof render>>()

function render(markdown: string, overrides = {}) {
  const rendered = renderDeck(new VFile({ path: 'post.md', value: markdown }), overrides)
  return { ...rendered, tree: parseDeck(rendered.html) }
}

/** A post's deck, rendered once for every test that reads it with the same options. */
function deck(markdown: string, overrides = {}) {
  const key = `${JSON.stringify(overrides)}\n${markdown}`
  let found = decks.get(key)
  if (!found) decks.set(key, (found = render(markdown, overrides)))
  return found
}

// From Karpathy's microgpt post (Jekyll): a per-post stylesheet before the first paragraph.
const microgpt = [
  '---',
  'title: "microgpt"',
  '---',
  '',
  '<style>',
  '.post-header h1 {',
  '    font-size: 35px;',
  '}',
  '.post pre,',
  '.post code {',
  '    background-color: #fcfcfc;',
  '    font-size: 13px; /* make code smaller for this post... */',
  '}',
  '</style>',
  '',
  'This is a brief guide to my new art project microgpt, a single file of 200 lines of pure Python with no dependencies that trains and inferences a GPT.',
  '',
  '## Dataset',
  '',
  '<style>.answer { color: grey; }</style>',
  '',
  'The fuel of large language models is a stream of text data, optionally separated into a set of documents.',
  '',
].join('\n')

// From rickyhan.com's pot-odds trainer (Jekyll): a widget with a button and a script.
const potodds = [
  '---',
  'title: "Pot Odds"',
  '---',
  '',
  '## Trainer',
  '',
  'Pot odds are the ratio of the current pot size to the cost of a future card. I wrote this trainer for my own practice.',
  '',
  '<div class="playingCards inText">',
  '    <button id="new">New</button>',
  '    <div id="txtbox"></div>',
  '    <script src="/static/potodds/poker-trainer.js"></script>',
  '</div>',
  '',
  'Press <button id="again">Deal again</button> to see another hand, or type <input type="text" value="your guess"> your guess.',
  '',
  '<noscript>Please enable JavaScript to view the trainer.</noscript>',
  '',
  '<form action="/answer"><label for="odds">Your odds</label><select id="odds"><option>1:3</option></select></form>',
  '',
].join('\n')

// From Karpathy's "What a Deep Neural Network thinks about your #selfie" (Jekyll).
const selfie = [
  '---',
  'title: "selfie"',
  '---',
  '',
  '## Convolutional Neural Networks',
  '',
  'ConvNets are everywhere: they recognise faces, read house numbers and sort medical images.',
  '',
  '<div class="imgcap">',
  '<img src="/assets/selfie/useful.jpg">',
  '<div class="thecap">Few of many examples of ConvNets being useful. From top left and clockwise: Classifying house numbers in Street View images, recognizing bad things in medical images.</div>',
  '</div>',
  '',
  '## Figures of other shapes',
  '',
  '<figure><img src="gif2.gif" alt="Inference"><figcaption>Illustration of the inference process.</figcaption></figure>',
  '',
  '<p><img src="teaser.jpeg"></p>',
  '',
  '<a href="https://cs231n.github.io/"><img src="cnnvis.jpg" alt="filters"></a>',
  '',
  '## Inline',
  '',
  'Type environment (denoted Γ, ![](gamma.svg)) keeps track of the type variable counter.',
  '',
].join('\n')

describe('raw HTML that is not content', () => {
  it('should leave out the tags that only open or close a wrapper around markdown, never an empty box or a blank slide', () => {
    // (Material for MkDocs' grids, "<div markdown>" … "</div>" around each person's lists, review 103: an empty
    // box on each slide, and a blank "Additional Sites (cont.)" slide where pagination left one alone.)
    const sites = (from: number) => Array.from({ length: 9 }, (_, index) => `- site${from + index}.com`).join('\n')
    const html = render(
      `# Review\n\n## Sites\n\nWe checked many sites for both people and list them here.\n\n<div markdown>\n\n**Person A:**\n\n${sites(0)}\n\n</div>\n\n<div class="grid" markdown>\n\n**Person B:**\n\n${sites(20)}\n\n</div>\n\n<section>\n\nThe last words of the part, said in full.\n\n</section>\n`,
    ).html
    expect(html).not.toMatch(/<div[^>]*><\/div>|<section><\/section>/)
    const slides = slidesOf(parseDeck(html))
    // (Each slide after the title shows something under its heading.)
    expect(
      slides.slice(1).map(
        (slide) =>
          text(slide)
            .replace(text(select('h2', slide)), '')
            .trim() !== '',
      ),
    ).not.toContain(false)
    expect(text(parseDeck(html))).toContain('site28.com')
  })

  it('should read a raw HTML table whose cells hold markdown lists as one table, the lists in their cells', () => {
    // gRPC's load-balancing post (review 86): the comparison lost its columns, its lists stacked below a table of labels over three slides.
    const markdown = [
      '# LB',
      '',
      '## Proxy or client side?',
      '',
      '<table>',
      '  <tr><td></td><td>Proxy</td><td>Client Side</td></tr>',
      '  <tr>',
      '    <td>Pros</td>',
      '    <td>',
      '',
      '* Simple client',
      '* Works with untrusted clients',
      '</td>',
      '    <td>',
      '',
      '* High performance because elimination of extra hop',
      '</td>',
      '  </tr>',
      '</table>',
      '',
      'Deciding between proxy and client-side load balancing is a primary architectural choice.',
    ].join('\n')
    const { tree } = deck(markdown)
    const slide = slidesOf(tree).find((each) => select('table', each))!
    const cells = selectAll('table tr', slide).map((row) => selectAll('td', row).map(text))
    expect(cells[1][0]).toBe('Pros')
    expect(
      selectAll('td', selectAll('table tr', slide)[1])[1].children.some((child) => child.type === 'element' && child.tagName === 'ul'),
    ).toBe(true)
    expect(cells[1][2]).toContain('High performance')
    expect(selectAll(':scope > ul:not(.lectern-points)', slide)).toEqual([])
    // (Raw HTML in a cell's markdown stays as written.)
    const keys = deck(
      ['# K', '', '## Keys', '', '<table><tr><td>', '', '* Press <kbd>Ctrl</kbd> to stop', '</td></tr>', '</table>'].join('\n'),
    )
    expect(select('table kbd', keys.tree)).toBeDefined()
  })

  it("should read the paragraph that a figure left open swallowed as a paragraph, not as the figure's words", () => {
    // pyOpenSci's PyCon US 2024 recap (review 85): `<figure>` never closed, so the paragraph after its
    // caption ran into it; the slide showed the raw figure, its caption and 90 words as one box, and said nothing.
    const markdown = [
      '# Sprints',
      '',
      '## Our sprint',
      '',
      '<figure class="half">',
      '  <img src="a.png" alt="The sign-up board." />',
      '  <img src="b.png" alt="The packaging room." />',
      '  <figcaption>The sign-up board had lots of projects.</figcaption>',
      "If you haven't been to a sprint before, it's an experience that every open source enthusiast should have. Sprints are where a bunch of people come together to work on a project.",
    ].join('\n')
    const { tree } = deck(markdown)
    const slide = slidesOf(tree).find((each) => text(select('h2', each)) === 'Our sprint')!
    expect(selectAll('figure', slide)).toEqual([])
    expect(selectAll('img', slide).map((img) => img.properties.title)).toEqual([
      'The sign-up board had lots of projects.',
      'The sign-up board had lots of projects.',
    ])
    expect(text(select('ul.lectern-points', slide))).toContain('Sprints are where a bunch of people come together')
    const notes = selectAll('aside.notes p', slide).map(text)
    expect(notes).toContain(
      "If you haven't been to a sprint before, it's an experience that every open source enthusiast should have. Sprints are where a bunch of people come together to work on a project.",
    )
    // (A gallery's second picture and its long caption are the figure's; words of a fragment that is no figure stay.)
    const words = 'If you have not been to a sprint before, it is an experience that every open source enthusiast should have.'
    const gallery = deck(
      `# T\n\n## G\n\n<figure><img src="before.png" alt="Before"><figcaption>Before the change.</figcaption><img src="after.png" alt="After"><figcaption>${words}</figcaption></figure>\n`,
    )
    expect(selectAll('img', gallery.tree).map((img) => img.properties.src)).toEqual(['before.png', 'after.png'])
    const framed = deck(
      `# T\n\n## G\n\n<figure><img src="a.png" alt="A"><iframe src="https://example.org"></iframe><figcaption>Caption.</figcaption>\n${words}\n</figure><script>alert(1)</script>\n`,
    )
    expect(framed.html.split('every open source enthusiast').length - 1).toBeGreaterThan(0)
  })

  it('should cut a raw-HTML table of twenty rows between its rows over slides, its header on each, as a markdown table is', () => {
    // (A research post's leaderboard, review 81: one raw block of twenty rows ran off its slide.)
    const row = (index: number) =>
      `  <tr>\n    <td style="text-align: left;"><strong>model-${index}</strong></td>\n    <td style="text-align: center; color: red;">${index}->${index + 2}</td>\n    <td style="text-align: center;">${index}</td>\n  </tr>`
    const table = `<table style="width: 100%;">\n  <tr>\n    <th style="text-align: left;">Model</th>\n    <th style="text-align: center;">Rank Diff</th>\n    <th>Rank</th>\n  </tr>\n${Array.from({ length: 20 }, (_, index) => row(index + 1)).join('\n')}\n</table>`
    const { tree } = deck(`# T\n\n## Ablation\n\nWe compare the ranks of every model below.\n${table}\n`)
    const slides = slidesOf(tree).slice(1)
    expect(slides.length).toBeGreaterThan(1)
    const bodies = slides.map((slide) =>
      selectAll('table:not(.lectern-notes table) tbody tr', slide).filter((tr) => !tr.properties?.className),
    )
    expect(bodies.reduce((sum, rows) => sum + rows.length, 0)).toBe(20)
    for (const slide of slides) expect(text(select('table thead', slide))).toBe('Model Rank Diff Rank')
    expect(select('table strong', slides[0])).toBeDefined()
    // (A table whose cell spans two columns is more than rows of words: it stays as written.)
    const spanned = deck(`# T\n\n## S\n\n<table><tr><th colspan="2">Both</th></tr><tr><td>a</td><td>b</td></tr></table>\n`)
    expect(selectAll('th[colspan]', spanned.tree)).toHaveLength(1)
  })

  it('should leave out an SVG drawing written into the article, with a warning, never its labels run together', () => {
    // A talk transcript on the social web (review 77): its architecture diagram showed as "secret-stack multiserver muxrpc…".
    const { html, file } = render(
      '# T\n\n## Stack\n\nThe stack has many modules that work together in a tree.\n\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><text x="10" y="20">secret-stack</text><text x="10" y="40">multiserver</text></svg>\n\nEach module signs its messages.\n',
    )
    expect(html).not.toMatch(/secret-stack|multiserver|<svg/)
    expect(file.messages.map((message) => message.ruleId)).toContain('inline-svg')
  })

  it("should show a post's <style> CSS nowhere: not on a slide, not in the notes", () => {
    const { html, tree } = deck(microgpt)
    expect(html).not.toMatch(/font-size|\.post|color: grey/)
    const dataset = slidesOf(tree).find((slide) => text(select('h2', slide)) === 'Dataset')!
    expect(text(select('.lectern-points', dataset))).toMatch(/fuel of large language models/)
    expect(html).toMatch(/brief guide to my new art project microgpt/)
  })

  // From a Jupyter notebook exported to markdown for a Jekyll blog: every table opens a box with a
  // style sheet whose rules have blank lines between them.
  it('should read a style sheet with blank lines inside a box of raw HTML whole, never its rules as a slide of code', () => {
    const notebook = [
      '## Results',
      '',
      'The posterior is computed for each value of theta.',
      '',
      '<div>',
      '<style scoped>',
      '    .dataframe tbody tr th:only-of-type {',
      '        vertical-align: middle;',
      '    }',
      '',
      '    .dataframe thead th {',
      '        text-align: right;',
      '    }',
      '</style>',
      '<table border="1" class="dataframe">',
      '  <tr><th>theta</th><th>posterior</th></tr>',
      '  <tr><td>0.1</td><td>0.0008</td></tr>',
      '</table>',
      '</div>',
      '',
      'The second sample moves the posterior towards the data.',
      '',
      '<script>',
      '',
      'document.title = "x"',
      '</script>',
      '',
    ].join('\n')
    const { html, tree, file } = render(notebook)
    expect(html).not.toMatch(/vertical-align|text-align|dataframe thead|document\.title/)
    expect(selectAll('pre', tree)).toHaveLength(0)
    expect(text(tree)).toMatch(/second sample moves the posterior/)
    // Line for line: a warning still names the article's own lines.
    const after = render(`${notebook}\n## After\n\nWords here.\n`).tree
    const line = slidesOf(after).find((slide) => text(select('h2', slide)) === 'After')?.properties.dataLine
    expect(Number(line)).toBe(notebook.split('\n').length + 1)
    expect(file.messages.filter((message) => /template/.test(message.reason))).toHaveLength(0)
  })

  it("should show a pause's ornament in raw HTML nowhere on the slide, as a paragraph of it", () => {
    // Dimitri Merejkowsky's "I don't need types" (review 71): "<center>⁂</center>" between two
    // paragraphs showed as a bare glyph and pushed the slide's last point off its bottom.
    const { tree } = render(
      '## Changing my mind\n\nI did not need a type system because tests were enough.\n\n<center>⁂</center>\n\nBoy, was I wrong. Here is a list of things that burst my bubble.\n\n<p align="center">&#8258;</p>\n\nThe last words of the section stay on it too.\n',
    )
    const [slide] = slidesOf(tree).filter((each) => text(select('h2', each)) === 'Changing my mind')
    const shown = text({ ...slide, children: slide.children.filter((child) => !(child.type === 'element' && child.tagName === 'aside')) })
    expect(shown).not.toMatch(/⁂/)
    expect(selectAll('.lectern-points', slide)).toHaveLength(1)
    // (A box with a word, or a picture, is no ornament.)
    expect(text(slidesOf(render('## A\n\n<center>Fin</center>\n').tree)[1])).toMatch(/Fin/)
  })

  it('should set the words a box of raw HTML leaves at a slide’s top level in a paragraph, as every block of a slide is', () => {
    const { tree } = render(
      '## A\n\nThe first paragraph of the section says something worth a point.\n\n<center>The end of <b>part one</b>.</center>\n\nThe next paragraph says another thing worth a point too.\n',
    )
    const slide = slidesOf(tree)[1]
    const loose = slide.children.filter((child) => child.type === 'text' && child.value.trim() !== '')
    expect(loose).toEqual([])
    expect(selectAll(':scope > p', slide).map(text)).toContain('The end of part one.')
  })

  it('should keep the <style> element as written with allowHtml, never as text on a slide', () => {
    const { tree } = deck(microgpt, { allowHtml: true })
    const shown = slidesOf(tree).map((slide) => text(slide).replace(text(select('style', slide)), ''))
    expect(shown.join(' ')).not.toMatch(/font-size|\.post-header/)
  })

  it("should show a widget's button, script, form and noscript text nowhere, and keep the words around them", () => {
    const { html, tree } = deck(potodds)
    expect(html).not.toMatch(/>New<|Deal again|your guess"|poker-trainer|enable JavaScript|Your odds|1:3|<script|<button|<input|<form/)
    const notes = text(select('aside.notes', slidesOf(tree)[1]))
    expect(notes).toMatch(/Pot odds are the ratio/)
    expect(notes).toMatch(/Press\s+to see another hand, or type\s+your guess\./)
    // The empty widget left nothing behind: no slide of its own.
    expect(slidesOf(tree)).toHaveLength(2)
  })
})

describe('raw-HTML figures', () => {
  // PostHog's post on anonymous events (review 96): the same chart four times, light and dark, mobile and desktop.
  it("should show a picture's variant for a wide screen in the light theme, not those for a phone or the dark theme", () => {
    const { html } = render(
      [
        '# Pricing',
        '',
        '## What is changing',
        '',
        'We split our pricing into two event types, and anonymous events cost much less.',
        '',
        '<div class="md:hidden">',
        '<img src="mobile-light.png" alt="Event prices" class="dark:hidden" />',
        '<img src="mobile-dark.png" alt="Event prices" class="hidden dark:block" />',
        '</div>',
        '',
        // (A dark theme's colour is no display: the box stays.)
        '<div class="hidden md:block dark:border-gray-700">',
        '<img src="desktop-light.png" alt="Event prices" class="dark:hidden" />',
        '<img src="desktop-dark.png" alt="Event prices" className="hidden dark:block" />',
        '</div>',
        '',
      ].join('\n'),
    )
    expect(html.match(/(?:mobile|desktop)-(?:light|dark)\.png/g)).toEqual(['desktop-light.png'])
  })

  it('should make a Jekyll `imgcap` figure a picture slide, its caption in the notes and not a point', () => {
    const { tree } = deck(selfie)
    const slides = slidesOf(tree)
    const picture = slides.find((slide) => select('img[src="/assets/selfie/useful.jpg"]', slide))!
    expect(picture.properties.dataKind).toMatch(/^image/)
    expect(select('p.lectern-picture img', picture)?.properties.title).toMatch(/^Few of many examples of ConvNets being useful/)
    expect(text(select('aside.notes', picture))).toMatch(/Few of many examples of ConvNets being useful\. From top left and clockwise/)
    expect(text(select('.lectern-points', picture))).not.toMatch(/Few of many/)
  })

  it('should never download a remote picture of a raw-HTML figure, as for any <img> in raw HTML', () => {
    const { file } = deck(
      '# T\n\n## S\n\n<figure><img src="https://example.com/x.png"><figcaption>A remote one.</figcaption></figure>\n\n![](https://example.com/y.png)\n',
    )
    expect(file.data.assets?.map((asset) => [asset.url, asset.inHtml])).toEqual([
      ['https://example.com/x.png', true],
      ['https://example.com/y.png', undefined],
    ])
  })

  it('should make <figure>, <p><img></p> and <a><img></a> the pictures ![]() makes', () => {
    const { tree } = deck(selfie)
    const pictures = slidesOf(tree).filter((slide) => String(slide.properties.dataLecternTitle).startsWith('Figures of other shapes'))
    const images = pictures.flatMap((slide) => selectAll('p.lectern-picture img', slide).map((img) => img.properties.src))
    expect(images).toEqual(['gif2.gif', 'teaser.jpeg', 'cnnvis.jpg'])
    expect(pictures.every((slide) => slide.properties.dataKind === 'image')).toBe(true)
    const linked = pictures.find((slide) => select('img[src="cnnvis.jpg"]', slide))!
    expect(select('p.lectern-picture a', linked)?.properties.href).toBe('https://cs231n.github.io/')
    expect(text(select('aside.notes', pictures[0]))).toMatch(/Illustration of the inference process/)
  })

  it('should leave a raw-HTML paragraph with a picture among its words a paragraph, its words a point', () => {
    const { tree } = deck(
      '# T\n\n## Start\n\n<p>Click the <img src="play.png" alt="play"> button to start the trainer and deal a new hand.</p>\n',
    )
    const slide = slidesOf(tree)[1]
    expect(select('p.lectern-picture', slide)).toBeUndefined()
    expect(text(slide)).toMatch(/Click the\s+button to start the trainer/)
  })

  it('should keep a picture inside a sentence inline, with no picture slide', () => {
    const { tree } = deck(selfie)
    const inline = slidesOf(tree).find((slide) => text(select('h2', slide)) === 'Inline')!
    expect(inline.properties.dataKind).not.toMatch(/image/)
    expect(select('p.lectern-picture', inline)).toBeUndefined()
    expect(select('aside.notes img[src="gamma.svg"]', inline)).toBeDefined()
  })

  it("should name a missing picture by its host, not by its file's content hash", () => {
    const formula =
      '# T\n\n## S\n\nType environment (denoted Γ, ![](https://wikimedia.org/api/rest_v1/media/math/render/svg/4c96ef28327313f53f6deb407cd795c885e4be57)) keeps track.\n'
    const rendered = renderDeck(
      formula,
      {},
      new Map([['https://wikimedia.org/api/rest_v1/media/math/render/svg/4c96ef28327313f53f6deb407cd795c885e4be57', null]]),
    )
    expect(rendered.html).toMatch(/class="lectern-image-caption"[^>]*>picture: wikimedia.org</)
    expect(rendered.html).not.toMatch(/>4c96ef28/)
  })
})

describe('callouts written in raw HTML', () => {
  const article = [
    '# Setting up the site',
    '',
    '## Setup',
    '',
    'Install the theme with the gem command and add it to the config file of the site.',
    '',
    // minimal-mistakes (Jekyll), a heading inside.
    '<div class="notice--warning">',
    '<h4>Heads up</h4>',
    '<p>The theme needs <strong>Jekyll 4</strong> or newer; older versions break the build.</p>',
    '</div>',
    '',
    // Bootstrap.
    '<div class="alert alert-info" role="alert">',
    '  Remember to restart the server after changing the configuration file.',
    '</div>',
    '',
    // Docusaurus, as its built HTML.
    '<div class="admonition admonition-tip alert alert--success"><div class="admonition-heading"><h5>tip</h5></div><div class="admonition-content"><p>Use the <code>--watch</code> flag while writing posts.</p></div></div>',
    '',
    'The site then builds every post into a folder of static pages for the web server.',
  ].join('\n')

  it('should show a notice, an alert or an admonition as a labelled callout box, its words whole', () => {
    const { tree } = deck(article)
    const slide = slidesOf(tree).find((each) => text(select('h2', each)) === 'Setup')!
    const boxes = selectAll('blockquote.lectern-callout', slide)
    expect(boxes.map((box) => box.properties.className)).toEqual([
      ['lectern-callout', 'lectern-callout-warning'],
      ['lectern-callout', 'lectern-callout-info'],
      ['lectern-callout', 'lectern-callout-tip'],
    ])
    expect(boxes.map((box) => text(select('p.lectern-callout-label', box)))).toEqual(['Heads up', 'Info', 'Tip'])
    expect(text(boxes[0])).toContain('The theme needs Jekyll 4 or newer')
    expect(select('strong', boxes[0])).toBeDefined()
    expect(text(select('code', boxes[2]))).toBe('--watch')
    // No leftover box of the site's own classes.
    expect(selectAll('div', slide).filter((div) => String(div.properties.className ?? '').match(/notice|alert|admonition/))).toEqual([])
  })

  it('should leave a div whose class only contains a callout word as it is', () => {
    const { tree } = deck(
      '# T\n\n## S\n\nSome words about the layout of the page.\n\n<div class="alerting-panel">Panel text here.</div>\n\n<div class="alert-panel">More panel text.</div>\n',
    )
    expect(selectAll('blockquote.lectern-callout', tree)).toEqual([])
  })
})

describe("a blog template's footnotes block in raw HTML", () => {
  it('should be said in the notes, not shown as a list after the last point', () => {
    const { tree } = deck(
      [
        '# T',
        '',
        '## Closing',
        '',
        'A dynamic career is the path forward in a changing work environment.',
        '',
        'Stay curious, be proactive, and continually invest in your growth.',
        '',
        '<div class="dg-footnote">',
        '<h3 class="dg-footnote__heading">Footnotes</h3>',
        '<ol class="dg-footnote__list">',
        '<li id="fn1">Abdul Latif Jameel World Education Lab. Accessed October 17, 2023.</li>',
        '</ol>',
        '</div>',
        '',
      ].join('\n'),
    )
    const closing = slidesOf(tree).filter((slide) => text(select('h2', slide)).startsWith('Closing'))
    expect(closing).toHaveLength(1)
    expect(select(':scope > div, :scope > ol', closing[0])).toBeUndefined()
    expect(text(select('aside.notes', closing[0]))).toContain('Abdul Latif Jameel World Education Lab')
  })
})

describe('raw HTML with nothing to see', () => {
  it('should make no opening slide of a cover box whose picture a template gave its address', () => {
    // (Review 61: a Jekyll post opened on its featured image and author box, both template tags
    // left out, then a blank line, then `</div>`: the deck had an empty "Introduction" slide.)
    const { tree } = deck(
      [
        '---',
        'title: Completing the training',
        '---',
        '',
        '<div>',
        '  <img src="{{ page.featured-image }}" alt="">',
        '  {% include postauthor.html %}',
        '</div>',
        '',
        '## Summary',
        '',
        'The project was selected for the second cohort of the training program this summer.',
        '',
      ].join('\n'),
    )
    const slides = slidesOf(tree)
    expect(slides.map((slide) => text(select('h1, h2', slide)))).toEqual(['Completing the training', 'Summary'])
  })

  it('should take no slide: line breaks, a decorative rule, an empty element a script would have filled', () => {
    const { tree } = deck(
      [
        '# T',
        '',
        '## Timeline',
        '',
        'This timeline is based on an open source project that lists every event.',
        '',
        '<br>',
        '',
        '<div class="timeline" id="timeline-history"></div>',
        '',
        '<br><br><br>',
        '',
        '<hr style="border-top: 0px solid #ffffff0f;">',
        '',
      ].join('\n'),
    )
    const timeline = slidesOf(tree).filter((slide) => text(select('h2', slide)).startsWith('Timeline'))
    expect(timeline).toHaveLength(1)
    expect(select(':scope > div, :scope > hr, :scope > p > br', timeline[0])).toBeUndefined()
  })

  // From Spiral's docs (spiralscout/spiral-docs, "First HTTP controller") and a Hugo post's closing line.
  it('should leave no empty block where line breaks spaced two paragraphs, nor push the last point onto a slide of its own', () => {
    const { tree } = deck(
      [
        '# T',
        '',
        '## Test your controller',
        '',
        "Once your controller is all set, it's time to test it out by running the RoadRunner server using the command:",
        '',
        '```terminal',
        './rr serve',
        '```',
        '',
        'Now you can test your controller by visiting the route in your browser. Just open the following URL in your',
        'browser: http://127.0.0.1/date',
        '',
        '<br><br>',
        '',
        "**That's it! You've successfully set up your first controller in Spiral.**",
        '',
        '<p>&nbsp;</p>',
        '',
        'Thanks for reading this far, and see you in the next post about the router.',
        '',
      ].join('\n'),
    )
    const slides = slidesOf(tree).filter((slide) => text(select('h2', slide)).startsWith('Test your controller'))
    expect(slides).toHaveLength(1)
    expect(selectAll(':scope > p', slides[0]).filter((paragraph) => text(paragraph).trim() === '')).toEqual([])
    expect(selectAll('ul.lectern-points > li', slides[0]).map(text)).toContain("You've successfully set up your first controller in Spiral")
  })
})

describe('a <details> block around markdown', () => {
  it('should show what it folds as the article’s content, say its summary, and leave no slide for its closing tag', () => {
    const code = Array.from({ length: 80 }, (_, at) => `  "key${at}": ${at},`).join('\n')
    const { tree } = deck(
      [
        '# Logs',
        '',
        '## Output',
        '',
        'The log records are nested in the resourceLogs array, one object per line.',
        '',
        '<details>',
        '  <summary> <code>{"resourceLogs":[…]}</code> </summary>',
        '',
        '```json',
        `{\n${code}\n}`,
        '```',
        '',
        '</details>',
        '',
        '## Next',
        '',
        'The collector reads the file and sends every record on to the backend.',
      ].join('\n'),
    )
    const slides = slidesOf(tree).slice(1)
    expect(slides.map((slide) => text(select('h2', slide)))).toEqual(['Output', 'Next'])
    expect(selectAll('details, summary', tree)).toEqual([])
    expect(text(select('pre', slides[0]))).toContain('"key0": 0')
    // The summary is said, not shown.
    expect(selectAll('aside.notes p', slides[0]).map(text)).toContain('{"resourceLogs":[…]}')
    expect(text(slides[0]).replace(text(select('aside.notes', slides[0])), '')).not.toContain('resourceLogs":[')
  })
})

describe('a <details> or <blockquote> whose tags are blocks of their own', () => {
  // (A Galera tutorial seen in review: "<blockquote>", "<details>", "<summary>Note about Load
  // Balancer algorithm</summary>", each a block, then the note: the slide showed an empty quote
  // box and "Note about Load Balancer algorithm", the advice in the notes only.)
  const note = [
    '# Galera',
    '',
    '## Load balancer',
    '',
    'Add the three nodes as targets of the load balancer.',
    '',
    '<blockquote>',
    '',
    '<details>',
    '',
    '<summary>Note about Load Balancer algorithm</summary>',
    '',
    '"Least Connections" is generally the more suitable choice for a Galera cluster.',
    '',
    '</details>',
    '',
    '</blockquote>',
    '',
    '## Folded',
    '',
    'The output is long.',
    '',
    '<details>',
    '',
    '<summary>The whole output</summary>',
    '',
    'Every node reported its state to the cluster within a second.',
    '',
    '</details>',
  ].join('\n')
  const { tree } = deck(note)
  const [, quoted, folded] = slidesOf(tree)

  it('should quote what the blockquote wraps, not leave an empty box', () => {
    expect(selectAll('blockquote', quoted)).toHaveLength(1)
    expect(text(select('blockquote', quoted))).toMatch(/Least Connections" is generally the more suitable choice/)
    expect(selectAll('details, summary', tree)).toEqual([])
  })

  it('should say a summary written in a block of its own, and show what it folds', () => {
    expect(selectAll('aside.notes p', folded).map(text)).toContain('The whole output')
    expect(text(select('.lectern-points, .lectern-statement, .lectern-passage', folded))).toMatch(/Every node reported its state/)
  })
})

describe('a reference link whose definition is lost', () => {
  it('should show its words without the brackets, and keep indices after a word', () => {
    const { tree } = deck('# T\n\n## A\n\nThis post was [first posted][originally posted] on the team blog, see matrix[i][j] there.\n')
    const said = text(select('aside.notes p', slidesOf(tree)[1]))
    expect(said).toBe('This post was first posted on the team blog, see matrix[i][j] there.')
    expect(text(select('.lectern-points', slidesOf(tree)[1]))).not.toContain('][')
  })
})

describe('markdown inside one HTML element', () => {
  it("should read an annotated talk's slide picture and what was said over it as a picture and paragraphs, without permalink or timestamp", () => {
    // nilenso's "Building the systems that build the software" (review 35): one raw-HTML block per slide.
    const block = (id: string, alt: string, time: string, said: string) => [
      `<div class="annotated-talk-slide" id="${id}">`,
      `  <img loading="lazy" src="/images/${id}.jpg" alt="${alt}" style="max-width: 100%">`,
      `  <div><a class="permalink" href="#${id}">#</a>`,
      `  <p class="timestamp">${time}</p>`,
      `  <p>${said}</p>`,
      '  </div>',
      '</div>',
      '',
    ]
    const { tree } = deck(
      [
        '---',
        'title: Building the systems that build the software',
        '---',
        '',
        ...block(
          'slide-03',
          'It is very easy to confuse the essence of what you are doing with the tools you are using',
          '01:09-01:33.',
          'It is very easy to confuse the essence of what you are doing with the tools you are using. As Abelson has argued, software engineering is not really about code. It is not even really about computers.',
        ),
        ...block(
          'slide-04',
          'Formalising intuitions about process',
          '01:33-01:51.',
          'There is some implicit knowledge that we have to make explicit by encoding various representations of the relevant aspects of the world and handling edge cases. That gives us code that does things.',
        ),
      ].join('\n'),
    )
    const points = selectAll('.lectern-points li', tree).map(text)
    expect(points).toContain('As Abelson has argued, software engineering is not really about code')
    const notes = selectAll('aside.notes', tree).map(text).join(' ')
    expect(notes).toContain('As Abelson has argued, software engineering is not really about code.')
    expect(notes).not.toMatch(/01:09-01:33|#\s*01/)
    // (A short line beside a picture is still its caption, said and not shown.)
    const figure = deck('## Pictures\n\n<div><img src="chart.png" alt="Growth"><p>Weekly users since January.</p></div>\n')
    expect(selectAll('.lectern-points li', figure.tree).map(text)).toEqual([])
  })

  it("should say a picture's caption written over several blocks, never show it as a point, and keep a table's notes as words", () => {
    // e-dorigatti's COVID-19 vaccine explainer (review 34): `<figure>`, `<img>`, then the
    // `<figcaption>` and its `<p>` in blocks of their own.
    const picture = [
      '<figure>',
      '  <img src="https://example.com/particle.png" alt="3d model of a solid lipid nanoparticle">',
      '',
      '  <figcaption>',
      '',
      '  <p>',
      '  A three dimensional visualization of a solid lipid nanoparticle. The orange spheres constituting the surface are lipids.',
      '  </p>',
      '  </figcaption>',
      '</figure>',
    ]
    const table = [
      '<figure>',
      '',
      '| Size | Time |',
      '| --- | --- |',
      '| 3 MB | 240 ms |',
      '',
      '<figcaption>',
      '',
      '_The transmission of 1 GB of information takes an estimated 0.1kWh, which is equal to 0.06 kilograms of CO2._',
      '',
      '</figcaption>',
      '</figure>',
    ]
    const { tree } = deck(
      [
        '# Vaccines',
        '',
        '## mRNA-1273',
        '',
        'The shell of the nanoparticle is made from lipids, which protect the mRNA until a cell takes it in.',
        '',
        ...picture,
        '',
        'Once inside cells, the mRNA antigen is copied and shown on their surface.',
        '',
        '## Environment',
        '',
        ...table,
      ].join('\n'),
    )
    const [, vaccine, environment] = slidesOf(tree)
    const shown = (slide: typeof vaccine) => text(slide).replace(text(select('aside.notes', slide)), '')
    expect(text(select('aside.notes', vaccine))).toContain('A three dimensional visualization of a solid lipid nanoparticle.')
    expect(shown(vaccine)).not.toContain('three dimensional visualization')
    // (The article goes on after the caption closes: its next paragraph has its point.)
    expect(shown(vaccine)).toContain('the mRNA antigen is copied')
    expect(shown(environment)).toContain('The transmission of 1 GB of information takes an estimated 0.1kWh')
  })

  it('should read it as markdown, an aside said rather than shown, and an element with HTML inside as HTML, not markdown', () => {
    const { tree } = deck(
      [
        '# Styles',
        '',
        '## Components',
        '',
        'Single-file components put the markup, the styles and the behaviour of a component in one file.',
        '',
        '<aside>[Read the introductory post](blog/intro) if you are new here, or `npm create` a project.</aside>',
        '',
        "<aside>Our motto is 'move slowly and break things'. No, wait, that came out wrong...</aside>",
        '',
        '<div>Scoped styles **never leak** into [other components](https://example.com/leak).</div>',
        '',
        '<p>Kept <em>as</em> HTML, [not](read) as markdown.</p>',
      ].join('\n'),
    )
    const slide = slidesOf(tree)[1]
    const shown = text(slide).replace(text(select('aside.notes', slide)), '')
    expect(shown.replace('[not](read)', '')).not.toMatch(/\]\(|`|\*\*/)
    expect(shown).not.toContain('introductory post')
    expect(shown).not.toContain('move slowly')
    const notes = selectAll('aside.notes p', slide).map(text)
    expect(notes).toContain('Read the introductory post if you are new here, or npm create a project.')
    expect(notes).toContain("Our motto is 'move slowly and break things'. No, wait, that came out wrong...")
    expect(notes).toContain('Scoped styles never leak into other components.')
    expect(select('aside.notes a[href="https://example.com/leak"]', slide)).toBeTruthy()
    // (A paragraph of prose in HTML is said as the others are; the brackets inside it are its words, no link.)
    expect(notes).toContain('Kept as HTML, [not](read) as markdown.')
    expect(select('a[href="read"]', slide)).toBeUndefined()
  })
})

describe('prose a blog template writes in HTML', () => {
  // (Julia Evans's RustConf keynote transcript, jvns.ca: each slide's picture beside its words in divs.)
  const transcript = [
    '# Learning systems programming with Rust',
    '',
    '## Transcript',
    '',
    '<div class="container">',
    '<div class="content">',
    "But that's not why I love Rust. I'm kind of a beginner Rust programmer, and I'm not writing any production Rust code.",
    '',
    '<p>',
    'So I like to skip the whole first step of writing code, and just tell people about <a href="https://example.com/strace">awesome things</a> that <em>already</em> exist.',
    '</p>',
    '</div>',
    '</div>',
    '',
    '<p class="note">',
    '  I <em>think</em> this is a correct noop, as the <code>Restore</code> method above expects.',
    '</p>',
    '',
    '<div class="content"><ul><li>A list stays as it was written.</li></ul></div>',
    '',
    '<p lang="fr">Une phrase en français reste telle quelle.</p>',
    '',
    '## Audience',
    '',
    '<div class="container">',
    '<div class="slide">',
    '<a href="/images/slide_50.png"><img src="/images/slide_50_small.png" alt="Slide 50"></a>',
    '</div>',
    '<div class="content">',
    '<p>',
    "And while you're writing down cool things to help people level up, remember that a lot of systems things aren't really that hard. People can learn harder things than you think they can if you explain it in a way that makes sense.",
    '</p>',
    '<p>',
    'I think computer networking is a really good example of this: a lot of people get really intimidated by networking, but a lot of the core concepts like IP addresses and ports and packets are not really that hard, and once you understand them you can learn a lot.',
    '</p>',
    '<p>',
    'So I have discovered that the audience for clear writing about systems programming is huge, a lot bigger than you might think, and it keeps growing every single year that I write.',
    '</p>',
    '</div>',
    '</div>',
  ].join('\n')

  it('should say its paragraphs in the notes with a point each, not show them whole on the slide', () => {
    const { tree } = deck(transcript)
    const slides = slidesOf(tree).slice(1)
    const notes = slides.flatMap((slide) => selectAll('aside.notes p', slide).map(text))
    expect(notes).toContain(
      "But that's not why I love Rust. I'm kind of a beginner Rust programmer, and I'm not writing any production Rust code.",
    )
    expect(notes).toContain(
      'So I like to skip the whole first step of writing code, and just tell people about awesome things that already exist.',
    )
    expect(select('aside.notes a[href="https://example.com/strace"]', tree)).toBeTruthy()
    const points = slides.flatMap((slide) => selectAll('.lectern-points li', slide).map(text))
    expect(points.some((point) => /skip the whole first step of writing code/.test(point))).toBe(true)
    // (No block of it on a slide besides the points.)
    const blocks = slides.flatMap((slide) => selectAll(':scope > p, :scope > div', slide).map(text)).join(' ')
    expect(blocks).not.toMatch(/beginner Rust programmer|awesome things that already exist/)
    const shown = slides.map((slide) => text(slide).replace(text(select('aside.notes', slide)), '')).join(' ')
    // (A box whose class names a kind is a callout; a list, and an element in a language of its own, stay as written.)
    expect(text(select('blockquote.lectern-callout-note', tree))).toMatch(
      /I think this is a correct noop, as the Restore method above expects/,
    )
    expect(select('blockquote.lectern-callout-note code', tree)).toBeTruthy()
    expect(shown).toMatch(/A list stays as it was written/)
    expect(select('p[lang="fr"]', tree)).toBeTruthy()
    // (A slide's picture beside them is the picture ![]() makes, the words still paragraphs of their own.)
    expect(select('img[src="/images/slide_50_small.png"]', tree)).toBeTruthy()
    expect(notes).toContain(
      'So I have discovered that the audience for clear writing about systems programming is huge, a lot bigger than you might think, and it keeps growing every single year that I write.',
    )
    expect(blocks).not.toMatch(/computer networking/)
  })
})

describe('lists a blog template writes in HTML', () => {
  // (Review 106: Apache's incident report of 2009, kept as the HTML its blog wrote, a list nested right inside another as old
  // editors wrote it; its last slide, one raw block of nine long items, ran off the slide even at the floor.)
  const report = [
    '# Report',
    '',
    '<h2>What changes we are making now?</h2>As a result of this intrusion we are making several changes. These changes include the following:<ul><li>Requiring all users with <a href="https://example.org/opie">elevated privileges to use OPIE for sudo</a> on certain machines.&nbsp; We already require this in some places.<br /></li><li>Recreating and using new SSH keys, one per host, for backups.<br /></li><ul><li>The command string is now explicit.</li><li>New keys have been generated for all hosts.</li></ul>',
    ...Array.from(
      { length: 8 },
      (_, index) =>
        `<li>Change number ${index + 1} will make the servers a little safer than they were before the intrusion, and we will report on it.</li>`,
    ),
    '</ul><p><br /><br /></p>',
    '',
    '## Columns',
    '',
    'There are entire categories of problems that users need to solve like:',
    '',
    '<div style="display: flex">',
    '  <ul>',
    '    <li>Accessibility</li>',
    '    <li>Asset loading</li>',
    '  </ul>',
    '  <ul>',
    '    <li>Caching</li>',
    '    <li>Streaming</li>',
    '  </ul>',
    '</div>',
  ].join('\n')

  it('should read a list of words and links as a markdown list, cut between its items, a list inside one under the item before', () => {
    const { tree } = deck(report)
    const slides = slidesOf(tree).filter((slide) => /What changes/.test(text(select('h2', slide))))
    expect(slides.length).toBeGreaterThan(1)
    expect(select('ul ul', slides[0])).toBeTruthy()
    const holder = selectAll('li', slides[0]).find((item) =>
      item.children.some((child) => child.type === 'element' && child.tagName === 'ul'),
    )
    expect(text(holder)).toMatch(/^Recreating and using new SSH keys.*The command string is now explicit/)
    expect(select('a[href="https://example.org/opie"]', tree)).toBeTruthy()
    const items = slides.flatMap((slide) => selectAll(':scope > ul > li, .lectern-points > li, aside.notes li', slide).map(text))
    expect(items.some((item) => /Change number 8 will make the servers/.test(item))).toBe(true)
    // (Not a block of raw HTML: no item ends in a line break.)
    expect(selectAll('li br', tree)).toHaveLength(0)
    // (Two paragraphs in one item stay two.)
    const two = deck(
      '# R\n\n## Steps\n\n<ul><li><p>First paragraph of the step.</p><p>Second paragraph of the step.</p></li><li>Another step.</li></ul>\n',
    )
    expect(selectAll('li p', two.tree).map(text)).toEqual(
      expect.arrayContaining(['First paragraph of the step.', 'Second paragraph of the step.']),
    )
  })

  it('should read lists side by side in one box, a layout’s columns, as the one list they are, under their line', () => {
    const { tree } = deck(report)
    const slide = slidesOf(tree).find((each) => /Columns/.test(text(select('h2', each))))!
    const lists = selectAll('ul:not(.lectern-points)', slide).filter((list) => !select('aside.notes', slide)?.children.includes(list))
    expect(lists).toHaveLength(1)
    expect(selectAll('li', lists[0]).map(text)).toEqual(['Accessibility', 'Asset loading', 'Caching', 'Streaming'])
  })
})

describe('markdown inside one HTML element, from an untrusted article', () => {
  it('should check its links as every other link', () => {
    const { html } = deck('# T\n\n## A\n\n<div>Click [here](javascript:alert(1)) for **more**.</div>\n')
    expect(html).not.toMatch(/javascript:/i)
    expect(html).toContain('<strong>more</strong>')
  })
})

describe('headings written in HTML', () => {
  // A government blog's template writes each section's heading as HTML in the markdown.
  const post = [
    '---',
    'title: Myths about security operations',
    '---',
    '',
    'Security operations centres are often misunderstood by the agencies they serve.',
    '',
    '<h2>Myth 1: a SOC is only for big agencies</h2>',
    '',
    'Small agencies face the same threats as large ones.',
    '',
    '<h2 id="myth-2" class="anchor"><a href="#myth-2">#</a> Myth 2: tools <em>replace</em> people</h2>',
    '<p>Automation triages alerts, but analysts decide what matters.</p>',
    '',
    '<h3>What it costs</h3>',
    '',
    'A shared service costs less than one analyst per agency.',
  ].join('\n')

  it('should make each HTML heading a slide group of its own, titled with its words without its permalink sign', () => {
    const { tree } = deck(post)
    const titles = slidesOf(tree).map((slide) => text(select('h2', slide)))
    expect(titles).toContain('Myth 1: a SOC is only for big agencies')
    expect(titles).toContain('Myth 2: tools replace people')
    expect(titles).toContain('What it costs')
    // No heading is left among a slide's points.
    for (const slide of slidesOf(tree)) expect(selectAll('h2, h3', slide).length).toBeLessThanOrEqual(1)
  })

  it('should leave a heading inside an element the page opened around it (a demo box) to that element', () => {
    const boxed = [post, '', '<div class="demo">', '', '<h3>Press the button</h3>', '', '</div>'].join('\n')
    const titles = slidesOf(deck(boxed).tree).map((slide) => text(select('h2', slide)))
    expect(titles).not.toContain('Press the button')
  })

  it('should keep the HTML after a heading in the same block as HTML under it', () => {
    const { tree } = deck(post)
    const slide = slidesOf(tree).find((each) => text(select('h2', each)) === 'Myth 2: tools replace people')
    expect(slide && text(slide)).toContain('Automation triages alerts')
  })
})

describe('a picture whose source a site template fills in', () => {
  it('should show its alt text where the picture would be, never an empty picture that draws a broken box', () => {
    const post = [
      '# Colour',
      '',
      '## Palette',
      '',
      'Our palette has six colours that pass contrast checks at every size.',
      '',
      '<figure><img src="{{ page.image }}" alt="The six colours of the palette"><figcaption>Our palette</figcaption></figure>',
    ].join('\n')
    const slide = slidesOf(deck(post).tree).find((each) => text(select('h2', each)) === 'Palette')
    expect(slide).toBeDefined()
    expect(selectAll('img', slide!)).toHaveLength(0)
    expect(text(select('.lectern-image-caption', slide!))).toBe('The six colours of the palette')
  })
})

describe('raw HTML in a long article', () => {
  it('should read the article’s text once, not once for each slide with raw HTML', () => {
    // Positions of parsed raw HTML need no index of the article's lines: building one for
    // every slide would cost the article's length times its slides.
    const read = (parts: number) => {
      const markdown = `# T\n\n${Array.from({ length: parts }, (_, index) => `## Part ${index}\n\nWords of part ${index}.\n\n<p>Raw <b>HTML</b> ${index}.</p>`).join('\n\n')}`
      const file = new VFile({ path: 'post.md', value: markdown })
      const asText = file.toString.bind(file)
      let reads = 0
      file.toString = (encoding) => {
        reads++
        return asText(encoding)
      }
      const { html } = renderDeck(file)
      expect(html).toContain(`<b>HTML</b> ${parts - 1}.`)
      return reads
    }
    expect(read(40)).toBe(read(4))
  })

  it('should tell which blocks stand inside an element in one pass along their siblings', () => {
    // `<div class="x">`, `<h2>…</h2>`, `</div>` three thousand times over, as a page template writes sections.
    const children = Array.from({ length: 3000 }, (_, index) => ({
      type: 'html' as const,
      value: ['<div class="x">', '<h2>Title</h2>', '</div>'][index % 3],
    }))
    let reads = 0
    const watched = new Proxy(children, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver)
      },
    })
    const inside = openElements()
    const parent = { type: 'root', children: watched }
    const answers = children.map((_, index) => inside(parent, index))
    expect(answers.slice(0, 6)).toEqual([false, true, true, false, true, true])
    expect(reads).toBeLessThanOrEqual(children.length)
  })
})

describe('an HTML element whose lines are indented, a blank line among them', () => {
  it('should read an indented tag inside the element as HTML, as kramdown and a browser do, not as code', () => {
    // From a PyCon CZ keynote's transcript (Jekyll, review 90): the second paragraph showed on its slide as a code block of tags.
    const { tree } = render(
      [
        '# Humanizing among coders',
        '',
        '## Part one',
        '',
        '<div class="slide-section">',
        '    <img src="slide-4.jpeg" alt="Slide 4">',
        '    <p>The typical programmer has evolved into a social person, who likes going to conferences and meetups.</p>',
        '',
        "    <p>We all know being a programmer isn't only about writing code, drawing diagrams and reading documentation.</p>",
        '</div>',
        '',
        'Indented code stays code outside such an element:',
        '',
        '    <p>an example</p>',
      ].join('\n'),
    )
    expect(selectAll('pre code', tree).map(text)).toEqual(['<p>an example</p>'])
    expect(text(tree)).toContain("We all know being a programmer isn't only about writing code")
  })

  it('should keep the indentation of code: in a <pre>, in a fence, and in a <details> that shows a listing of HTML', () => {
    const block = (markdown: string) => convertBlockSyntax(markdown).text
    const highlighted =
      '<div class="highlight">\n<pre><code>def foo():\n    <span class="k">return</span> 1\n\n        <span class="c"># done</span>\n</code></pre>\n</div>'
    // (Its blank line holds an empty comment, so CommonMark reads the `<pre>` whole, as kramdown does.)
    expect(block(highlighted)).toBe(highlighted.replace('1\n\n', '1\n<!---->\n'))
    const [listing] = selectAll('pre code', deck(`# Code\n\n${highlighted}\n`).tree)
    expect(toText(listing, { whitespace: 'pre' })).toBe('def foo():\n    return 1\n\n        # done\n')
    const details =
      '<details>\n<summary>Show the snippet</summary>\n\n    <link rel="stylesheet" href="https://cdn.example.com/x.css">\n\n</details>'
    expect(block(details)).toBe(details)
    const fenced = '```md\nWrite it like this:\n```html\n<div class="slide-section">\n\n    <p>One</p>\n</div>\n```\n'
    expect(block(fenced)).toBe(fenced)
  })
})

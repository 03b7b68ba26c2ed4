import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'
import { isCourtesy } from '../../src/core/key-points/asides.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { sentencesOf } from '../../src/core/key-points/text.ts'
import { convertShortcodes } from '../../src/core/shortcodes.ts'
import { convertTexDelimiters } from '../../src/core/tex-delimiters.ts'
import { importHtml } from '../../src/import/index.ts'
import { renderedDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'
import { points } from '../helpers/key-points.ts'
import { parseMarkdown } from '../helpers/parse-markdown.ts'

/*
 * What a review of articles lectern had not seen (round 144) found wrong on their slides. Each case is written from the
 * article's own words.
 */

describe('review 144', () => {
  it("should leave out a page's table of contents and navigation written into the article", () => {
    // A Distill post on score-based models: its `<d-contents>` became three slides of links and an empty one.
    const { tree } = renderedDeck(
      [
        '# Generative Modeling',
        '',
        '<d-contents>',
        '',
        '  <nav class="l-text figcaption">',
        '  <h3>Contents</h3>',
        '    <div><a href="#introduction"> Introduction </a></div>',
        '    <ul>',
        '      <li><a href="#perturbing-data-with-an-sde">Perturbing data with an SDE</a></li>',
        '    </ul>',
        '  </nav>',
        '</d-contents>',
        '',
        '## Introduction',
        '',
        'Existing generative modeling techniques can largely be grouped into two categories.',
        '',
      ].join('\n'),
    )
    const titles = slidesOf(tree).map((slide) => text(select('h1, h2', slide)))
    expect(titles).toEqual(['Generative Modeling', 'Introduction'])
    expect(text(tree)).not.toContain('Perturbing data with an SDE')
  })

  it('should typeset an environment a paragraph holds without dollars, as its page does, and number its label', () => {
    expect(
      convertTexDelimiters(
        'We can define a p.d.f. via\n\\begin{align}\np = \\frac{a}{Z}, \\label{ebm}\n\\end{align}\nwhere Z is a constant.\n',
      ),
    ).toBe('We can define a p.d.f. via\n$$\\begin{align} p = \\frac{a}{Z}, \\label{ebm} \\end{align}$$\n\n\nwhere Z is a constant.\n')
    // (Not one inside display math already.)
    const inside = '$$\n\\begin{align}\nx = 1\n\\end{align}\n$$\n'
    expect(convertTexDelimiters(inside)).toBe(inside)
    const rendered = renderDeck(
      [
        '# T',
        '',
        '## Models',
        '',
        'We can define a p.d.f. via',
        '\\begin{align}',
        'p_\\theta(\\mathbf{x}) = \\frac{e^{-f_\\theta(\\mathbf{x})}}{Z_\\theta}, \\label{ebm}',
        '\\end{align}',
        'where the normalizing constant makes it integrate to one, as equation \\eqref{ebm} says.',
        '',
      ].join('\n'),
    )
    expect(rendered.file.messages.map(String).join('\n')).not.toMatch(/could not be typeset/)
    expect(rendered.html).toContain('katex')
    expect(rendered.html).not.toContain('\\eqref')
    expect(rendered.html).toContain('equation (1) says')
  })

  it('should typeset a multline as the lines it holds, one under the other', () => {
    const rendered = renderDeck(
      '# T\n\n## A\n\nThe bound is\n\n$$\n\\begin{multline}\na + b \\\\\n= c\n\\end{multline}\n$$\n\nand it holds.\n',
    )
    expect(rendered.file.messages).toHaveLength(0)
    expect(rendered.html).toContain('katex-display')
  })

  it('should keep a Distill citation a preposition opens as the number the page shows, and drop the others', () => {
    expect(
      convertShortcodes(
        'Models <d-cite key="a,b"></d-cite> are good. More recently, authors in <d-cite key="c"></d-cite> introduced solvers, as in <d-cite key="b"></d-cite>.',
      ).text,
    ).toBe('Models are good. More recently, authors in [3] introduced solvers, as in [2].')
  })

  it("should show a YouTube player's video by its own page, not the player's address", () => {
    const { tree } = renderedDeck(
      '# T\n\n## Song\n\n<iframe width="560" height="315" src="https://www.youtube.com/embed/PEnJbjBuxnw?si=9yMCnaCoGeXE5__m" title="YouTube video player" frameborder="0" allowfullscreen></iframe>\n',
    )
    const links = selectAll('a', tree).map((link) => String(link.properties.href))
    expect(links).toContain('https://www.youtube.com/watch?v=PEnJbjBuxnw')
    expect(links.join(' ')).not.toContain('/embed/')
  })
})

describe('review 144, a saved page', () => {
  const page = [
    '<title>The bulldozer vs vetocracy political axis</title>',
    '<div id="doc" class="container-fluid markdown-body">',
    '<div id="color-mode-switch"><input type="checkbox" id="switch" /><label for="switch">Dark Mode Toggle</label></div>',
    '<br>',
    '<h1 style="margin-bottom:7px"> The bulldozer vs vetocracy political axis </h1>',
    '<small style="float:left; color: #888"> 2021 Dec 19 </small>',
    '<small style="float:right; color: #888"><a href="../../../../index.html">See all posts</a></small>',
    '<br> <br> <br>',
    '<p>Typically, attempts to collapse down political preferences into a few dimensions focus on two primary dimensions.</p>',
    '<p>There have been many variations on this, and even an entire subreddit dedicated to memes based on these charts.</p>',
    '</div>',
  ].join('\n')

  it("should read the date under the title as the post's date, and leave out the page's controls and its link to the others", () => {
    const markdown = String(importHtml(page).value)
    const { matter } = parseMarkdown(markdown)
    expect(matter.date).toBe('2021-12-19')
    expect(markdown).not.toContain('Dark Mode Toggle')
    expect(markdown).not.toContain('See all posts')
    expect(markdown).not.toContain('2021 Dec 19')
    expect(markdown).toContain('Typically, attempts to collapse down political preferences')
  })
})

describe('review 144, key points', () => {
  it('should read a call to subscribe after Spanish opening marks as the courtesy it is', () => {
    expect(isCourtesy('¡Suscríbete a mi canal de YouTube!', 'es')).toBe(true)
  })

  it('should read "the first one" and "another example" as one of the things the sentence before named', () => {
    expect(points('There are many conventions in Nuxt. The first one is file-based routing.')).toEqual([
      'There are many conventions in Nuxt',
    ])
    expect(points("Another excellent example of Chapel's ergonomics is CHAMPS, a framework for simulations.")).toEqual([undefined])
    // (Not another way to do something, which says what it is.)
    expect(points('Another way to communicate information is to create audio or video messages.')).toEqual([
      'Another way to communicate information is to create audio or video messages',
    ])
  })

  it('should read "simply because" as the answer to the question before it', () => {
    expect(points('Why? Simply because it sat on top of the Postgres engine.')).toEqual([undefined])
  })

  it('should not end a sentence at a question or a cry inside brackets, nor before what a quotation is like', () => {
    expect(
      sentencesOf('実は自分たちの運営ノウハウを企業秘密(?)にしておく理由もないのでここに書きたいと思います。次に進みます。', 'ja'),
    ).toEqual(['実は自分たちの運営ノウハウを企業秘密(?)にしておく理由もないのでここに書きたいと思います。', '次に進みます。'])
    expect(sentencesOf('「〇〇が好きな人が多いから、これをやろう！」みたいな決め方はよくないです。次です。', 'ja')).toHaveLength(2)
  })

  it('should never cut a CJK sentence at a Latin mark inside the brackets of a title', () => {
    const cut = compress(
      '당시 도널드 커누스는 컴퓨터 프로그래밍의 예술 2판(The Art of Computer Programming Volume 2: Seminumerical Algorithms, 2nd Edition)을 준비하고 있었다.',
      'ko',
    )
    expect(cut?.text ?? '').not.toMatch(/^Seminumerical/)
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

function slides(markdown: string) {
  const rendered = renderDeck(markdown)
  const tree = parseDeck(rendered.html)
  return { rendered, tree, slides: slidesOf(tree) }
}

describe('structure from the headings actually used', () => {
  it("should take a name over a date under the title as the article's author and date", () => {
    // golang/proposal's design documents (review 48): "Russ Cox \ December 2022" was a line of the notes.
    const { tree, rendered } = slides(
      '# Proposal: Extended compatibility\n\nRuss Cox \\\nDecember 2022\n\n## Abstract\n\nGo keeps old programs working.\n',
    )
    expect(rendered.deck.meta).toMatchObject({ author: 'Russ Cox', date: 'December 2022' })
    expect(text(select('section.lectern-title .lectern-byline', tree))).toBe('Russ CoxDecember 2022')
    expect(select('section.lectern-title .lectern-description', tree)).toBeUndefined()
    // A sentence that opens on a name, or a front matter's author, stays as it was.
    const sentence = slides('# T\n\nRuss Cox wrote this \\\nin December 2022 for everyone.\n\n## A\n\nWords.\n')
    expect(sentence.rendered.deck.meta.author).toBeUndefined()
    const given = slides('---\nauthor: Ann Lee\n---\n\n# T\n\nRuss Cox \\\nDecember 2022\n\n## A\n\nWords.\n')
    expect(given.rendered.deck.meta.author).toBe('Ann Lee')
    // (Or each a paragraph of its own, under the author's photo: PostgresML's blog, review 102, where they were a slide of their own.)
    const photo = slides(
      '# MindsDB vs PostgresML\n\n<div align="left">\n\n<figure><img src="montana.jpg" alt="Author" width="125"><figcaption></figcaption></figure>\n\n</div>\n\nMontana Low\n\nJune 8, 2023\n\n## Introduction\n\nThere are many ways to do machine learning in a database.\n',
    )
    expect(photo.rendered.deck.meta).toMatchObject({ author: 'Montana Low', date: 'June 8, 2023' })
    expect(
      photo.slides
        .filter((slide) => !slide.properties.className?.toString().includes('lectern-title'))
        .map(text)
        .join(' '),
    ).not.toMatch(/Montana Low|June 8/)
    // (A picture without alt text is no author's photo: it stays, and so do the lines under it.)
    const chart = slides('# T\n\n<img src="chart.png">\n\nMontana Low\n\nJune 8, 2023\n\n## Introduction\n\nWords.\n')
    expect(chart.rendered.deck.meta.author).toBeUndefined()
  })

  it('should take the only heading of its level, opening an article whose other headings are all deeper, as its title', () => {
    // (Review 59: a foundation's quarterly report, "## FreeBSD Foundation ##" over `###` parts, was titled by its folder.)
    const { tree } = slides(
      '## Foundation Report ##\n\nThe foundation supports the project.\n\n### Fundraising ###\n\nWe raised more.\n\n### Advocacy ###\n\nWe spoke at events.\n',
    )
    expect(text(select('.lectern-title h1', tree))).toBe('Foundation Report')
    expect(selectAll('section.lectern-slide h2', tree).map(text)).toEqual(expect.arrayContaining(['Fundraising', 'Advocacy']))
    // (Not one of several at its level.)
    const several = slides('## One\n\nWords.\n\n## Two\n\nMore words.\n\n### Three\n\nEven more.\n')
    expect(text(select('.lectern-title h1', several.tree))).not.toBe('One')
  })

  it('should make groups of deeper headings that come before the first group-level heading', () => {
    const { slides: all, tree } = slides(
      '# Talk\n\nIntro words.\n\n### First\n\nOne.\n\n### Second\n\nTwo.\n\n#### Detail\n\nThree.\n\n## Main\n\nFour.\n\n### Sub\n\nFive.\n',
    )
    const groups = selectAll('section.lectern-group', tree)
    expect(groups.map((group) => group.properties.dataLecternGroup)).toEqual(['title', 'first', 'second', 'main'])
    // Every content slide has its heading; the title slide's notes keep only the intro.
    for (const slide of all.slice(1)) expect(select('h2', slide), String(slide.properties.id)).toBeDefined()
    expect(text(select('.lectern-title aside.notes', tree))).toBe('Intro words.')
    expect(text(select('#sub .lectern-kicker', tree))).toBe('Main')
    // The heading under the early sub-heading makes a sub-slide, as under a `##`.
    expect(text(select('#detail h2', tree))).toBe('Detail')
  })

  it('should title a slide in words where its heading holds raw HTML: an icon before it, code inside it', () => {
    const { tree } = slides(
      '# Publishing\n\n## <i class="fa-solid fa-box"></i> The <code>build</code> step\n\nBuild the wheel the same way each time.\n\n' +
        '### <span class="icon"></span> Check it\n\nRun the checks before anything goes to the index.\n',
    )
    const sub = select('section[data-lectern-title="Check it"]', tree)
    expect(sub?.properties.id).toBe('check-it')
    // The kicker over the sub-section names its section as the heading reads, without tags.
    expect(text(select('.lectern-kicker', sub))).toBe('The build step')
    const section = select('section[data-lectern-title="The build step"]', tree)
    expect(section?.properties.id).toBe('the-build-step')
    // The visible heading keeps its code.
    expect(text(select('h2 code', section))).toBe('build')
  })

  it('should put a long description on the cover as its first sentence, and none too long for a cover', () => {
    const cover = (description: string) =>
      text(
        select(
          'section.lectern-title .lectern-description',
          slides(`---\ndescription: "${description}"\n---\n# T\n\n## A\n\nText.\n`).tree,
        ),
      )
    expect(cover('A short summary of the talk.')).toBe('A short summary of the talk.')
    const first = 'Teams rented servers by the hour and stopped buying racks they would not fill.'
    const rest = ' The change took a decade, touched every company that ran software, and moved budgets from buildings to bills.'
    expect(cover(first + rest + rest)).toBe(first)
    // One sentence of forty words is not a cover line.
    const long = `Every ${'team that ran its own servers, '.repeat(6)}found that renting was cheaper.`
    expect(cover(long)).toBe('')
  })

  it('should keep the title after a --- break in a titled section', () => {
    const { tree } = slides(
      '# T\n\n## Part\n\nServers were provisioned by hand for years.\n\n---\n\nTeams rented capacity by the hour instead.\n',
    )
    const part = selectAll('section[data-lectern-group="part"] > section', tree)
    expect(part).toHaveLength(2)
    for (const slide of part) expect(text(select('h2', slide))).toMatch(/^Part/)
  })

  it('should give slides a heading when the article has no section headings', () => {
    const { slides: all } = slides('# Only Prose\n\nOne paragraph.\n\nAnother paragraph.\n')
    expect(all.slice(1).every((slide) => text(select('h2', slide)) === 'Only Prose')).toBe(true)
  })

  it('should title the list, code and pictures before the first section as the talk’s introduction', () => {
    // As rust-i128-layout-footnotes-tables opens: prose, then a list, before any section.
    const { slides: all } = slides(
      '# Changes to `i128` layout\n\nAs a user, you most likely do not need to worry unless you are:\n\n1. Assuming the alignment of `i128`\n1. Ignoring the `improper_ctypes*` lints\n\n```rust\nlet x: i128 = 1;\n```\n\n## Background\n\nData types have two intrinsic values.\n',
    )
    const intro = all.filter((slide) => select('ol, pre', slide) && !select('h2', slide))
    expect(intro).toEqual([])
    expect(text(select('h2', all[1]))).toBe('Introduction')
    // (Its id is still made from the talk's title, as its links were.)
    expect(all[1].properties.id).toBe('changes-to-i128-layout')
  })

  it('should title an opening that is most of the talk by its topics, not "Introduction: …" on every slide', () => {
    // A talk's transcript (review 108) whose only headings were its audience's two questions at the end: ten slides
    // titled "Introduction", "Introduction: red area lives", "Introduction (cont.)".
    const body = ['go-blog-errors-are-values', 'ropensci-ode-to-testing-essay']
      .map((name) => readFileSync(`tests/fixtures/articles/${name}/index.md`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
      .join('\n\n')
    const { slides: all } = slides(`# A long talk\n\n${body}\n\n## Comments\n\nThank you all for reading this far, and do write.\n`)
    const titles = all.slice(1).map((slide) => text(select('h2', slide)))
    expect(titles.some((title) => title.startsWith('Introduction:'))).toBe(false)
    expect(
      new Set(titles.filter((title) => !/^Introduction|^Comments/.test(title)).map((title) => title.replace(' (cont.)', ''))).size,
    ).toBeGreaterThanOrEqual(2)
    expect(titles.at(-1)).toBe('Comments')
    // (An opening shorter than the sections after it is still their introduction.)
    const sections = Array.from({ length: 3 }, (_, n) => `## Part ${n + 1}\n\n${body.slice(0, 4000)}`).join('\n\n')
    const introduced = slides(`# A long talk\n\n${body}\n\n${sections}\n`)
      .slides.slice(1)
      .map((slide) => text(select('h2', slide)))
    expect(introduced[0]).toMatch(/^Introduction/)
    expect(introduced.filter((title) => title.startsWith('Introduction')).length).toBeGreaterThan(2)
  })

  it('should say a short lede over the title slide and give a long opening slides of its own, as its introduction', () => {
    const sentence = (n: number) =>
      `Paragraph ${n} says one thing about the post office and its mail trucks in twenty words or so, no more.`
    const opening = Array.from({ length: 24 }, (_, n) => sentence(n + 1)).join('\n\n')
    const { slides: all, tree } = slides(`# The Post Office\n\n${opening}\n\n## Later\n\nThe end.\n`)
    // The lede is said on slides of its own under the talk's title, with points, in order; the title slide says nothing.
    expect(selectAll('section.lectern-title aside.notes p', tree)).toEqual([])
    const opened = all.filter((slide) => text(select('h2', slide)).startsWith('Introduction'))
    expect(opened.length).toBeGreaterThan(0)
    for (const slide of opened) expect(selectAll('.lectern-points > li', slide).length).toBeGreaterThan(0)
    const said = opened.flatMap((slide) => selectAll('aside.notes p', slide)).map((p) => text(p))
    expect(said).toEqual(Array.from({ length: 24 }, (_, n) => sentence(n + 1)))
    // A lede of one short sentence is the title slide's subtitle, said over it: no slide of one point.
    const short = slides('# T\n\nOne short lede about the talk.\n\n## A\n\nText.\n')
    expect(short.slides.filter((slide) => text(select('h2', slide)) === 'T')).toEqual([])
    expect(text(select('section.lectern-title .lectern-description', short.tree))).toBe('One short lede about the talk.')
    expect(text(select('section.lectern-title aside.notes', short.tree))).toBe('One short lede about the talk.')
    // One that ends in a colon introduces what follows it, and describes nothing.
    const leading = slides('# T\n\nIn this post we walk through the demo below:\n\n## A\n\nText.\n')
    expect(select('section.lectern-title .lectern-description', leading.tree)).toBeUndefined()
  })

  it('should show a frontmatter title’s code spans as code on the title slide', () => {
    // rust-i128-layout-footnotes-tables' title, from its TOML frontmatter.
    const { slides: all } = slides(
      '---\ntitle: "Changes to `u128`/`i128` layout in 1.77 and 1.78"\n---\n\n- Assuming the alignment\n- Ignoring the lints\n\n## Background\n\nWords.\n',
    )
    expect(text(select('h1', all[0]))).toBe('Changes to u128/i128 layout in 1.77 and 1.78')
    expect(selectAll('h1 code', all[0]).map((code) => text(code))).toEqual(['u128', 'i128'])
  })

  it('should show the frontmatter title, and make a later # that says something else a section', () => {
    // As the Rust blog's "Interview with Jan David Nose" (seen in review) opens.
    const { slides: all } = slides(
      '+++\ntitle = "Interview with Jan David Nose"\n+++\n\nOn the Content Team, we had our first outing at RustConf 2025.\n\n# Jan David Nose, Infrastructure Team\n\nIn this interview, Xander Cesari sits down with Jan David Nose.\n\n## Transcript\n\nHey, this is Xander Cesari.\n',
    )
    expect(text(select('h1', all[0]))).toBe('Interview with Jan David Nose')
    expect(text(select('h2', all[1]))).toBe('Jan David Nose, Infrastructure Team')
    // A # that opens the article, or repeats the frontmatter's title, is still the title.
    for (const article of [
      '---\ntitle: Short\n---\n\n# A Longer Title\n\nWords.\n\n## Part\n\nText.\n',
      '---\ntitle: Same\n---\n\nWords.\n\n# Same\n\nMore.\n\n## Part\n\nText.\n',
    ]) {
      const found = slides(article).slides
      expect(select('h1', found[0]), article).toBeDefined()
      expect(found.slice(1).map((slide) => text(select('h2', slide)))).not.toContain(text(select('h1', found[0])))
    }
  })

  it('should show the frontmatter title over an article of several # parts, the first part a section like the others', () => {
    // As a Hugo probability post (seen in review): `{{< toc >}}`, then `#` parts with `##` and `###` inside.
    const part = (name: string) =>
      `# ${name}\n\n## ${name} in theory\n\n### Core idea:\n\nThe ${name} view defines probability by its own rule.\n\n## ${name} in practice\n\nThe ${name} view is used by many statisticians.\n`
    const { slides: all, tree } = slides(
      `---\ntitle: "What is Probability?"\n---\n\n{{< toc >}}\n\n${part('Frequentist')}\n${part('Bayesian')}\n${part('Axiomatic')}`,
    )
    expect(text(select('h1', all[0]))).toBe('What is Probability?')
    // A group per `#` part, after the title's.
    expect(selectAll('section.lectern-group', tree)).toHaveLength(4)
    // The first part's `##` are its sub-sections, as the later parts' are.
    const titled = all.slice(1).map((slide) => [text(select('.lectern-kicker', slide)), text(select('h2', slide))])
    expect(titled).toContainEqual(['Frequentist', 'Frequentist in theory'])
    expect(titled).toContainEqual(['Bayesian', 'Bayesian in theory'])
  })

  it('should show the frontmatter title over an article whose one # heading opening it is "Introduction"', () => {
    // Godot's essay (review 100): "# Introduction" was the title slide's heading, under its frontmatter's title.
    const { slides: all } = slides(
      '---\ntitle: "Godot is more than a game engine"\n---\n\n# Introduction\n\nGodot is a community developed game engine.\n\n### A renderer\n\nEngines start as a renderer.\n',
    )
    expect(text(select('h1', all[0]))).toBe('Godot is more than a game engine')
    expect(all.slice(1).map((slide) => text(select('h2', slide)))).toContain('Introduction')
    // (A # heading that words the title otherwise is still its title: "# Godot, more than an engine".)
    const other = slides('---\ntitle: "Godot is more than a game engine"\n---\n\n# Godot, more than an engine\n\n## Part\n\nText.\n').slides
    expect(text(select('h1', other[0]))).toBe('Godot, more than an engine')
  })

  it('should title slides without the full stop a heading or title ends with, keeping an abbreviation’s', () => {
    // dojomx (review 41): "Diseño de software ausente." over its slide, and a title ending in a full stop.
    const { slides: all } = slides(
      '---\ntitle: Más allá del código, por qué los proyectos fallan.\n---\n\n## Diseño de software ausente.\n\nUn proyecto sin diseño se desordena.\n\n## Acme Inc.\n\nAcme makes anvils.\n\n## Hecho en EE.UU.\n\nTexto.\n\n## Y ahora...\n\nMás.\n',
    )
    expect(all.map((slide) => text(select('h1, h2', slide)))).toEqual([
      'Más allá del código, por qué los proyectos fallan',
      'Diseño de software ausente',
      'Acme Inc.',
      'Hecho en EE.UU.',
      'Y ahora...',
    ])
  })

  it('should read a block quote that holds headings as the article’s own sections, not a quotation to show', () => {
    // em-in-the-trenches (review 41): case studies in `<details>`, each `> #### TimescaleDB` and its paragraphs.
    const { slides: all } = slides(
      [
        '# T',
        '## Technology',
        'Pick technology that has been tried and tested for many years in production.',
        '<details>\n  <summary>Case study</summary>\n\n> We needed a time-series store and a fast queue for our new product.\n>\n> #### TimescaleDB\n>\n> TimescaleDB sits on top of the Postgres engine, so we kept its whole ecosystem.\n>\n> #### Redpanda\n>\n> Redpanda speaks the Kafka API and runs as a single binary with little overhead.\n\n</details>',
      ].join('\n\n'),
    )
    const shown = all.slice(1)
    expect(shown.flatMap((slide) => selectAll('blockquote', slide))).toEqual([])
    // Its paragraphs are said, each with its point.
    expect(shown.flatMap((slide) => selectAll('.lectern-points > li', slide)).length).toBeGreaterThanOrEqual(3)
    expect(shown.map((slide) => text(select('aside.notes', slide))).join(' ')).toContain('TimescaleDB sits on top of the Postgres engine')
    // Words after the box are its section's: the quote's last heading does not take them (review 41: "Lastly, have fun…" under "Embracing Risk").
    const say = (topic: string) =>
      ['latency', 'budgets', 'queues', 'roots'].map(
        (aspect) => `The ${topic} plan changed our ${aspect} for good, and every engineer saw it.`,
      )
    const after = slides(
      [
        '# T',
        '## Leaders',
        ...say('hiring'),
        '> #### Embracing Risk\n>\n' +
          say('risky')
            .map((line) => `> ${line}`)
            .join('\n>\n'),
        'Lastly, have fun with your work every single week.',
        '## End',
        'Bye now.',
      ].join('\n\n'),
    )
    const lastly = after.slides.find((slide) => text(select('aside.notes', slide)).includes('Lastly, have fun'))!
    expect(text(select('h2', lastly))).not.toMatch(/Embracing/)
  })

  it('should strip {#id .class} attribute lists and anchor the slide at the id', () => {
    const { tree } = slides(
      '# Plugins {#plugins}\n\n## Introduction {#introduction .lead}\n\nWords.\n\n## Setup {: #set-up}\n\nMore.\n\n### Writing a Plugin {#writing}\n\nEven more.\n\n## Sets {x}\n\nBraces stay.\n',
    )
    expect(text(select('.lectern-title h1', tree))).toBe('Plugins')
    expect(text(select('#introduction h2', tree))).toBe('Introduction')
    expect(text(select('#set-up h2', tree))).toBe('Setup')
    expect(text(select('#writing h2', tree))).toBe('Writing a Plugin')
    expect(text(tree)).not.toMatch(/\{#|\.lead\}/)
    expect(text(select('#sets-x h2', tree))).toBe('Sets {x}')
  })
  it('should leave out the colon a heading ends with, and keep a heading that is only a colon', () => {
    const { slides: all } = slides(
      '# Talk\n\n## Example:\n\nWords.\n\n## Métricas de **uso**：\n\nMore.\n\n## Set up {#setup}:\n\nEnd.\n\n## :\n\nLast.\n',
    )
    expect(all.slice(1).map((slide) => text(select('h2', slide)))).toEqual(['Example', 'Métricas de uso', 'Set up {#setup}', ':'])
  })

  it("should take a '(#anchor)' that names the heading's own words as its anchor, and keep one that does not", () => {
    // brandur.org writes `## Queries as strings (#strings)`.
    const { tree } = slides(
      '# sqlc\n\n## Queries as strings (#strings)\n\nWords.\n\n### pgx support appears (#pgx)\n\nMore.\n\n## Summary and future (#summary-future)\n\nEnd.\n\n## Using C (#include)\n\nKept.\n',
    )
    expect(text(select('#strings h2', tree))).toBe('Queries as strings')
    expect(text(select('#pgx h2', tree))).toBe('pgx support appears')
    expect(text(select('#summary-future h2', tree))).toBe('Summary and future')
    expect(selectAll('h2', tree).map((heading) => text(heading))).toContain('Using C (#include)')
  })

  it("should take Fumadocs' '[#id]' after a heading as its id, whatever its words", () => {
    // (SWR's 2.0 post (review 103): "useSWRMutation [#useswrmutation]" showed in every slide's title and kicker.)
    const { tree } = slides(
      '# SWR 2.0\n\n## Mutation and Optimistic UI [#mutation-and-optimistic-ui]\n\nWords.\n\n### useSWRMutation [#useswrmutation]\n\nMore.\n\n## SWRConfig.default is renamed [#swrconfigdefault-is-renamed]\n\nEnd.\n',
    )
    expect(text(select('#mutation-and-optimistic-ui h2', tree))).toBe('Mutation and Optimistic UI')
    expect(text(select('#useswrmutation h2', tree))).toBe('useSWRMutation')
    expect(text(select('#swrconfigdefault-is-renamed h2', tree))).toBe('SWRConfig.default is renamed')
    expect(text(tree)).not.toContain('[#')
    // (An issue's number is no id: a changelog's heading keeps it.)
    const { tree: changes } = slides('# Changes\n\n## Fix login crash [#1234]\n\nWords.\n')
    expect(selectAll('h2', changes).map((heading) => text(heading))).toContain('Fix login crash [#1234]')
  })

  it('should not head a slide by a heading that holds only a comment', () => {
    // (A French Jekyll post (review 103) set its excerpt mark as "### <!-- more -->": a slide titled nothing.)
    const { slides: all } = slides(
      '# Réflexions\n\nPrenez votre shaker et ajoutez une idée.\n\n### <!-- more -->\n\nMais pourquoi sont-ils aussi méchants ?\n\n## Parce que !\n\nLe site permettait de noter des professeurs.\n',
    )
    const titles = all.map((slide) => text(select('h1, h2, h3', slide)))
    expect(titles.every((title) => title.trim() !== '')).toBe(true)
    expect(titles).toContain('Parce que !')
  })

  it('should take a `#` that says the frontmatter title again as the title, after a comment, among other `#`s', () => {
    // (Nushell's release notes, review 82: "<!-- TODO: … -->" then "# Nushell 0.90.1": slide 2 said the title again.)
    const { slides: all } = slides(
      '---\ntitle: Nushell 0.90.1\n---\n\n<!-- TODO: complete the excerpt above -->\n\n# Nushell 0.90.1\n\nNushell is a new shell that takes a structured approach to your command line.\n\n# Where to get it\n\nNu 0.90.1 is available as pre-built binaries or from crates.io.\n',
    )
    const titles = all.map((slide) => text(select('h1, h2', slide)))
    expect(titles.filter((title) => title === 'Nushell 0.90.1')).toHaveLength(1)
    expect(titles).toContain('Where to get it')
  })

  it("should leave out a link back to the page's contents or top that ends a heading, and keep a heading's own links", () => {
    // (Nushell's release notes end each heading with `[[toc](#table-of-content)]`: "[toc]" showed in
    // ten slides' titles and kickers.)
    const { slides: all } = slides(
      '# Notes\n\n## Breaking changes [[toc](#table-of-content)]\n\nWords.\n\n### New commands [↑](#top)\n\nMore.\n\n## Setup [#](#setup)\n\nEnd.\n\n## Integration of [uutils](#uutils)\n\nKept.\n\n## [toc](#toc)\n\nLast.\n',
    )
    const titles = all.slice(1).map((slide) => text(select('h2, h3', slide)))
    expect(titles).toEqual(['Breaking changes', 'New commands', 'Setup', 'Integration of uutils', 'toc'])
  })
})

describe('the opening’s cover photo', () => {
  const body = '## Dropdowns\n\nA dropdown constrains a cell to a set of values.\n'

  it('should give no slide to a cover photo the frontmatter names, nor to one with a photo credit', () => {
    const named = slides(
      `---\ntitle: Dropdowns\nfeatured:\n  image_url: /blog/2023/summer-tree.webp\n---\n\n![Red leaves](/blog/2023/summer-tree.webp)<br>\n\nIntro words.\n\n${body}`,
    )
    const credited = slides(
      `---\ntitle: TDD\n---\n\nIntro words.\n\n![Poster](/images/test12.jpg)\n_Photo by Liam Tucker on Unsplash_\n\n${body}`,
    )
    for (const { slides: all } of [named, credited]) {
      expect(all.map((slide) => text(select('h1, h2', slide)))).toEqual([all[0] && text(select('h1', all[0])), 'Dropdowns'])
      expect(all.flatMap((slide) => selectAll(':scope > p img, :scope > p .lectern-missing-image', slide))).toHaveLength(0)
    }
    expect(text(select('aside.notes', credited.slides[0]))).toContain('Photo by Liam Tucker')
  })

  it('should keep a picture of the opening that is no cover on a slide', () => {
    const { slides: all } = slides(`---\ntitle: Dropdowns\n---\n\nIntro words.\n\n![The dropdown menu](menu.png)\n\n${body}`)
    expect(all).toHaveLength(3)
  })
})

describe('the slide after the title slide', () => {
  it('should head a long opening "Introduction", in the talk’s language, and never show the talk’s title twice in a row', () => {
    const lede = [
      'Public libraries began as subscription rooms for merchants who could pay a yearly fee to borrow novels.',
      'Carnegie paid for more than two thousand library buildings across the English-speaking world.',
      'Towns had to promise the land and a yearly budget of a tenth of the gift before his money came.',
      'Open shelves replaced closed stacks, so readers could browse without asking a clerk for each book.',
      'Children’s rooms arrived around the turn of the century, with story hours run by trained librarians.',
      'Bookmobiles carried collections to farms and mining camps that had no building of their own.',
      'During the depression, attendance rose sharply as people without work spent their days reading.',
      'Microfilm let small branches hold newspapers that would otherwise have crumbled on the shelves.',
      'Card catalogues gave way to computer terminals, and later to searches from any home with a modem.',
    ].join('\n\n')
    const { slides: all } = slides(`# Libraries\n\n${lede}\n\n## Reading rooms\n\nReading rooms were quiet and open late for workers.\n`)
    // Review 41: an opening without a heading in sight, then "Libraries (cont.)", read as slides without a title.
    expect(all.filter((slide) => String(slide.properties.className).includes('lectern-opening'))).toEqual([])
    expect(text(select('h2', all[1]))).toBe('Introduction')
    expect(text(select('h2', all[2]))).toBe('Introduction (cont.)')
    const german = slides(`---\nlang: de\n---\n\n# Bibliotheken\n\n${lede}\n\n## Lesesäle\n\nLesesäle waren ruhig.\n`)
    expect(text(select('h2', german.slides[1]))).toBe('Einleitung')
    // One point alone opens the talk as a statement, its heading kept for outlines only.
    const one = slides(
      '# Libraries\n\nPublic libraries began as subscription rooms for merchants who could pay a yearly fee. Carnegie paid for more than two thousand library buildings across the world.\n\n## Reading rooms\n\nReading rooms were quiet.\n',
    )
    expect(String(one.slides[1].properties.className)).toContain('lectern-opening')
    // Where the first section is the introduction, the opening keeps the talk's title, not shown: no two "Introduction"s in a row.
    const introduced = slides(`# Libraries\n\n${lede}\n\n## Introduction\n\nReading rooms were quiet and open late.\n`)
    expect(introduced.slides.map((slide) => text(select('h1, h2', slide))).filter((title) => title.startsWith('Introduction'))).toEqual([
      'Introduction',
    ])
    // (Nor where a later section is the introduction, "## Prerequisites" then "## Introduction": review 107, Docker's guide to Bake.)
    const later = slides(
      `# Libraries\n\n${lede}\n\n## Prerequisites\n\nA library card.\n\n## Introduction\n\nReading rooms were quiet and open late.\n`,
    )
    expect(later.slides.map((slide) => text(select('h1, h2', slide))).filter((title) => title.startsWith('Introduction'))).toEqual([
      'Introduction',
    ])
  })

  it('should not show it on the first slide of an article without sections either', () => {
    const { slides: all } = slides(
      '# Libraries\n\nPublic libraries began as subscription rooms for the few who could pay.\n\nWithin a century, towns paid for them from taxes, and anyone could borrow a book.\n',
    )
    expect(String(all[1].properties.className)).toContain('lectern-opening')
  })
})

describe('marks a heading is typed with', () => {
  it('should leave out an arrow typed before a heading’s words', () => {
    // An essay on becoming a software engineer (review 90): "Internships: > Get Started".
    const { slides: found } = slides(
      [
        '# No wrong way',
        '',
        '## Internships',
        '',
        'Internships are a great way into the field, whatever track you are on.',
        '',
        '### > Get Started',
        '',
        '- [Find an internship](https://example.com/internships)',
        '',
        '## → Next steps',
        '',
        'Keep learning: the field changes every year.',
      ].join('\n'),
    )
    const titles = found.map((slide) => text(select('h1, h2', slide)))
    expect(titles.join(' | ')).not.toMatch(/>|→/)
    expect(titles).toContain('Next steps')
    // (Not a mark the heading says something with: "> 1000" is "more than", "=>" what it is about.)
    const { slides: others } = slides(
      '# T\n\n## > 1000 requests per second\n\nWords about the load.\n\n## => arrow functions\n\nWords about them.\n',
    )
    expect(others.map((slide) => text(select('h1, h2', slide)))).toEqual(
      expect.arrayContaining(['> 1000 requests per second', '=> arrow functions']),
    )
  })
})

describe('a subheading with nothing under it', () => {
  it('should title the words under the next subheading by that one, not by the empty one before it', () => {
    // Haskell Day 2019's report (review 91): "### Q1" over a chart left out, then "### Q2" and its words, shown under "Q1".
    const markdown = readFileSync(new URL('../fixtures/articles/ja-haskell-day-report/index.md', import.meta.url), 'utf8')
    // (Its charts are missing, as the build finds them: left out.)
    const missing = new Map([...markdown.matchAll(/!\[\]\((\/img\/[^)]+)\)/g)].map((match): [string, null] => [match[1], null]))
    const found = slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown }), {}, missing).html))
    const titleOf = (words: string) =>
      found.find((slide) => selectAll(':scope > :not(aside)', slide).map(text).join(' ').includes(words))?.properties.dataLecternTitle
    expect(titleOf('言語のリストは')).toMatch(/得意なプログラミング言語はなんですか/)
    expect(titleOf('箇条書きにします')).toMatch(/最近注目している技術があれば記述してください/)
  })
})

describe('headings that are no sections', () => {
  it('should say a byline set as a heading in the notes, not make it a slide or a title, and keep a timeline’s dates', () => {
    const { slides: found } = slides(
      [
        '# Reproducibility in the Age of Approximate Computing',
        '',
        '#### Contributed by [Jane Doe](https://example.com/jane)',
        '',
        '#### Publication date: June 11, 2025',
        '',
        'Approximation has always been part of scientific computing, from floating point to iterative solvers.',
        '',
        '## Timeline',
        '',
        '### 2020-02-20',
        '',
        'The release went out at noon and the first reports of broken builds came an hour later.',
        '',
        '### 2020-02-21',
        '',
        'The team shipped a fix in the morning and wrote to every affected user by the evening.',
      ].join('\n'),
    )
    const titles = found.map((slide) => text(select('h1, h2', slide)))
    expect(titles.join(' | ')).not.toMatch(/Contributed by|Publication date/)
    expect(found.map((slide) => text(select('aside.notes', slide))).join(' ')).toMatch(
      /Contributed by Jane Doe.*Publication date: June 11, 2025/,
    )
    expect(titles.filter((title) => /^Timeline: 2020-02-2[01]$|^2020-02-2[01]$/.test(title))).toHaveLength(2)
  })
})

describe('an opening part that holds the whole article', () => {
  it('should raise the sections an "Introduction" holds to its level, so no slide is labelled "Introduction"', () => {
    const { slides: all, tree } = slides(
      [
        '---',
        'title: Release notes',
        '---',
        '',
        '## Introduction',
        '',
        'This release brings many improvements to the way the compiler reports problems.',
        '',
        '### Better snippets',
        '',
        'Snippets now span several lines, with the line numbers at the left of each line.',
        '',
        '### Fewer duplicate warnings',
        '',
        'A warning that was reported twice for the same statement is now reported once.',
        '',
        '## Acknowledgements',
        '',
        'Thanks to the reviewers for their patience and their many good suggestions.',
      ].join('\n'),
    )
    // (The title's group, then Introduction, its two sections and Acknowledgements.)
    expect(selectAll('section.lectern-group', tree)).toHaveLength(5)
    expect(all.flatMap((slide) => selectAll('.lectern-kicker', slide).map(text))).toEqual([])
    // (An opening part with one section under it, or any other part, keeps its sections under it.)
    const kept = slides(
      '## Introduction\n\nWords of the opening part.\n\n### Only one\n\nWords of its only section.\n\n## Next\n\nWords.\n',
    )
    expect(selectAll('section.lectern-group', kept.tree)).toHaveLength(3)
  })

  it('should show the works a "References" section lists or writes as paragraphs, with no point made of a citation and none said', () => {
    // (Review 39: Ted Neward's "Bibliography" showed "Farnam Street blog; https://fs.blog" as a point; a
    // Japanese post's 参考文献 list became points of its descriptions, paced as said.)
    const { tree } = slides(
      [
        '# Talk',
        '',
        '## Findings',
        '',
        'Writing forces the author to think more clearly about the problem.',
        '',
        '## Bibliography',
        '',
        '*Working Backwards*, by Bryar, Carr; ISBN 978-1250267603',
        '',
        'Farnam Street blog; https://fs.blog',
        '',
        '## References',
        '',
        '* [Practical low-level programming](https://example.com/pllp): the chapter on linkers explains what a linker does in detail, worth a quick read.',
        '* [github.com/rui314/mold](https://github.com/rui314/mold): a fast linker whose source is hard to follow but shows what is inside one.',
      ].join('\n'),
    )
    expect(selectAll('#bibliography .lectern-points li, #references .lectern-points li', tree)).toHaveLength(0)
    expect(selectAll('#references ul li', tree).map(text).join(' ')).toMatch(/Practical low-level programming.*mold/)
    for (const id of ['#bibliography', '#references']) expect(select(id, tree)?.properties.dataTiming).toBe('10')
    // References written as paragraphs, one each, are shown as one list too (review 41: "References" showed its title alone).
    expect(selectAll('#bibliography ul li', tree).map(text)).toEqual([
      'Working Backwards, by Bryar, Carr; ISBN 978-1250267603',
      'Farnam Street blog; https://fs.blog',
    ])
  })

  // The Programming Historian's French lesson (review 96): its "Lectures complémentaires" became points cut mid-title.
  it('should read the works to read under a heading in French, German, Spanish, Portuguese, Japanese or Korean as a list of works', () => {
    for (const heading of ['Lectures complémentaires', 'Weiterführende Literatur', 'Lecturas recomendadas', '関連リンク', '参考資料']) {
      const { tree } = slides(
        `# Talk\n\n## Findings\n\nWriting forces the author to think more clearly.\n\n## ${heading}\n\nBrown, Adrian. _Practical Digital Preservation: A How-to Guide for Organizations of Any Size_. London: Facet, 2013.\n\nNoble, William Stafford. "A Quick Guide to Organizing Computational Biology Projects." PLoS Computational Biology 5, no. 7 (2009).\n`,
      )
      expect(selectAll('.lectern-points li', tree), heading).toHaveLength(0)
    }
  })

  it('should give a "Footnotes" section no points, as a list of works', () => {
    // (Review 57: a database deep dive's footnotes, "I joined the AWS Lambda team in early 2015", were points.)
    const { tree } = slides(
      '# Talk\n\n## Findings\n\nWriting forces the author to think more clearly.\n\n## Footnotes\n\nI joined the team in early 2015, and spent most of my time there on the control plane.\n\nMVCC has been around since the late 1970s, and snapshot isolation since the 1980s.\n',
    )
    expect(selectAll('#footnotes .lectern-points li', tree)).toHaveLength(0)
    expect(selectAll('#footnotes ul li', tree).map(text).join(' ')).toContain('I joined the team in early 2015')
  })

  it('should not list the words that introduce a "References" list as one of its works', () => {
    // marbu's "The first web browser" (review 48): "Main sources I used…:" was an item of a list of its own.
    const { tree } = slides(
      '# Talk\n\n## Findings\n\nWriting forces the author to think more clearly.\n\n## References\n\nMain sources I used to write this post, worth checking:\n\n- Book [How the Web was Born](https://example.com/b) by James Gillies\n- [Description of WorldWideWeb](https://example.com/w) by Tim Berners-Lee\n',
    )
    expect(selectAll('section[data-lectern-title="References"] ul:not(.lectern-points) li', tree).map(text)).toEqual([
      'Book How the Web was Born by James Gillies',
      'Description of WorldWideWeb by Tim Berners-Lee',
    ])
    expect(text(select('section[data-lectern-title="References"] aside.notes', tree))).toContain('Main sources I used')
  })
})

describe('a title written in raw HTML', () => {
  it('should take the `<h1>` of a raw-HTML box that opens the article as its title, when it has no other', () => {
    // A dev.to export kept on GitHub (review 77): the deck was titled by its folder, "05 dns resolution".
    const markdown =
      '![Cover](./cover.jpg)\n\n<div align="center">\n<h1>How DNS Resolution Works:</h1>\n</div>\n\n## Introduction\n\nDNS turns names into addresses for every request a browser makes.\n'
    const rendered = renderDeck(new VFile({ path: 'blog/README.md', value: markdown }))
    expect(rendered.deck.meta.title).toBe('How DNS Resolution Works')
    expect(rendered.html).not.toMatch(/<h1>How DNS Resolution Works:<\/h1>/)
    expect(rendered.file.messages.map((message) => message.ruleId)).not.toContain('no-title')
    // (A frontmatter title or a `#` still names it.)
    const titled = renderDeck(new VFile({ path: 'blog/README.md', value: `---\ntitle: DNS\n---\n\n${markdown}` }))
    expect(titled.deck.meta.title).toBe('DNS')
  })
})

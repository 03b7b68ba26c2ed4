import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

function deck(markdown: string, path = 'post.md') {
  const tree = parseDeck(renderDeck(new VFile({ path, value: markdown })).html)
  const slides = slidesOf(tree)
  return {
    titles: slides.map((slide) => text(select('h2, h1', slide))),
    notesOf: (title: string) =>
      text(
        select(
          'aside.notes',
          slides.find((slide) => text(select('h2, h1', slide)) === title),
        ),
      ),
    tree,
  }
}

describe('headings over page furniture', () => {
  it('should fold a "Table of Contents" heading whose only content is a left-out MDX component', () => {
    // A Docusaurus docs page on agentic development (seen in the public index): the heading, then `<TOCInline toc={toc} />`.
    const mdx = [
      'import TOCInline from "@theme/TOCInline";',
      '',
      '# Agentic Development Principles',
      '',
      '_Agentic development means intentionally designing workflows, feedback loops, and decision boundaries to maximize the value of AI agents as development partners._',
      '',
      '## Table of Contents',
      '',
      '<TOCInline toc={toc} />',
      '',
      '## Principles',
      '',
      'Integrate AI tools directly into the coding environment to deliver instant suggestions and error checking.',
    ].join('\n')
    const { titles } = deck(mdx, 'principles.mdx')
    expect(titles).not.toContain('Table of Contents')
    expect(titles).toContain('Principles')
  })

  it('should say notes the writer numbered by hand under "Footnotes" in the notes, not on slides of their own', () => {
    // DataFusion's tpchgen post (review 91): "## Footnotes" over "*1*: Actual Time: `30:35`" made two slides.
    const { titles, notesOf } = deck(
      [
        '# tpchgen-rs',
        '',
        '## Why Rust?',
        '',
        'The C program takes 30 minutes<sup>1</sup> to generate the data, and it runs on one core only.',
        '',
        '## Footnotes',
        '',
        '*1*: Actual Time: `30:35`',
        '',
        '*2*: It is possible to embed the dbgen code, which appears to be the approach taken by DuckDB.',
        '',
      ].join('\n'),
    )
    expect(titles).toEqual(['tpchgen-rs', 'Why Rust?'])
    expect(notesOf('Why Rust?')).toMatch(/Actual Time: 30:35.*possible to embed the dbgen code/)
    // (A version or a figure is no marker: "3.5 times faster…" under "## Notes" is a note's words, shown.)
    expect(deck('# Release\n\n## Notes\n\n3.5 times faster startup is the headline change of this release.\n').titles).toContain('Notes')
  })

  it('should leave out a contents heading with nothing under it, where the site generates the contents', () => {
    // NocoBase's Chinese post on its API's speed (review 90): "## 目录" right before "## 背景" made an empty slide.
    const { titles } = deck(['# 服务端接口初步优化', '', '## 目录', '', '## 背景', '', '有用户反馈系统吞吐量表现不佳。', ''].join('\n'))
    expect(titles).toEqual(['服务端接口初步优化', '背景'])
    expect(deck(['# Talk', '', '## Table of contents', '', '## Part one', '', 'Words of part one.', ''].join('\n')).titles).not.toContain(
      'Table of contents',
    )
  })

  it('should say a series’ navigation in the notes of the slide before, and leave out a list of links to the post’s own headings', () => {
    // review5 fr-migration: the series' navigation, two of its three parts linked (Jekyll `{% post_url %}`);
    // review5 tutorial-spikes: a "Table of contents" of anchor links.
    const markdown = [
      '---',
      'title: "Migration: Le bilan"',
      '---',
      '',
      'Voici le troisième et dernier article de la série sur la migration de notre application.',
      '',
      '## Sommaire de la série',
      '',
      '- [I. Migration: Les raisons](/2019/05/02/migration-les-raisons/)',
      '- [II. Migration: La technique]({% post_url 2019-05-20-migration-la-technique %})',
      '- III. Migration: Le bilan',
      '',
      '## Table of contents',
      '',
      '- [The problem](#the-problem)',
      '- [The root cause](#the-root-cause)',
      '',
      '## The problem',
      '',
      'Latency spiked once every fifteen to twenty minutes on every machine.',
      '',
      '## The root cause',
      '',
      'A library we use sleeps for one second on rare occasions.',
    ].join('\n')
    const { titles, notesOf } = deck(markdown)
    expect(titles).toEqual(['Migration: Le bilan', 'The problem', 'The root cause'])
    expect(notesOf('Migration: Le bilan')).toContain('I. Migration: Les raisons')
    // (The deck has its own outline: review 34's Yarn 3.1 release put six section names in a slide's notes.)
    expect(notesOf('Migration: Le bilan')).not.toContain('The root cause')
  })

  it('should show a list of links to the places of one other page, which names what that page holds', () => {
    // (Vite 6's announcement, review 81: its "Main Changes", each a link into the migration guide, were only in the notes.)
    const markdown = [
      '# Vite 6',
      '',
      '## Main Changes',
      '',
      '- [Default value for `resolve.conditions`](/guide/migration#default-value-for-resolve-conditions)',
      '- [JSON stringify](/guide/migration#json-stringify)',
      '- [Sass now uses modern API by default](/guide/migration#sass-now-uses-modern-api-by-default)',
      '',
      'There is also a new Breaking Changes page that lists all planned and past changes.',
    ].join('\n')
    const slide = slidesOf(parseDeck(renderDeck(new VFile({ path: 'post.md', value: markdown })).html)).find(
      (each) => text(select('h2', each)) === 'Main Changes',
    )
    const said = new Set(selectAll('aside li', slide!))
    expect(
      selectAll('ul:not(.lectern-points) > li', slide!)
        .filter((item) => !said.has(item))
        .map(text),
    ).toEqual(['Default value for resolve.conditions', 'JSON stringify', 'Sass now uses modern API by default'])
  })

  it('should keep a list of sibling pages that a paragraph introduces', () => {
    // spiral/docs docs/en/start/http-basics.md (MIT): "What's Next?", a lead-in ending in a colon, then the pages.
    const markdown = [
      '# Getting started — First HTTP controller',
      '',
      '## Test your controller',
      '',
      "You've successfully set up your first controller in Spiral.",
      '',
      "## What's Next?",
      '',
      'Now, dive deeper into the fundamentals by reading some articles:',
      '',
      '* [Routing](../http/routing.md)',
      '* [Annotated Routing](../http/annotated-routes.md)',
      '* [Middleware](../http/middleware.md)',
    ].join('\n')
    const { tree } = deck(markdown)
    const last = slidesOf(tree).at(-1)
    expect(selectAll('ul:not(.lectern-points) a', last).map(text)).toEqual(['Routing', 'Annotated Routing', 'Middleware'])
  })

  it('should keep a divider over nothing, a read-next list of external links, and an interview’s question', () => {
    const markdown = [
      '# Talk',
      '',
      '## Part one',
      '',
      '## Details',
      '',
      'Words about the details of part one.',
      '',
      '## Further reading',
      '',
      '- [The Go memory model](https://go.dev/ref/mem)',
      '- [Linux perf](https://perf.wiki.kernel.org/)',
    ].join('\n')
    expect(deck(markdown).titles).toEqual(['Talk', 'Part one', 'Details', 'Further reading'])
  })

  it('should mark the slides after a break under the same heading as going on with it (review 95)', () => {
    // A Jekyll post's closing section after a `---`.
    const markdown = [
      '# Static sites',
      '',
      '## Prior art',
      '',
      'Many people have built tiny websites for their collections before me, each in their own way.',
      '',
      '---',
      '',
      'HTML is not just for sharing on the web: it is a format for keeping things that lasts for decades.',
    ].join('\n')
    expect(deck(markdown).titles).toEqual(['Static sites', 'Prior art', 'Prior art (cont.)'])
  })

  it('should keep a sub-section with nothing under its heading as a divider (review 94)', () => {
    // A survey's findings, each a `###` over a chart the build could not find (left out, with a warning).
    const markdown = [
      '# Survey',
      '',
      '## Charts',
      '',
      '### Recruiting Is Increasingly a Challenge',
      '',
      '### Time to Market No Longer a Top Metric',
      '',
      '## License',
      '',
      'The report is licensed under CC-BY-SA-4.0 for anyone to share.',
    ].join('\n')
    // (Not one that only names the contents the site generates under it.)
    expect(
      deck('# Guide\n\n## Start\n\n### Table of Contents\n\n### Installing\n\nRun the installer and follow its steps to the end.\n').titles,
    ).toEqual(['Guide', 'Installing'])
    expect(deck(markdown).titles).toEqual([
      'Survey',
      'Recruiting Is Increasingly a Challenge',
      'Time to Market No Longer a Top Metric',
      'License',
    ])
  })
})

describe('an embedded video player', () => {
  it('should go to the notes as a link to where it plays, not stand alone as a box', () => {
    // review5 code-hv (Jekyll): a YouTube `<iframe title="YouTube video player">` under the post's opening.
    const markdown = [
      '---',
      'title: Running a hypervisor on an iPhone',
      '---',
      '',
      'I got virtual machines running on a jailbroken iPhone 12 with iOS 14.1.',
      '',
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc123" title="YouTube video player" frameborder="0" allowfullscreen></iframe>',
      '',
      '## Is this practical?',
      '',
      'Absolutely not: this is a proof of concept, and it is unstable.',
    ].join('\n')
    const { titles, notesOf, tree } = deck(markdown)
    expect(titles).toEqual(['Running a hypervisor on an iPhone', 'Is this practical?'])
    expect(selectAll('.lectern-missing-image', tree)).toEqual([])
    expect(notesOf('Running a hypervisor on an iPhone')).toContain('Video: https://www.youtube.com/watch?v=abc123')
  })

  it('should read a player closed on itself, as MDX writes it, the same way', () => {
    // (Review 79: Supabase's `<iframe … />` inside `<div className="video-container">` vanished, and its
    // "Conclusion" showed nothing but the heading.)
    const mdx = [
      '# Talk',
      '',
      '## Why',
      '',
      'Pooling keeps connections cheap for the database. It also keeps them few.',
      '',
      '## Conclusion',
      '',
      'Supavisor scales up and out, so applications keep working under extreme workloads without running out of connections to the database.',
      '',
      '<div className="video-container">',
      '  <iframe',
      '    className="w-full"',
      '    src="https://www.youtube-nocookie.com/embed/qzxzLSAJDfE"',
      '    title="YouTube video player"',
      '    allowfullscreen',
      '  />',
      '</div>',
    ].join('\n')
    const { notesOf, tree } = deck(mdx, 'post.mdx')
    expect(notesOf('Conclusion')).toContain('Video: https://www.youtube.com/watch?v=qzxzLSAJDfE')
    expect(selectAll('.lectern-missing-image', tree)).toEqual([])
  })

  it('should frame a video file the deck cannot play, named by its file, and still give its section a point', () => {
    // A release post's demo clips: `<video autoplay loop>` with a `<source>` on the site's own server.
    const markdown = [
      '# Talk',
      '',
      '## Tonemapper',
      '',
      'Godot 3.4 adds a new tonemapper option contributed by Endri Lauson (Lauson1ex) that allows scenes to look more realistic, such as by correctly handling the way colors desaturate when they get brighter.',
      '',
      '<video autoplay loop>',
      '  <source src="/storage/app/media/3.4/aces-fitted.mp4" type="video/mp4">',
      '</video>',
    ].join('\n')
    const { notesOf, tree } = deck(markdown)
    expect(selectAll('.lectern-missing-image', tree).map(text)).toEqual(['Video: aces-fitted.mp4'])
    expect(notesOf('Tonemapper')).toContain('Godot 3.4 adds a new tonemapper option')
    expect(text(select('.lectern-points', tree))).toBe('Godot 3.4 adds a new tonemapper option contributed by Endri Lauson')
    // (The frame names a clip, it says nothing of the section: a sentence only a section without points shows whole is shown.)
    const bride = deck(
      [
        '# Talk',
        '',
        '## Limits',
        '',
        '<video autoplay loop>',
        '  <source src="/media/bride.mp4" type="video/mp4">',
        '</video>',
        '',
        'JupyterLab pods once again reach the 300 user limit. Things seem to behave as intended at this point.',
      ].join('\n'),
    ).tree
    expect(text(select('.lectern-points', bride))).toBe('JupyterLab pods once again reach the 300 user limit')
  })

  it('should say a video figure’s caption with where it plays, not show a box and a loose caption line', () => {
    // As an essay's `<figure><video><source …></video> <figcaption>…</figcaption></figure>` (seen in review).
    const markdown = [
      '# Talk',
      '',
      '## Just write CSS',
      '',
      'Every code editor already knows about CSS, so you get autocomplete and linting for free.',
      '',
      '<figure>',
      "\t<video controls poster='https://assets.example.com/just-write-css.jpg'>",
      "\t\t<source type='video/mp4' src='https://assets.example.com/just-write-css.mp4'>",
      '\t</video>',
      '',
      '\t<figcaption>',
      "\t\tIs this what they mean by 'use the platform'?",
      '\t</figcaption>',
      '</figure>',
    ].join('\n')
    const { tree, notesOf } = deck(markdown)
    expect(selectAll('.lectern-missing-image, figcaption', tree)).toEqual([])
    expect(notesOf('Just write CSS')).toContain(
      "Video: just-write-css.mp4 (Is this what they mean by 'use the platform'?): https://assets.example.com/just-write-css.mp4",
    )
    // (Review 83: SvelteKit's 1.0 post, a player's `<div>` then a blank line and the caption in a block of its own:
    // "Svelte Radio Live: the Christmas special" stood alone on the opening slide, naming a video it did not show.)
    const split = deck(
      [
        '# Talk',
        '',
        '## Launch',
        '',
        'SvelteKit has finally reached 1.0 after two years in development.',
        '',
        '<div class="max">',
        '<figure style="max-width: 960px; margin: 0 auto">',
        '<div style="height: 0; padding: 0 0 57.1% 0; position: relative;">',
        '\t<iframe style="position: absolute; width: 100%;" src="https://www.youtube-nocookie.com/embed/N4BRVkQVoMc" frameborder="0" allowfullscreen></iframe>',
        '</div>',
        '',
        '<figcaption>Svelte Radio Live: the Christmas special</figcaption>',
        '</figure>',
        '</div>',
      ].join('\n'),
    )
    expect(selectAll('.lectern-missing-image, figcaption', split.tree)).toEqual([])
    expect(split.notesOf('Launch')).toContain(
      'Video: YouTube (Svelte Radio Live: the Christmas special): https://www.youtube.com/watch?v=N4BRVkQVoMc',
    )
  })
})

describe('a disclaimer', () => {
  it('should say a disclaimer in the notes, not show it as a quote or a point', () => {
    // An essay on wearing many hats (review 75): its disclaimer was a large italic quote slide.
    const { tree, notesOf } = deck(
      [
        '# Hats',
        '',
        '> Disclaimer: I work at Microsoft on upstream Linux in Azure and was formerly at Red Hat. These are personal observations and opinions.',
        '',
        '## Many hats',
        '',
        'Wearing many hats is common in open source communities today.',
        '',
        'The views expressed here are my own and do not reflect those of my employer.',
        '',
        '> A hat is a promise to the people who gave it to you.',
      ].join('\n'),
    )
    const shown = selectAll('section.lectern-slide', tree)
      .flatMap((slide) => [...selectAll('ul.lectern-points > li', slide), ...selectAll(':scope > blockquote', slide)])
      .map(text)
    expect(shown.join(' ')).not.toMatch(/Disclaimer|my own/)
    expect(shown.join(' ')).toMatch(/A hat is a promise/)
    expect(notesOf('Many hats')).toContain('The views expressed here are my own')
    expect(text(select('section.lectern-title aside.notes', tree))).toContain('Disclaimer: I work at Microsoft')
  })

  it('should say a picture’s credit set as a quotation in the notes, not show it as a quote', () => {
    // AsyncAPI's 2022 summary (review 102): "> Photo by Hannah Busing on Unsplash", with its links, was the last slide's quote.
    const { tree, notesOf } = deck(
      [
        '# Summary',
        '',
        '## The end',
        '',
        'We grew a lot this year and the numbers confirm it.',
        '',
        '> Photo by <a href="https://unsplash.com/@hannahbusing">Hannah Busing</a> on <a href="https://unsplash.com/photos/Z">Unsplash</a>',
      ].join('\n'),
    )
    expect(selectAll('section.lectern-slide', tree).flatMap((slide) => selectAll(':scope > blockquote', slide))).toEqual([])
    expect(notesOf('The end')).toContain('Photo by Hannah Busing on Unsplash')
  })
})

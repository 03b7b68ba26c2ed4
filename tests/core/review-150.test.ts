import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'
import { renderedDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 150) found wrong on their slides. Each case is written from the
 * article's own words.
 */

describe('review 150', () => {
  it('should read the `Key: value` lines under a post’s title as its details, not as the opening slide’s list', () => {
    // A Spanish blog's post: "Fecha: …", "Autor: …", "Categorías: …" were a list on a slide called "Introducción".
    const spanish = renderedDeck(
      [
        'Aterrizando en un cometa',
        '========================',
        '',
        'Fecha: 2014-11-10 20:00',
        'Autor: Osvaldo',
        'Categorías: Astronomía',
        '',
        'No es la primera vez que se lanza una sonda a un cometa, pero sí la primera vez que aterrizará en él.',
        '',
        '## Anteriores sondas',
        '',
        'La sonda ICE fue lanzada el 12 de agosto de 1978 y logró el primer encuentro con un cometa en 1985.',
        '',
      ].join('\n'),
      'cometa.md',
    )
    const [title, ...rest] = slidesOf(spanish.tree)
    expect(text(title)).toContain('Osvaldo')
    expect(text(title)).toContain('2014')
    for (const slide of rest) expect(text(select('ul, ol, p', slide) ?? slide)).not.toMatch(/Fecha|Categorías/)
    // The lines are still said: the title slide's notes have them.
    expect(text(select('aside.notes', title) ?? title)).toContain('Categorías: Astronomía')
    // A Rust RFC opens with its fields as a list, before any heading.
    const rfc = renderedDeck(
      [
        '- Feature Name: none',
        '- Start Date: 2025-02-11',
        '- RFC PR: [rust-lang/rfcs#3771](https://github.com/rust-lang/rfcs/pull/3771)',
        '- Rust Issue: [rust-lang/rust#0000](https://github.com/rust-lang/rust/issues/0000)',
        '',
        '## Summary',
        '',
        'Demote target `i686-pc-windows-gnu` from Tier 1 to Tier 2 to better reflect its current maintenance and usage status.',
        '',
        '## Motivation',
        '',
        'Rust has supported Windows for a long time, with two different flavors of Windows targets: MSVC-based and GNU-based.',
        '',
      ].join('\n'),
      '3771-demote-i686.md',
    )
    const slides = slidesOf(rfc.tree)
    expect(text(slides[0])).toContain('2025')
    for (const slide of slides.slice(1))
      expect(
        selectAll('li', slide)
          .map((item) => text(item))
          .join(' '),
      ).not.toContain('Feature Name')
  })

  it('should keep a list of points that each open on a word and a colon, where none gives when, who or how it is filed', () => {
    const { tree } = renderedDeck(
      [
        '# Choosing a queue',
        '',
        '- Speed: it handles a million messages a second',
        '- Cost: it runs on one small machine',
        '',
        'We picked it for both reasons, and have not looked back since the migration in the spring.',
        '',
      ].join('\n'),
    )
    expect(selectAll('li', tree).map((item) => text(item))).toContain('Speed: it handles a million messages a second')
    // (Nor a paragraph whose lines open on a label, where one line is a sentence too long for a detail.)
    const { tree: notes } = renderedDeck(
      [
        '# Release notes',
        '',
        'Date: the day we shipped the new scheduler to every customer in Europe, after three weeks of testing in staging',
        'Author: the release team',
        '',
        'The scheduler now places jobs by the memory they ask for, not only by their CPU.',
        '',
      ].join('\n'),
    )
    expect(text(slidesOf(notes)[0])).not.toContain('the release team')
  })

  it('should say a table of contents written as paragraphs of links to the post’s own parts, not show it', () => {
    // A trip report: "[2. Exciting scientific discussions](#science_disc)", a paragraph of its own, was a point.
    const { tree } = renderedDeck(
      [
        '# Experiences from an in-person conference',
        '',
        '# Hello!',
        '',
        'I recently had the chance to attend my first in-person conference after the pandemic, and it was a new adventure.',
        '',
        '[1. Giving a presentation](#oral_presentation)',
        '',
        '[2. Exciting scientific discussions](#science_disc)',
        '',
        '[**Networking**](#network)<br>– what the coffee breaks were for',
        '',
        '# <a name="oral_presentation">Giving a presentation</a>',
        '',
        'I only saw the room where I was presenting minutes before my talk, so the projection size surprised me.',
        '',
        '# <a name="science_disc">Exciting scientific discussions</a>',
        '',
        'Following up the questions with the speakers after each session was incredibly motivating.',
        '',
        '# <a name="network">Networking</a>',
        '',
        'Starting conversations with other presenters during the coffee breaks felt natural.',
        '',
      ].join('\n'),
    )
    const [, hello] = slidesOf(tree)
    expect(text(select('.lectern-points', hello) ?? hello)).not.toMatch(/Exciting|Giving|Networking/)
    expect(text(select('aside.notes', hello) ?? hello)).toContain('2. Exciting scientific discussions')
    // (A paragraph with a link to a part among its words is the writer's sentence.)
    const { tree: prose } = renderedDeck(
      [
        '# T',
        '',
        '## Setup',
        '',
        'Install the tool first; [the next part](#usage) shows how the team runs it every morning before the stand-up.',
        '',
        '## Usage',
        '',
        'Run it once a day and read the report it writes before you merge anything.',
        '',
      ].join('\n'),
    )
    expect(text(select('.lectern-points', slidesOf(prose)[1]) ?? slidesOf(prose)[1])).toMatch(/Install the tool/)
  })

  it('should make a Spanish sentence’s point of its clause, not of the participle’s phrase before it that dates it', () => {
    // A Spanish post on comet probes: six of its points were launch dates, "Lanzado el 2 de julio de 1985".
    expect(
      points('Lanzado el 2 de julio de 1985, Giotto de la ESA fue la primera misión europea de cielo profundo.', { lang: 'es' }),
    ).toEqual(['Giotto de la ESA fue la primera misión europea de cielo profundo'])
    // (Where the clause is too long for a point, not the dates instead.)
    for (const point of points(
      'Lanzadas el 7 de enero 1985 y el 18 de agosto de 1985, estas naves espaciales gemelas eran las primeras misiones de espacio profundo de Japón y estaban dirigidas a explorar el cometa Halley en su viaje hacia el interior del Sistema Solar en 1986.',
      { lang: 'es' },
    ))
      expect(point ?? '').not.toMatch(/^Lanzadas/)
    // (Nor a word that ends as a participle does and opens a clause: "Muitos de nós estão trabalhando de casa".)
    expect(points('Muitos de nós estão trabalhando de casa, em lugares com cadeiras ruins e mesas pequenas.', { lang: 'pt' })[0]).toMatch(
      /^Muitos de nós estão trabalhando de casa/,
    )
  })

  it('should not read a name in capitals as the demonstrative it is spelt as, "la ESA"', () => {
    expect(
      points(
        'Giotto de la ESA fue la primera misión europea de cielo profundo. Obtuvo las imágenes más cercanas jamás tomadas de un cometa hasta entonces, en 1986.',
        { lang: 'es' },
      ),
    ).toEqual(['Giotto de la ESA fue la primera misión europea de cielo profundo'])
    // (A demonstrative in lower case still points back: "esa misión" of a sentence that never named it.)
    expect(points('Dicen que esa misión fue la primera de cielo profundo. Nadie lo discute hoy.', { lang: 'es' })[0] ?? '').not.toMatch(
      /^Dicen que esa misión/,
    )
  })

  it('should say a line labelled as a picture’s caption with the picture, never show it as a point, found or not', () => {
    // A travel essay: "**Pic:** View of Pest from the Buda-side." under each picture; where the build found none, each was a point.
    const { tree } = renderedDeck(
      [
        '# Trip',
        '',
        '## Budapest',
        '',
        'Budapest made me a surprise: I met an old friend by coincidence on the bridge at night.',
        '',
        '![](missing.png)',
        '',
        '<i class="fa fa-camera"></i> **Pic:** View of Pest from the Buda-side.',
        '',
        'The next day I walked the whole city and ate far too much goulash for one person.',
        '',
        '## Prague',
        '',
        'Prague was the only stop where I did not sleep in a hostel, because a friend hosted me.',
        '',
        'Photo: The Old Town Square and the old astronomical clock, first installed in 1410.',
        '',
      ].join('\n'),
    )
    const shown = selectAll('.lectern-points li', tree).map((item) => text(item))
    expect(shown.join(' | ')).not.toMatch(/Pest|Old Town/)
    expect(text(select('aside.notes', slidesOf(tree)[1]) ?? tree)).toContain('View of Pest from the Buda-side')
    // (A sentence that only opens on such a word is the writer's: "Photography: …" is no label, nor a long paragraph.)
    const { tree: prose } = renderedDeck(
      [
        '# Trip',
        '',
        '## Cameras',
        '',
        'Photography: the one hobby that followed me through every city, from the first morning in Vienna to the last night in Paris.',
        '',
      ].join('\n'),
    )
    expect(selectAll('.lectern-points li', prose).length + selectAll('.lectern-passage, .lectern-statement', prose).length).toBeGreaterThan(
      0,
    )
  })

  it('should never make a point of a wish for the reader’s day or an invitation of their word, in English or German', () => {
    // A conference report's last line, "Have a great day!", was its conclusion's point; a German post's "Wir freuen uns…" its outlook's.
    expect(points('Have a great day!')).toEqual([undefined])
    expect(points('Have a nice weekend, folks!')).toEqual([undefined])
    expect(points('Wir freuen uns über Rückfragen und Rückmeldungen jedweder Art!', { lang: 'de' })).toEqual([undefined])
    // (An imperative that opens on "Have a" is the writer's instruction.)
    expect(points('Have a look at the scheduler before you change its limits.')[0]).toMatch(/^Have a look at the scheduler/)
  })

  it('should keep a point whose last clause leaves out the predicate its first clause says, "…, but it isn’t"', () => {
    // A Go tutorial on mutexes: its claim was passed over for "It's shorthand for something closer to:".
    expect(points("`c.value++` looks like a single, indivisible operation, but it isn't. It's shorthand for something closer to:")).toEqual(
      ["c.value++ looks like a single, indivisible operation, but it isn't"],
    )
    // (A bare "do" that leaves out what the sentence before said still leans on it.)
    expect(points('Java and C# do not protect against overflow. Many other compilers do.')[0] ?? '').not.toMatch(/compilers do$/)
  })

  it('should read a raw-HTML list whose items are each a chart and what it shows as those figures, blank lines and all', () => {
    // A post analysing a blog's statistics: its eighteen charts, each in a `<li>` with its finding, were cut between slides as
    // loose items of raw HTML, the findings neither points nor in the notes.
    const item = (picture: string, words: string) =>
      `  <li class="span8">\n    <div class="thumbnail">\n      <img src="${picture}" alt="Chart" />\n      <p>${words}</p>\n    </div>\n  </li>`
    const { tree } = renderedDeck(
      [
        '# Analyzing my blog',
        '',
        '## Posts',
        '',
        'I started actively blogging in 2013 and have been consistently writing two posts a week since then.',
        '',
        `<ul class="thumbnails">\n${item('posts.png', "As mentioned I started actively blogging in 2013 so there's no surprise here.")}`,
        '',
        item(
          'words.png',
          "Given that I've written the same number of posts in 2013, 2014, and 2015 it looks as if my posts have gotten shorter.",
        ),
        '',
        `${item('links.png', "Similar to the point above - I'm sharing fewer and fewer links.")}\n</ul>`,
        '',
      ].join('\n'),
    )
    const html = JSON.stringify(tree)
    expect(html).not.toContain('thumbnail')
    const slides = slidesOf(tree)
    const pictured = slides.filter((slide) => select('img', slide))
    expect(pictured.map((slide) => select('img', slide)!.properties.src)).toEqual(['posts.png', 'words.png', 'links.png'])
    const notes = slides.map((slide) => text(select('aside.notes', slide) ?? slide)).join(' ')
    expect(notes).toContain('my posts have gotten shorter')
    expect(notes).toContain('fewer and fewer links')
  })

  it('should find the verb of a sentence whose past tense the tagger read as a participle after a long subject', () => {
    // A conference report: "…led to an uncomfortable state of tiredness" was cut before "led", its subject alone the point.
    expect(
      compress(
        'First, despite flying the day before the start of the conference, prolonged sitting in the airport and on a plane alongside the typical increased stress levels of travel days led to an uncomfortable state of tiredness.',
        'en',
      )?.text ?? '',
    ).not.toMatch(/sitting in the airport$/)
    // (The first such form is the verb; a participle that describes a noun after it, or one with its agent, is not.)
    expect(
      points(
        "On 21-22 April, the London School of Economics hosted the Text Analysis Package Developers' Workshop, a two-day event held in London that brought together developers of R packages for working with text.",
      )[0],
    ).toMatch(/^The London School of Economics hosted/)
    expect(compress('I also used shapefiles for US Counties provided by the US Census for this analysis.', 'en')?.text).toMatch(
      /^I used shapefiles for US Counties provided by/,
    )
    // (Nor a piece of a sentence: "…, but everyone involved in it" keeps its "involved" a participle.)
    expect(points("However the project isn't just about the code, but everyone involved in it.")).toEqual([
      "The project isn't just about the code, but everyone involved in it",
    ])
  })

  it('should make no point of a line of links side by side, in any language', () => {
    // A Chinese talk's write-up opened on "[English Version](…) and [本文在…的推送](…)": its first point.
    expect(
      points('[English Version](/p/24-en) and [本文在微软学术合作官方微信公众号上的推送](https://mp.weixin.qq.com/s/x)', { lang: 'zh' }),
    ).toEqual([undefined])
    expect(points('[Docs](https://a.example) · [GitHub](https://b.example) · [Demo](https://c.example)', { lang: 'fr' })).toEqual([
      undefined,
    ])
    // (A sentence with links among its words is the writer's.)
    expect(
      points('我们比较了 [Rust](https://a.example) 和 [Go](https://b.example)，发现 Go 在每台机器上都编译得更快。', { lang: 'zh' })[0],
    ).toBeDefined()
  })

  it('should leave out the phrase that only counts the writer’s points, its comma left out, "For one I did not…"', () => {
    // A year in review: "For one I did not get on a single airplane in 2022".
    expect(points('For one I did not get on a single airplane in 2022.')).toEqual(['I did not get on a single airplane in 2022'])
    expect(points('First of all we need a plan for the migration.')).toEqual(['We need a plan for the migration'])
    // (Not where the words are the subject's own: "For one thing the API is slower", "To begin with the end in mind is…".)
    expect(points('To begin with the end in mind is a good habit.')).toEqual(['To begin with the end in mind is a good habit'])
  })
})

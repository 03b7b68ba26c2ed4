import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { compressClauses } from '../../src/core/key-points/clauses.ts'
import { compress, maxCjkCharacters, maxWords } from '../../src/core/key-points/compress.ts'
import { standsAlone } from '../../src/core/key-points/index.ts'
import { points } from '../helpers/key-points.ts'
import { parseDeck, renderedDeck, selectAll, slidesOf, text } from '../helpers/html.ts'

/*
 * What a review of eleven articles lectern had not seen (round 109: a physics explainer, a build log, a Spanish conference
 * report, an instructor's story, an incident report, React Native's blog, a Bayes tutorial…) found wrong on their slides.
 * Each case is written from the article's own words.
 */

const deck = renderedDeck

const shownPoints = (markdown: string) => selectAll('ul.lectern-points > li', deck(markdown).tree).map(text)

describe('key points of review 109', () => {
  it('should not show a date set in bold before the opening as its point', () => {
    const [point] = points(
      '**December 31, 2020.** *Why is the sky blue? The conventional answer invokes Rayleigh scattering, but is not quite right! Here, we give a fuller answer, which involves dimensional analysis, thermodynamics and physiology.*',
    )
    expect(point).toBeDefined()
    expect(point).not.toMatch(/2020/)
  })

  it('should not show the words that lead into a formula "of the form" as a point', () => {
    const shown = shownPoints(
      [
        '# Sky',
        '',
        '## Form',
        '',
        'We also guess that the output intensity is proportional to the input intensity. Thus, we guess a relation of the form',
        '',
        '$$',
        'I \\propto V^2',
        '$$',
        '',
        'But notice that the right-hand side is not dimensionally equal to the left.',
      ].join('\n'),
    )
    expect(shown).not.toContain('We guess a relation of the form')
    expect(shown[0]).toMatch(/output intensity is proportional to the input intensity/)
  })

  it('should take "both" before its noun, with no "and" after, for the two things said before', () => {
    const [point] = points(
      'We have a Brisbane tradition of running Research Bazaar, a three-day, skill- and community building event. These always feature Software Carpentry workshops, so the two types of event cross-promote each other. Conference tie-ins have also been important. Software Carpentry workshops are always run as a tie-in to the annual UQ Winter School in Mathematical and Computational Biology. Again, cross-promotion helps fill both events.',
      { heading: 'Leveraging other events' },
    )
    expect(point).not.toMatch(/both events/)
    // "Both X and Y" names its two things itself.
    expect(points('Our team ran the workshop at both sites and the main hall for the whole week.')[0]).toMatch(/both sites and/)
  })

  it('should take what the writer agrees with someone for the claim', () => {
    expect(
      points(
        'Next, I agree with Josef that recognition, attribution, and resources are not adequately given to open source authors. Few projects say where their code came from.',
      )[0],
    ).toBe('Recognition, attribution, and resources are not adequately given to open source authors')
  })

  it("should show advice under a condition of the reader's case, not take it for a turn of the talk", () => {
    const shown = shownPoints(
      [
        '# Incident',
        '',
        '## Call to action',
        '',
        'If you have a dormant account, consider removing it today. This will help reduce the number of potential targets for attackers.',
      ].join('\n'),
    )
    expect(shown).toEqual(['If you have a dormant account, consider removing it today'])
    // "If you look closely, …" still only turns the reader's eye.
    expect(points('If you look closely, you can see the seam in the middle. The weld held under sanding and priming.')[0]).toBe(
      'The weld held under sanding and priming',
    )
  })
})

describe('cuts of review 109', () => {
  it('should keep a hedge that says how exactly the claim holds', () => {
    expect(points('To a good approximation, the sun is a perfect emitter of light, also called a black body.')[0]).toBe(
      'To a good approximation, the sun is a perfect emitter of light',
    )
  })

  it('should not show the clause "last time" opens without the clause it leads to', () => {
    expect(
      compress('Last time we published a release blog, we said our next release would be our release candidate for 1.0.', 'en')?.text,
    ).not.toBe('Last time we published a release blog')
    expect(compress('Last time was different.', 'en')?.text).toBe('Last time was different')
  })

  it('should not cut a Chinese sentence after its "not only" half, nor before the quotation its colon announces', () => {
    expect(
      compressClauses(
        '但其实，开源的目的不仅仅是能让更多人用上好的产品，更重要的是让更多的人来提高和完善这个调度系统，让它变得更易用，更好用，正所谓“独行快，众行远”。',
        'zh',
        maxCjkCharacters,
      )?.text,
    ).not.toBe('开源的目的不仅仅是能让更多人用上好的产品')
    expect(
      compressClauses(
        '个人和社区都在不断发展，这一点正如 ASF member 姜宁老师的比喻：“在武林中立一个山头，带一群人成长“。',
        'zh',
        maxCjkCharacters,
      )?.text,
    ).toBe('个人和社区都在不断发展')
    // "such a sentence": the words quoted before it.
    expect(
      compressClauses('易观的大家长 Edward 在一次季度总结中曾提到这样一句话，引发了我对于 legacy 的思考。', 'zh', maxCjkCharacters)?.leans,
    ).toBe(true)
  })

  it('should take a Spanish point that opens on its verb for one whose subject is in the sentence before', () => {
    expect(compressClauses('Permiten reaccionar de forma proactiva para evitar errores.', 'es', maxWords)?.leans).toBe(true)
    expect(standsAlone('Incluyen colores, tipografía, espaciado y componentes reutilizables.', 'es')).toBe(false)
    // (Not the familiar command, which is the singular's form: "Define una variable de entorno…".)
    expect(standsAlone('Define una variable de entorno con la ruta del proyecto antes de compilar.', 'es')).toBe(true)
    // German "das" before a capitalised noun is its article.
    expect(
      compressClauses('Das Kubernetes Release 1.27 wird nicht auf der alten Registry veröffentlicht.', 'de', maxWords)?.leans,
    ).toBeFalsy()
    expect(compressClauses('Das ist ein großer Schritt für das Projekt.', 'de', maxWords)?.leans).toBe(true)
  })

  it('should not open a lead on "That said," the concession to the sentence before', () => {
    const slides = selectAll(
      'ul.lectern-points > li',
      deck(
        [
          '# Lamp',
          '',
          '## Wrapping up',
          '',
          'This whole build took about six days in real time, with a few of those days idle as I literally waited for paint to dry. Putting together a build like this in such a short period of time is **not** ideal! If I had a chance to do it again, I would give myself more time. That said, I am overwhelmingly proud of the result.',
        ].join('\n'),
      ).tree,
    ).map(text)
    expect(slides).toEqual(['I am overwhelmingly proud of the result'])
  })

  it('should never cut inside a linked name, nor keep one of two objects an infinitive after them governs', () => {
    const shown = selectAll(
      'ul.lectern-points > li',
      deck(
        [
          '# Incident',
          '',
          '## Email',
          '',
          'PyPI has settings for [Sender Policy Framework (SPF)](https://example.org/spf), [DomainKeys Identified Mail (DKIM)](https://dkim.org/), and [Domain-based Message Authentication, Reporting & Conformance (DMARC)](https://dmarc.org/) to help prevent phishing attacks by verifying the authenticity of emails.',
        ].join('\n'),
      ).tree,
    ).map(text)
    expect(shown.join('\n')).not.toMatch(/Domain-based Message Authentication$/m)
    expect(
      compress('An advisory has been published PYSEC-2025-72 to help end user and tooling to detect the malicious versions.', 'en')?.text,
    ).not.toBe('An advisory has been published PYSEC-2025-72 to help end user')
  })

  it('should not cut a series of bare nouns after its first', () => {
    expect(
      compressClauses(
        'La cultura o método de devops incluye personas, procesos y productos con el objetivo de habilitar la entrega de valor.',
        'es',
        maxWords,
      )?.text,
    ).not.toBe('La cultura o método de devops incluye personas')
  })
})

describe('slides of review 109', () => {
  it('should set a point that is the sentence leading into a quotation with its colon over it as its lead-in line', () => {
    const { tree } = deck(
      [
        '# Reply',
        '',
        '## Agreeing',
        '',
        "First, I want to get out of the way some things that I mostly agree with. Josef's first key item is in regards to the [GPL](https://www.gnu.org/licenses/gpl-3.0.en.html):",
        '',
        '> The standard GNU GPL license under which our printers and software are available is very vague.',
        '',
        'I agree. The GPL was made for software and has no business being applied to hardware.',
        '',
        "There was one part of Josef's post that bounced around my head like a laser beam in a mirror maze:",
        '',
        '> But community development is not the main reason why we offer our products as open source.',
      ].join('\n'),
    )
    expect(selectAll('ul.lectern-points > li.lectern-lead-in', tree).map(text)).toEqual([
      "Josef's first key item is in regards to the GPL:",
      "There was one part of Josef's post that bounced around my head:",
    ])
    expect(selectAll('ul.lectern-points > li:not(.lectern-lead-in)', tree).map(text)).toEqual([
      'The GPL was made for software and has no business being applied to hardware',
    ])
  })
})

describe('lists of paragraphs in review 109', () => {
  /** What the slides show, without their notes. */
  const shownText = (markdown: string) => {
    const { tree } = deck(markdown)
    for (const notes of selectAll('aside.notes', tree)) notes.children = []
    return slidesOf(tree).map(text)
  }

  it('should never leave an item of a list of paragraphs off the slide for want of a point', () => {
    const slides = shownText(
      [
        '# Incident',
        '',
        '## Call to action',
        '',
        'Some things you can do to help prevent this kind of attack in the future:',
        '',
        '* If you have a dormant PyPI account, consider removing it if you do not need it.',
        '  This will help reduce the number of potential targets for attackers.',
        '* If you have an older PyPI account, and have not logged in since 2FA has been required,',
        '  consider logging in and enabling 2FA on your account.',
        '  This will help protect your account from future phishing attacks.',
        '* Use WebAuthn via browser or hardware security keys for 2FA on your PyPI account.',
        '  This will help protect your account from phishing attacks,',
        '  as the attacker would need access to the second factor to complete the login process.',
      ].join('\n'),
    ).join('\n')
    expect(slides).toMatch(/dormant PyPI account/)
    expect(slides).toMatch(/older PyPI account/)
    expect(slides).toMatch(/Use WebAuthn/)
  })

  it("should show a timeline day's one long entry, not the day's heading alone", () => {
    const slides = shownText(
      [
        '# Incident',
        '',
        '## Timeline',
        '',
        '### 2025-07-26 Saturday',
        '- 13:14 EDT (17:14 UTC): A user emails PyPI Security about a suspicious phishing email they received.',
        '- 14:01 EDT (18:01 UTC): A volunteer PyPI Admin posts a message about this phishing attack in the chat.',
        '',
        '### 2025-07-27 Sunday',
        '- 06:34 EDT (10:34 UTC): On-call PyPI Admin updates that the registrar has indicated they should submit a different form, which they do.',
        '  They also confirm that the PSF Trademarks Working Group are also working on this from a trademark perspective to notify the CDN and registrar of the abuse.',
        '',
      ].join('\n'),
    )
    const sunday = slides.find((slide) => slide.includes('2025-07-27 Sunday')) ?? ''
    expect(sunday).toMatch(/registrar/)
  })
})

describe('blog syntax of review 109', () => {
  it("should show each picture of a Hugo gallery shortcode, under the gallery's caption", () => {
    const { tree, html } = deck(
      [
        '# BilboStack',
        '',
        '## The venue',
        '',
        'The conference was held in the Euskalduna palace again this year, by the river.',
        '',
        '{{< image',
        '    gallery="true"',
        '    image1="image:euskalduna-1.webp" optionsthumb1="200x150" title1="Palacio Euskalduna"',
        '    image2="image:euskalduna-2.webp" optionsthumb2="200x150" title2="Palacio Euskalduna"',
        '    caption="Palacio Euskalduna" >}}',
        '',
      ].join('\n'),
    )
    const pictures = selectAll('img', tree).map((image) => image.properties.src)
    expect(pictures).toEqual(['euskalduna-1.webp', 'euskalduna-2.webp'])
    expect(html).not.toMatch(/gallery=|image1=/)
  })

  it('should read markdown pictures inside a custom element as pictures, never show their markup', () => {
    const { tree, html } = deck(
      [
        '# Lamp',
        '',
        '## Electronics',
        '',
        'The filament is rated for three volts at around two hundred milliamps.',
        '',
        '<winter-carousel>',
        '    ![Wire](./wire.webp)',
        '    ![Bulb](./bulb.webp) ![Base](./base.webp)',
        '</winter-carousel>',
        '',
        'There is super limited space inside the lamp to hide the battery.',
      ].join('\n'),
    )
    expect(selectAll('img', tree).map((image) => image.properties.alt)).toEqual(['Wire', 'Bulb', 'Base'])
    expect(html).not.toContain('![')
  })

  it('should say a line the writer set as a caption with `{.image-caption}` with its picture, not make it a point', () => {
    const { tree } = deck(
      [
        '# Lamp',
        '',
        '## Smoothing',
        '',
        'I chose to chemically weld the parts together using acetone, which melts ABS.',
        '',
        '![Acetone smoothed ABS parts](./smoothed-parts.jpg)',
        '',
        'Acetone smoothed parts from a different project',
        '{.image-caption}',
        '',
        'The weld held up well under sanding and priming for two days.',
      ].join('\n'),
    )
    const shown = selectAll('ul.lectern-points > li', tree).map(text)
    expect(shown).not.toContain('Acetone smoothed parts from a different project')
    expect(text(selectAll('aside.notes', tree).at(-1))).toContain('Acetone smoothed parts from a different project')
  })

  it('should not caption a picture that cannot be shown by its credit, which says nothing of what it showed', () => {
    const markdown = [
      '# Sky',
      '',
      '## The eye',
      '',
      'Our eyes are much more sensitive to blue than to violet, which is why the sky looks blue.',
      '',
      '<figure>',
      '    <div style="text-align:center"><img src="lumcurves.png"/>',
      '        <figcaption><i>Image courtesy of Wikipedia.</i></figcaption>',
      '    </div>',
      '</figure>',
      '',
      '![Photo by Jane Doe on Unsplash](sky.jpg)',
      '',
      '![The cones of the eye, by wavelength](cones.png)',
    ].join('\n')
    // As the node layer plans it when the pictures' files are not in the article's folder.
    const first = renderDeck(new VFile({ path: 'post.md', value: markdown }))
    const sources = new Map((first.file.data.assets ?? []).map((asset) => [asset.url, null]))
    const tree = parseDeck(renderDeck(new VFile({ path: 'post.md', value: markdown }), {}, sources).html)
    expect(selectAll('.lectern-image-caption', tree).map(text)).toEqual(['The cones of the eye, by wavelength'])
  })

  it("should typeset LaTeX's eqnarray, which KaTeX lacks, as aligned equations", () => {
    const { html, file } = deck(
      [
        '# Bayes',
        '',
        '## The formula',
        '',
        'Then the formula is simple enough to work out by hand.',
        '',
        '$$',
        '\\begin{eqnarray}',
        'r &=& P(spam|word) \\\\[6pt]',
        '  &=& \\frac{20}{51} = 0.39',
        '\\end{eqnarray}',
        '$$',
      ].join('\n'),
    )
    expect(html).toContain('katex-display')
    expect(html).not.toContain('eqnarray')
    expect(file.messages.map(String).join('\n')).not.toMatch(/KaTeX|formula/i)
  })

  it('should open every folded section when one closes and the next opens in one block, its summary without markdown marks', () => {
    const { tree, html } = deck(
      [
        '# Strict API',
        '',
        '## Opting out',
        '',
        'We aim to remove deep imports from the API in a future release.',
        '',
        '<details>',
        '<summary>**Opting out of warnings**</summary>',
        '',
        'Disable the rule using overrides in your configuration file.',
        '',
        '</details>',
        '<details>',
        '<summary>**Opting out of warnings (Expo)**</summary>',
        '',
        'Pass the option to the preset in your Babel configuration file.',
        '',
        '</details>',
      ].join('\n'),
    )
    expect(html).not.toMatch(/<details|<summary|\*\*Opting/)
    expect(text(selectAll('aside.notes', tree).at(-1))).toContain('Opting out of warnings (Expo)')
    expect(selectAll('ul.lectern-points > li', tree).map(text)).toContain('Pass the option to the preset in your Babel configuration file')
  })

  it('should ask the question a folded FAQ answer sits under over its answer', () => {
    const { tree } = deck(
      [
        '# Strict API',
        '',
        '## FAQ',
        '',
        '<details>',
        '<summary>',
        "**Why isn't React Native written in TypeScript?**",
        '</summary>',
        '',
        'React Native is core infrastructure at Meta. We test every commit against the whole codebase, which is written in Flow.',
        '',
        '</details>',
        '<details>',
        '<summary>',
        '**Does this guarantee a final API yet?**',
        '</summary>',
        '',
        'Sadly, not yet. We have made a tooling investment that lets us lock the API down over the next releases.',
        '',
        '</details>',
      ].join('\n'),
    )
    // (What the slides show, not what their notes say.)
    for (const notes of selectAll('aside.notes', tree)) notes.children = []
    const shown = text({ type: 'root', children: slidesOf(tree) })
    expect(shown).toContain("Why isn't React Native written in TypeScript?")
    expect(shown).toContain('Does this guarantee a final API yet?')
  })
})

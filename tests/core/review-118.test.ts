import { describe, expect, it } from 'vitest'
import { renderedDeck, select, selectAll, text, shownPoints } from '../helpers/html.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'

/*
 * What a review of articles lectern had not seen (round 118) found wrong on their slides. Each case is written from
 * the article's own words.
 */

const deck = renderedDeck

const shown = shownPoints

describe('review 118', () => {
  it('should set a short line that says who does what to the items over them, not leave the list under the point before', () => {
    const lines = shown(
      [
        '# Incident',
        '',
        '## Next up',
        '',
        'By default, portalled IRC rooms were already set with `joined` history visibility, which kept them out of the archive.',
        '',
        "We're investigating:",
        '',
        '- Making it clear in the archive UI why a given room is world readable',
        '- Renaming the archive',
        '- Avoiding bots ever joining rooms on behalf of the system',
        '',
      ].join('\n'),
    )
    expect(lines).toContain("lead: We're investigating:")
  })

  it('should set a line that supposes the items over them, below the point of its paragraph', () => {
    const lines = shown(
      [
        '# Time',
        '',
        '## Hybrid logical clock',
        '',
        'A hybrid logical clock is another way to keep time in distributed systems.',
        '',
        'HLC can only read time from NTP, but it won’t change it. HLC contains two parts: physical clock + logical clock. For example, assuming:',
        '',
        '- `pt`: the physical time',
        '- `l`: the maximum of `pt` information learned so far',
        '- `c`: the logical clock',
        '',
        'To compare the order of two events, we first check their `l` time.',
        '',
      ].join('\n'),
    )
    expect(lines).toContain('lead: For example, assuming:')
    expect(lines[lines.indexOf('lead: For example, assuming:') - 1]).toMatch(/^HLC contains two parts/)
  })

  it('should show below a point cut from the sentence that leads into a list the clause that does, so the list keeps its meaning', () => {
    const lines = shown(
      [
        '# Time',
        '',
        '## Timestamp oracle',
        '',
        'The timestamp oracle hands out timestamps from one place in the cluster, which keeps them in order.',
        '',
        'Using TSO to allocate timestamp is simple, but it has the following disadvantages:',
        '',
        '1. Single point of failure',
        '2. Network latency',
        '',
        '## Matchers',
        '',
        'Jest ships many matchers for numbers, strings and objects in every release.',
        '',
        'Some matchers make the cut into core, and Jest 23 adds:',
        '',
        '- `toBeCalledWith` for the calls of a mock',
        '- `toHaveBeenNthCalledWith` for one of them',
        '',
      ].join('\n'),
    )
    expect(lines).toContain('lead: But it has the following disadvantages:')
    expect(lines).toContain('lead: Jest 23 adds:')
    // Not a clause that goes on from the words before it; one that opens on an adverb or a phrase before its subject is one.
    const under = (line: string) =>
      shown(
        `# T\n\n## S\n\nThe cache sits in front of the database and answers most reads.\n\n${line}\n\n- one thing\n- another thing\n- a third\n`,
      )
    for (const line of ['The cache makes reads fast, so that we can offer:', 'The cache makes reads fast, and also provides:'])
      expect(under(line).filter((shownLine) => shownLine.startsWith('lead:'))).toEqual([])
    expect(under('Using TSO to allocate timestamp is simple, but in practice it has the following disadvantages:')).toContain(
      'lead: But in practice it has the following disadvantages:',
    )
  })

  it('should title a section by a heading that names a mark in brackets, "Exclamation marks (!)", not fold it into the one before', () => {
    const marks = [
      ['Whitespace', 'Put one space after a full stop, never two, as typesetters have done for a century.'],
      ['Question marks (?)', 'Questions should end in a question mark, even rhetorical ones.'],
      ['Exclamation marks (!)', 'Use no more than one exclamation mark per paragraph.'],
      ['Semicolons', 'Splitting a sentence at its semicolon is usually better than keeping it.'],
      ['Possessive apostrophe', 'The apostrophe of a possessive goes before the s of a singular noun.'],
      ["It's vs. its", 'The possessive its has no apostrophe, unlike the contraction of it is.'],
      ['Parentheses and brackets', 'A sentence should still read as a sentence without its parentheses.'],
      ['Hyphens and dashes', 'A hyphen joins words, while a dash sets a phrase apart from its sentence.'],
    ]
    const tree = deck(
      [
        '---',
        'title: Writing professionally',
        '---',
        '',
        '# Six rules',
        '',
        '## Rule 1',
        '',
        'Never use a metaphor, simile, or other figure of speech which you are used to seeing in print.',
        '',
        '# Little things',
        '',
        '## Punctuation',
        '',
        'Punctuation decides how a sentence reads, so it deserves a minute of care.',
        '',
        ...marks.flatMap(([heading, paragraph]) => [`### ${heading}`, '', paragraph, '']),
      ].join('\n'),
    ).tree
    expect(selectAll('h2', tree).map(text).join(' | ')).toMatch(/Exclamation marks \(!\)/)
  })

  it('should set a line that opens on a phrase before its comma over the quotation as its lead-in, not under it as who said it', () => {
    const tree = deck(
      [
        '# Rules',
        '',
        '## Rule 3',
        '',
        'When you use shorter words instead of longer ones, you cut syllables and letters from your writing.',
        '',
        'In English, that roughly translates to:',
        '',
        '> It appears that perfection is achieved not when there is nothing left to add, but when there is nothing left to take away.',
        '',
      ].join('\n'),
    ).tree
    expect(selectAll('blockquote p', tree).map(text).join(' ')).not.toMatch(/— In English/)
    expect(selectAll('.lectern-lead-in', tree).map(text)).toEqual(['In English, that roughly translates to:'])
    // A name before its comma still says who said it.
    const credited = deck(
      '# T\n\n## Q\n\nSome words first, about packaging in Python.\n\nTravis Oliphant, on packaging (2013):\n\n> Conda solves a problem pip cannot.\n',
    ).tree
    expect(selectAll('blockquote p', credited).map(text).join(' ')).toMatch(/— Travis Oliphant, on packaging \(2013\)/)
    const publication = deck(
      '# T\n\n## Q\n\nSome words first, about the news.\n\nThe Economist, March 2021:\n\n> The future is already here.\n',
    ).tree
    expect(selectAll('blockquote p', publication).map(text).join(' ')).toMatch(/— The Economist, March 2021/)
  })

  it('should cut at a typed dash the writer goes on after with "I", and never read two dashes inside names as an aside', () => {
    expect(
      compress(
        'The first task was to find a proper Jekyll Theme - I was looking for one that was simple, neat, responsive, open-source and had good post samples for code, images and video embedding.',
        'en',
      )?.text,
    ).toBe('The first task was to find a proper Jekyll Theme')
    // "Remote - Containers and Remote - WSL" are two names: never cut to "…extensions, Remote WSL".
    expect(
      compress(
        'You can try out the other remote extensions, Remote - Containers and Remote - WSL, which work the same way on every platform we support today.',
        'en',
      )?.text,
    ).toBeUndefined()
  })

  it('should never end a French point on a clause a subordinator or an absolute participle opens, nor on "il faut" and its aside', () => {
    const french = (paragraph: string) => points(paragraph, { lang: 'fr' })[0]
    expect(
      french(
        'La gestion de produit accepte finalement que, bien que nous connaissions les objectifs à atteindre, nous ne pouvons pas prédire avec certitude les comportements des utilisateurs finaux.',
      ),
    ).toBeUndefined()
    expect(
      french(
        'De plus, le logiciel étant essentiellement un processus de collaboration impliquant de nombreuses équipes, la projectisation du travail est souvent considérée comme nécessaire pour formaliser les engagements entre les équipes.',
      ),
    ).toBeUndefined()
    expect(
      french(
        "Un échantillon de 26 projets axés sur les TI montre qu'il faut, en moyenne, 1 291 jours pour qu'ils commencent leur phase d'exécution.",
      ),
    ).toBeUndefined()
    // A subordinate clause after its main clause, a participle that is no absolute clause, and "il faut" with what it needs stand.
    expect(
      french(
        "Le serveur redémarre toutes les nuits à trois heures, quand la charge est faible, et personne ne s'en aperçoit jamais dans l'équipe ni chez les clients.",
      ),
    ).toBe('Le serveur redémarre toutes les nuits à trois heures, quand la charge est faible')
    expect(
      french(
        "Les utilisateurs ayant un compte premium reçoivent la mise à jour en premier, selon l'annonce publiée hier par l'équipe sur le blog officiel du projet et relayée par plusieurs médias spécialisés.",
      ),
    ).toBe('Les utilisateurs ayant un compte premium reçoivent la mise à jour en premier')
    expect(french('Faites-le comme il faut.')).toBe('Faites-le comme il faut')
    expect(
      french(
        "Les études montrent qu'il faut, selon les auteurs du rapport publié l'an dernier, plus de trois ans pour former un bon ingénieur.",
      ),
    ).toBeUndefined()
    expect(
      french(
        "Ayant terminé la migration de toutes les bases de données vers le nouveau serveur, l'équipe a pu enfin se consacrer aux nouvelles fonctionnalités du produit.",
      ),
    ).toBeUndefined()
    expect(
      french(
        "Après des mois de tests sur nos serveurs de production, nous avons trouvé exactement ce qu'il faut, et la migration peut commencer dès la semaine prochaine.",
      ),
    ).toBe("Nous avons trouvé exactement ce qu'il faut")
    expect(
      points(
        'Python sigue siendo el lenguaje más popular entre los desarrolladores de datos, según la última encuesta anual de Stack Overflow publicada en 2023 con más de noventa mil respuestas de todo el mundo.',
        { lang: 'es' },
      )[0],
    ).toBe('Python sigue siendo el lenguaje más popular entre los desarrolladores de datos')
  })

  it('should drop a Japanese connective that links to the sentence before, "あるいは、"', () => {
    const point = points('あるいは、多くのユーザーはそれぞれの期待を持っているでしょう。', { lang: 'ja' })[0] ?? ''
    expect(point).not.toMatch(/^あるいは/)
    expect(point).toBe('多くのユーザーはそれぞれの期待を持っているでしょう')
    // (Only with its comma: "それによって", "だからこそ" are words of their own.)
    expect(points('それによって、処理速度が大幅に向上しました。', { lang: 'ja' })[0]).toMatch(/^それによって/)
    expect(points('だからこそ、私たちはテストを自動化することにしました。', { lang: 'ja' })[0]).toMatch(/^だからこそ/)
  })

  it('should keep a fixed phrase of counting, a warning in brackets and the means a claim holds by', () => {
    expect(
      compress('Since the Search RPC response is server-streaming, Person objects can be returned to the client one after another.', 'en')
        ?.text,
    ).toBe('Person objects can be returned to the client one after another')
    expect(points('In the past, users have resorted to --forceExit to fix (not recommended).')[0]).toMatch(/\(not recommended\)$/)
    expect(points('By registering subdissectors, you can have Wireshark further decode fields of type byte or string.')[0]).toMatch(
      /^By registering subdissectors, /,
    )
    // Means that point back go: the claim stands without them.
    expect(
      points(
        'URLs, file paths, file sizes, durations, and dates are all examples of built-in data types. By building them in, Nu can have better syntax and type checking with their use.',
      )[0] ?? '',
    ).not.toMatch(/^By building them in/)
  })

  it('should never cut before the complement a verb takes, nor inside a gerund subject before its verb', () => {
    const cut = (sentence: string) => compress(sentence, 'en')?.text
    expect(
      cut('Most English speakers subconsciously read the end of a sentence as being more important than its beginning.'),
    ).toBeUndefined()
    expect(
      cut('Many writers still think of the three principal forms of dashes in English punctuation as being fully interchangeable.'),
    ).toBeUndefined()
    expect(
      cut(
        'Prioritizing trust and safety efforts today will prevent the darker corners of the internet from coming to light on your platform tomorrow.',
      ),
    ).toBeUndefined()
    expect(
      cut(
        'Looking back at the notes of a meeting that you participated in, six months after the fact, is a terrible experience if the notes are not good.',
      ),
    ).toBeUndefined()
    // An "as" of a later clause, a range after "from", and an opening participle before the subject leave the cut as it was.
    expect(cut('I read the whole specification over the weekend, and it turned out to be just as confusing as the old one.')).toBe(
      'I read the whole specification over the weekend',
    )
    expect(cut('This change will save developers a lot of time, from the first build to the last deploy of the day.')).toMatch(
      /will save developers a lot of time$/,
    )
    expect(
      points(
        'Using a profiler on the production build, we found three hot loops in the renderer, rewrote them in Rust, and cut frame times in half.',
      )[0],
    ).toBe('We found three hot loops in the renderer')
    // "read" inside a noun phrase takes no "as": "…remote read request latency as well" is cut as before.
    expect(points('We achieved to reduce remote read request latency as well, thanks to streaming and less encoding.')[0]).toBe(
      'We achieved to reduce remote read request latency',
    )
  })

  it('should never show as a point a claim the next sentence denies or corrects in a few words', () => {
    expect(
      points('Often people think of the three principal forms of dashes as being interchangeable. They really are not.')[0] ?? '',
    ).not.toMatch(/interchangeable/)
    expect(
      points("We were discussing a safety feature. I quickly wrote off the problem as an 'edge case'. I was quickly corrected.")[0] ?? '',
    ).not.toMatch(/edge case/)
    // A denial of more than the sentence before is no such word: the claim stands.
    expect(points('Rust makes memory bugs rare in practice. They are not gone, and unsafe code still needs review.')[0]).toBe(
      'Rust makes memory bugs rare in practice',
    )
  })

  it('should show every item of a long list of bold labels by its label, a short item too', () => {
    const tree = deck(
      [
        '# Jest 23',
        '',
        '## Breaking Changes',
        '',
        "As with every major release, we are making a few breaking changes. Here's a list of the biggest changes you may see:",
        '',
        '- **Require test descriptions and functions**: We are now failing tests that do not include both a function and a description.',
        '- **Remove undefined props from React snapshots**: Smaller snapshots and proper React behavior.',
        '- **Remove deprecations**: We removed mapCoverage since it is no longer needed. Additionally, we removed `jest.genMockFunction` and `jest.genMockFn` since these are the same as `jest.fn`.',
        "- **Add snapshot names to failures**: We added the snapshot name (if provided) to the snapshot failure message so it's easier to find the snapshot that's failing.",
        '- **Replace mock timestamps**: We replaced mock timestamps with invocationCallOrder since two or more mocks may often have the same timestamp, making it impossible to test the call order.',
        '- **Add results to mock snapshots**: We added mock function call results to snapshots so that both the calls and the results of the invocation are tracked.',
        '',
      ].join('\n'),
    ).tree
    const items = selectAll('section > ul:not(.lectern-points) > li', tree).map(text)
    expect(items).toContain('Remove undefined props from React snapshots')
    expect(items.join(' ')).not.toMatch(/Smaller snapshots/)
    // Where every item's first line is short, each is shown whole: "Step 1" alone says nothing.
    const description =
      'Run it once, and it sets everything up for you, downloading what it needs and checking the versions it finds on your machine as it goes.'
    const steps = deck(
      [
        '# Guide',
        '',
        '## Getting started',
        '',
        'Follow these steps to set the tool up on a new machine.',
        '',
        ...['Install the command line tool.', 'Create a project.', 'Add a first page.', 'Publish the site.'].flatMap((step, index) => [
          `- **Step ${index + 1}**: ${step}`,
          '',
          `  ${description}`,
          '',
        ]),
      ].join('\n'),
    ).tree
    expect(selectAll('section > ul:not(.lectern-points) > li', steps).map(text)[0]).toBe('Step 1: Install the command line tool.')
  })

  it("should make no slide of the article's last heading over nothing that names what the site lists there, '## References'", () => {
    const tree = deck(
      [
        '# Migrating',
        '',
        '## Why?',
        '',
        'The old server ran out of memory every week, and the blog went down with it.[^1]',
        '',
        '## Leaving Wordpress',
        '',
        '## Hello Jekyll',
        '',
        'Jekyll turns plain text files into a static website that any server can host.',
        '',
        '[^1]: <https://wordpress.org/>',
        '',
        '## References',
        '',
      ].join('\n'),
    ).tree
    const titles = selectAll('h2', tree).map(text)
    expect(titles).toContain('Leaving Wordpress')
    expect(titles).not.toContain('References')
  })

  it('should show a paragraph that is wholly a quotation of a source as a block quote, not leave the slide without it', () => {
    const passage =
      '"Jekyll is a simple, blog-aware, static site generator. It takes a template directory containing raw text files in various formats, runs it through a converter and our Liquid renderer, and spits out a complete, ready-to-publish static website. Jekyll also happens to be the engine behind GitHub Pages."[^5]'
    const tree = deck(
      [
        '# Migrating',
        '',
        '## Hello Jekyll',
        '',
        '**So what is Jekyll, exactly?**',
        '',
        passage,
        '',
        '[^5]: <https://jekyllrb.com/docs/home/>',
        '',
      ].join('\n'),
    ).tree
    const quoted = selectAll('section > blockquote', tree).map(text).join(' ')
    expect(quoted).toMatch(/^Jekyll is a simple, blog-aware, static site generator\./)
    // Without its footnote too; but a story's dialogue, a run of quoted paragraphs (hard-wrapped), stays as written.
    const uncited = deck(
      ['# T', '', '## Hello Jekyll', '', passage.replace('[^5]', ''), '', 'We moved the blog over a weekend.', ''].join('\n'),
    ).tree
    expect(selectAll('section > blockquote', uncited).map(text).join(' ')).toMatch(/^Jekyll is a simple/)
    const dialogue = deck(
      [
        '# Story',
        '',
        '## Dawn',
        '',
        '"And the river was high that morning, higher than anyone in the village',
        'could remember, so we waited. Nobody spoke for an hour."',
        '',
        passage,
        '',
        '[^5]: <https://jekyllrb.com/docs/home/>',
        '',
      ].join('\n'),
    ).tree
    expect(selectAll('section > blockquote', dialogue)).toHaveLength(0)
  })

  it('should not set over a list, with its colon, a point cut before the last predicate of its sentence, the one that leads in', () => {
    const lines = shown(
      [
        '# Jest 23',
        '',
        '## Jest Summit',
        '',
        'Last week, the Jest Core Team met for the Jest Summit at Facebook London where we worked on and released Jest 23, announced the Jest Open Collective, and gave a number of talks:',
        '',
        '- **Christoph Nakazawa** – Intro',
        '- **Aaron Abramov** – Writing Meaningful Tests',
        '- **Rick Hanlon II** – Blazing Fast Snapshot Testing in Jest 23',
        '',
        'The turnout was amazing, and the talks are online now.',
        '',
      ].join('\n'),
    )
    expect(lines.join(' | ')).not.toMatch(/lead: Last week, the Jest Core Team met for the Jest Summit at Facebook London:/)
  })

  it("should keep the writer's italics and code in a section's first claim shown for want of a point", () => {
    const tree = deck(
      [
        '# Rules',
        '',
        '## Rule 2',
        '',
        "It's remarkable how much clearer your writing gets if you ruthlessly edit it. English almost always gives you a choice between using a long word, and a shorter one with the same meaning. Always opt for the short one. Rather than *utilise,* write *use.* Rather than saying *methodology,* say *method.*",
        '',
      ].join('\n'),
    ).tree
    const point = select('.lectern-points li', tree)
    expect(point && text(point)).toMatch(/^Rather than /)
    // Both words it contrasts in italics, the one that closed its sentence too ("*use.*", "*method.*").
    expect(selectAll('.lectern-points li em', tree).map(text)).toHaveLength(2)
  })

  it('should never end a cut inside a clause an aside interrupts right after its opening word', () => {
    expect(
      compress(
        'A shared room is a room where, having joined, you can see the whole history of the room, even the messages sent before you joined it.',
        'en',
      )?.text,
    ).toBeUndefined()
    // With its clause whole after the aside, the sentence stands.
    expect(compress('We rewrote the scheduler because, in practice, most jobs waited on locks.', 'en')?.text).toBe(
      'We rewrote the scheduler because, in practice, most jobs waited on locks',
    )
  })
})

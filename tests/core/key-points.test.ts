import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractKeyPoints, leansOnPrevious, renderDeck, type KeyPointContext } from '../../src/core/index.ts'
import { maxLongWords, sentencesOf, wordsOf } from '../../src/core/key-points/index.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'
import { VFile } from 'vfile'

function paragraphs(markdown: string): Paragraph[] {
  return unified()
    .use(remarkParse)
    .parse(markdown)
    .children.filter((node): node is Paragraph => node.type === 'paragraph')
}

function points(markdown: string, context: Partial<KeyPointContext> = {}): Array<string | undefined> {
  const found = extractKeyPoints(paragraphs(markdown), { heading: 'A section', lang: 'en', mode: 'auto', ...context })
  return found.map((point) => point && toString({ type: 'paragraph', children: point }))
}

const point = (markdown: string, context: Partial<KeyPointContext> = {}) => points(markdown, context)[0] ?? ''
const words = (text: string) => text.split(/\s+/).filter(Boolean)

describe('key points', () => {
  it('should not stop inside a clause it opened with “that” before its verb', () => {
    const found = point(
      'We were lucky that two members of the team with access to both the support email and the production environment were online during the outage.',
    )
    expect(found).not.toMatch(/\bthat two members of the team$/)
  })

  it('should end a point in a language without a tagger on a word, not on an article or preposition', () => {
    expect(point('El controlador guarda más estados en el ([objeto](https://example.com/issue)).', { lang: 'es' })).toBe(
      'El controlador guarda más estados',
    )
    expect(
      point('El escenario es problemático para algunos marcos, como TensorFlow y JAX, los cuales requieren un Pod.', { lang: 'es' }),
    ).not.toMatch(/^como/)
  })

  it('should keep a short sentence whole, without its full stop', () => {
    expect(point('Jeff Bezos saw the long game.')).toBe('Jeff Bezos saw the long game')
  })

  it('should never end a point with an ellipsis, however long the sentence', () => {
    const long = [
      'Startups that once needed capital just to buy servers could now deploy with nothing but a credit card and a dream of building something new for the world.',
      'Jassy and his team framed it not as a collection of random services but as an operating system for the internet built from small primitives.',
      'The system, which had grown over many years through the work of hundreds of engineers in dozens of teams, finally became too slow to change safely.',
    ]
    for (const sentence of long) {
      const shortened = point(sentence)
      expect(shortened).not.toMatch(/(…|\.\.\.)$/)
      // No point at all when no complete phrase fits: a fragment is worse than none.
      if (shortened) expect(words(shortened).length).toBeGreaterThanOrEqual(3)
      expect(words(shortened).length).toBeLessThanOrEqual(maxLongWords)
    }
  })

  it('should cut at a clause boundary and keep the main clause, not a leading subordinate clause', () => {
    expect(point('Because the stack grows downwards, the caller pushes every argument on the stack in reverse order.')).toBe(
      'The caller pushes every argument on the stack in reverse order',
    )
    // A condition the claim holds under is no leading clause to drop: the main clause alone
    // says more than the author did, so the sentence, too long whole, gives no point.
    expect(
      point('When a program calls a function with many arguments, the caller pushes every argument on the stack in reverse order.'),
    ).toBe('')
    expect(
      point(
        'Amazon launched its first web services in the early 2000s, when engineers started moving their sprawling codebase toward services.',
      ),
    ).toBe('Amazon launched its first web services in the early 2000s')
  })

  it('should drop leading connectives and asides', () => {
    expect(point('But the cloud won in the end.')).toBe('The cloud won in the end')
    expect(point('However, the team (all six of them) shipped the first version in March.')).toBe(
      'The team shipped the first version in March',
    )
  })

  it('should prefer a sentence that stands on its own to one that leans on the sentence before', () => {
    const chosen = point('It was hard. Amazon built S3 to store any amount of data for any application.', { heading: 'Storage' })
    expect(chosen).toBe('Amazon built S3 to store any amount of data for any application')
  })

  it('should judge which openings lean on the previous sentence', () => {
    for (const text of ['It was hard', 'This was a mindset shift', 'But the plan failed', 'Then the team grew', 'They shipped it']) {
      expect(leansOnPrevious(text)).toBe(true)
    }
    for (const text of ['We built a cache', 'Amazon launched S3 in 2006', 'The tactical shift carried a bigger idea']) {
      expect(leansOnPrevious(text)).toBe(false)
    }
  })

  it('should take a bold phrase of three words or more as the point as written, and keep a shorter one as emphasis inside it', () => {
    // (Its first word capitalised, as every point's is.)
    expect(point('Many things happened. In the end **the cloud won everything** for them.')).toBe('The cloud won everything')
    // A clause the writer bolds after "that" is the claim the sentence makes (theacodes' reply to Prusa).
    expect(
      point(
        'All of this is to say that **open source has absolutely nothing to do with being cloned**. Open source licenses will not save you.',
      ),
    ).toBe('Open source has absolutely nothing to do with being cloned')
    // Nor a bold count of what follows it ("**There are two key differences** with the old design:").
    expect(
      points('**There are two key differences** with the old ferries of the island:\n\nThe new ones are electric.', {})[0],
    ).toBeUndefined()
    // Not a bold run that "only" or a negation just before it bounds: without it, it says the opposite.
    expect(point('Many things happened that year. The rain fell only **on the northern half of the island** for months.')).not.toBe(
      'On the northern half of the island',
    )
    expect(points('今年的作息不太规律，晚睡的日子很多。只有 **年中那几个月稍微自律一些**。', { lang: 'zh' })[0]).not.toBe(
      '年中那几个月稍微自律一些',
    )
    const [tree] = extractKeyPoints(paragraphs('The team chose **exploiting** the existing servers to save money.'), {
      heading: 'x',
      lang: 'en',
      mode: 'auto',
    })
    expect(tree?.some((node) => node.type === 'strong' && toString(node) === 'exploiting')).toBe(true)
    expect(toString({ type: 'paragraph', children: tree ?? [] })).toBe('The team chose exploiting the existing servers to save money')
  })

  it('should not give one- or two-word points', () => {
    expect(points('Thank you.\n\nDatabases?')).toEqual([undefined, undefined])
  })

  it('should not repeat the heading or give two points that are nearly the same', () => {
    expect(points('Caching at scale.', { heading: 'Caching at Scale' })).toEqual([undefined])
    const twice = points('The cache keeps recent data close to the processor.\n\nThe cache keeps recent data close to the processor!')
    expect(twice[0]).toBeDefined()
    expect(twice[1]).toBeUndefined()
  })

  it('should take the first sentence in lead mode', () => {
    const text = 'It was hard at first. Amazon built S3 to store any amount of data for any application.'
    expect(point(text, { mode: 'lead' })).toBe('It was hard at first')
  })

  it('should not end a sentence at an abbreviation', () => {
    expect(sentencesOf('Mr. Smith met Dr. Jones, e.g. at noon. Then they left.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones, e.g. at noon.',
      'Then they left.',
    ])
    // (LearnOSM's iD tutorial, review 89: a sentence that opens on a name in lower case with a capital inside.)
    expect(sentencesOf('The iD editor is the de facto, browser-based OpenStreetMap editor. iD is fast and easy to use.', 'en')).toEqual([
      'The iD editor is the de facto, browser-based OpenStreetMap editor.',
      'iD is fast and easy to use.',
    ])
    // (Not after an abbreviation's stop: "esp.", "incl.", "etc.")
    expect(sentencesOf('It is slow on mobile, esp. iOS Safari, which lacks the API.', 'en')).toHaveLength(1)
    expect(sentencesOf('Supported platforms incl. macOS and Linux are tested nightly.', 'en')).toHaveLength(1)
    expect(sentencesOf('It works on Android. macOS support comes next.', 'en')).toEqual([
      'It works on Android.',
      'macOS support comes next.',
    ])
  })

  it('should end a sentence at the pronoun "I", never at an initial or an abbreviation ("max. 50", "u.a.")', () => {
    expect(sentencesOf('I tried it too, as did I. That broke it. Written by Kenneth I. Smith and J. R. R. Tolkien.', 'en')).toEqual([
      'I tried it too, as did I.',
      'That broke it.',
      'Written by Kenneth I. Smith and J. R. R. Tolkien.',
    ])
    // (Review 61: a credits line split after "P.-S." showed "Laplace, and D. Prasher" as a point.)
    expect(sentencesOf('Thanks to P. Cluzel, P.-S. Laplace and J.R.R. Tolkien. They helped.', 'en')).toEqual([
      'Thanks to P. Cluzel, P.-S. Laplace and J.R.R. Tolkien.',
      'They helped.',
    ])
    // (Review 67: "The runTasks function uses a pool of max" as a point; a German "u.a." before a name.)
    expect(sentencesOf('It uses a pool of max. 50 goroutines, and ca. 200 files. It took 5 min. Then it stopped.', 'en')).toEqual([
      'It uses a pool of max. 50 goroutines, and ca. 200 files.',
      'It took 5 min.',
      'Then it stopped.',
    ])
    expect(sentencesOf('Wir nutzen u.a. Docker, d.h. Container. Das geht gut.', 'de')).toEqual([
      'Wir nutzen u.a. Docker, d.h. Container.',
      'Das geht gut.',
    ])
  })

  it('should show what a long announcement announces, not the joy of announcing it nor the set-up before it', () => {
    // Nim 1.0's release post (review 69); the Rust survey's results.
    expect(
      points('Today is the day. The Nim Team is very proud and happy to announce the much-anticipated version 1.0 of the language.'),
    ).toEqual(['The much-anticipated version 1.0 of the language'])
    expect(points("We're happy to announce the results of our fourth annual survey of our Rust community. You are vital to Rust!")[0]).toBe(
      'The results of our fourth annual survey of our Rust community',
    )
    // Ent's move to the Linux Foundation (review 71): the joy at "something", then the news the press release gave.
    expect(
      points(
        'I’m really happy to share something that has been in the works for quite some time. Yesterday (August 31st), a [press release](https://example.org/pr) was issued announcing that Ent is joining the Linux Foundation.',
      ),
    ).toEqual(['Ent is joining the Linux Foundation'])
    // PostHog's ClickHouse announcement (review 75): "a major under-the-hood upgrade", then what it is.
    expect(
      points(
        "We're excited to announce a major under-the-hood upgrade for PostHog Open Source! Over the past few weeks, our team have been hard at work moving over from Postgres to ClickHouse, the same database that powers PostHog Cloud.\n\nThis means you can now use PostHog Open Source for free without being limited to 10k monthly active users.",
        { heading: 'Introduction' },
      )[0],
    ).toBe('Our team have been hard at work moving over from Postgres to ClickHouse')
    // (A short one says it whole; one that announces a clause keeps it.)
    expect(points('The Rust team is happy to announce a new version of Rust, 1.26.0.')[0]).toBe(
      'The Rust team is happy to announce a new version of Rust, 1.26.0',
    )
  })

  it('should take no sign-off for a point: "That\'s all for today", "…, so until next time!"', () => {
    // (Review 71: an essay's and a benchmark write-up's last slides.)
    expect(points("That's all for today.")).toEqual([undefined])
    expect(points('That was taking a while, so until next time!')).toEqual([undefined])
    expect(points("The parser is fast now. That's all for today.")).toEqual(['The parser is fast now'])
    // Nor the end of a part said in English, French, Spanish or Portuguese (react.dev's French announcement).
    expect(points('This concludes our tour of the new website.')).toEqual([undefined])
    expect(points('Voilà qui conclut notre visite guidée !', { lang: 'fr' })).toEqual([undefined])
    expect(points('Con esto concluye nuestra visita guiada.', { lang: 'es' })).toEqual([undefined])
    // (What a finding leads to is no sign-off.)
    expect(points('This concludes that the cache was at fault.')).toEqual(['This concludes that the cache was at fault'])
  })

  it('should keep a claim made before a pointer a comma appends to it, not one the pointer is the turn of', () => {
    // Simon Nyström's jq post (review 71): its "What is jq?" section showed its heading alone.
    expect(
      points(
        '`jq` is an open-source command line tool for interacting with JSON data, you can find the repository [here](https://github.com/stedolan/jq).',
        { heading: 'What is jq?' },
      ),
    ).toEqual(['jq is an open-source command line tool for interacting with JSON data'])
    expect(
      points(
        "Learning can't be captured as easily by a number, but a taste of our less quantifiable wins can be found on [the workshop recording](https://youtu.be/x).",
      )[0] ?? '',
    ).not.toMatch(/workshop recording/)
    expect(points('For a complete list of all changes, see [the full release notes](https://example.org/notes).')).toEqual([undefined])
  })

  it('should never take an aside set wholly in brackets for the point', () => {
    const [found] = points('Ces mécanismes rendent plus difficile l’extraction de données. (Eg: Apple Keychain exploit)', { lang: 'fr' })
    expect(found ?? '').not.toMatch(/exploit/)
    expect(points('Use a framework built by experts. (See the OWASP guide for the details.)')[0]).toBe('Use a framework built by experts')
  })

  it('should shorten CJK points by characters at clause punctuation', () => {
    const chinese =
      '三个月前，我们发布第一个面向生产的版本，从那时起 dashboard 已经做了大量的改进，并且增加了许多新的功能和更好的用户界面。'
    const shortened = point(chinese, { lang: 'zh' })
    expect(shortened.length).toBeGreaterThan(4)
    expect(shortened.replace(/[\s，。]/g, '').length).toBeLessThanOrEqual(30)
    expect(chinese.startsWith(shortened)).toBe(true)
    expect(wordsOf('三个月前我们发布', 'zh').length).toBeGreaterThan(1)
  })

  it('should count the same words in ASCII text the fast way as in any script', () => {
    // wordsOf reads text whose letters and digits are all ASCII with a pattern of ranges; it must
    // find exactly the words the Unicode pattern does, typographic quotes and dashes included.
    const unicodeWords = /[\p{L}\p{M}\p{N}_]+(?:['’.][\p{L}\p{N}]+|,\p{N}+)*/gu
    const piece = fc.constantFrom(
      'a',
      'Z',
      '7',
      '_',
      "'",
      '’',
      '.',
      ',',
      ' ',
      '-',
      '—',
      '“',
      '”',
      '…',
      'é',
      'ß',
      '²',
      '\u0301',
      'Ж',
      '\u2060',
      '(',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(wordsOf(text, 'en')).toEqual(text.match(unicodeWords) ?? [])
      }),
      { numRuns: 2000 },
    )
    expect(wordsOf('The company’s 1,000 servers — “idle” 90% of the time…', 'en')).toEqual([
      'The',
      'company’s',
      '1,000',
      'servers',
      'idle',
      '90',
      'of',
      'the',
      'time',
    ])
    expect(wordsOf('Café², naïve', 'fr')).toEqual(['Café²', 'naïve'])
  })

  it('should make the same tokens of ASCII text the fast way as in any script', () => {
    // A "§" at the end sends the text the Unicode way and is one token of its own.
    const piece = fc.constantFrom('a', 'Z', '7', '_', "'", '’', '.', '-', ',', ' ', '\n', '—', '“', '…', 'n’t', "'s", '\u2060', '(')
    const kinds = (text: string) => tagSentence(text).map(({ kind, value }) => `${kind}:${value}`)
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(kinds(text)).toEqual(kinds(`${text}§`).slice(0, -1))
      }),
      { numRuns: 2000 },
    )
  })

  it('should give the same points for the same input', () => {
    const text = 'Amazon built S3. It stores objects. Developers use it everywhere.\n\nEC2 rents servers by the hour. It changed hosting.'
    expect(points(text)).toEqual(points(text))
  })
})

describe('marks put back in a point', () => {
  it('should put code and emphasis on whole words only, never inside a longer word', async () => {
    const { emphasise, wholeIndexOf } = await import('../../src/core/key-points/emphasis.ts')
    expect(wholeIndexOf('the length is zero', 'r')).toBe(-1)
    expect(wholeIndexOf('pass r to the reader', 'r')).toBe(5)
    expect(wholeIndexOf('call io.ReadFull now', 'io.ReadFull')).toBe(5)
    const nodes = emphasise('The slice will have length zero', [{ kind: 'inlineCode', text: 'r' }])
    expect(nodes).toEqual([{ type: 'text', value: 'The slice will have length zero' }])
  })

  it('should put a long code span back whole before a short one said elsewhere that it holds', async () => {
    // Niko Matsakis's "Claiming, auto and otherwise" (review 77): "move(& `a` , b) || `$body`".
    const { emphasise } = await import('../../src/core/key-points/emphasis.ts')
    const nodes = emphasise('move(&a, b) || $body would capture a = &a', [
      { kind: 'inlineCode', text: 'a' },
      { kind: 'inlineCode', text: 'move(&a, b) || $body' },
      { kind: 'inlineCode', text: 'a = &a' },
    ])
    expect(nodes).toEqual([
      { type: 'inlineCode', value: 'move(&a, b) || $body' },
      { type: 'text', value: ' would capture ' },
      { type: 'inlineCode', value: 'a = &a' },
    ])
  })

  it('should put a mark on the words the paragraph marks, not on the same words where it does not', () => {
    // (Review 63: "I first came up `with` the idea…", the code span of a later sentence's "`with` statement".)
    const slide = (markdown: string) => {
      const html = renderDeck(new VFile({ path: 'talk.md', value: `# T\n\n## S\n\n${markdown}\n` })).html
      return html.match(/<li>.*?<\/li>/g)?.[0]
    }
    expect(
      slide(
        "I first came up with the idea behind Python's `scandir` in 2012, and implemented it for Python 3.5, which came out in 2015. It's been improved since: for example, `with` statement handling and file descriptor support.",
      ),
    ).toBe("<li>I first came up with the idea behind Python's <code>scandir</code> in 2012</li>")
    // (And still where the point's words are the marked ones.)
    expect(slide("I'm _so_ happy that so many people joined. Nothing else matters today.")).toBe(
      "<li>I'm <em>so</em> happy that so many people joined</li>",
    )
    // (Nor where the point ends on the word, which the paragraph marks later after the same word: "the `data` variable".)
    // (Review 101, VS Code's data science tutorial.)
    expect(
      slide(
        "After the cell finishes running, you can view the data that was loaded using the variable explorer and data viewer. First click on the chart icon in the notebook's upper toolbar, then the data viewer icon to the right of the `data` variable.",
      ),
    ).toBe('<li>You can view the data</li>')
  })
})

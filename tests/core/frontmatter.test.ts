import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { LecternError } from '../../src/core/errors.ts'
import {
  apostrophesInSingleQuotes,
  indentQuotedContinuations,
  keyLines,
  quotePlainColons,
  quoteReservedStarts,
  splitJsonFrontmatter,
} from '../../src/core/frontmatter.ts'
import { authorNames, date, joinNames, namesIn } from '../../src/core/meta.ts'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, text } from '../helpers/html.ts'

const body = '\n\n## One\n\nSome words.\n'

function meta(markdown: string) {
  const rendered = renderDeck(new VFile({ path: 'post/index.md', value: markdown }))
  return { meta: rendered.deck.meta, messages: rendered.file.messages, tree: parseDeck(rendered.html) }
}

function failure(markdown: string): LecternError {
  try {
    renderDeck(new VFile({ path: 'post.md', value: markdown }))
  } catch (error) {
    expect(error).toBeInstanceOf(LecternError)
    return error as LecternError
  }
  throw new Error('expected the render to fail')
}

describe('frontmatter', () => {
  it('should read TOML frontmatter (Hugo, Zola) with its title, authors, date and description', () => {
    const {
      meta: m,
      messages,
      tree,
    } = meta(`+++\ntitle = "Mixing matching"\nauthors = ["Felix S. Klock II"]\ndate = 2015-04-17\ndescription = "A tour."\n+++${body}`)
    expect(m).toMatchObject({ title: 'Mixing matching', author: 'Felix S. Klock II', date: '2015-04-17', description: 'A tour.' })
    expect(messages).toEqual([])
    expect(text(select('.lectern-title h1', tree))).toBe('Mixing matching')
    expect(text(select('.lectern-title', tree))).not.toMatch(/\+\+\+|authors =/)
  })

  it('should take the title from a `heading` key when there is no `title` (Inngest’s blog)', () => {
    const { meta: m } = meta(`---\nheading: "Incident report for August 16, 2024"\nauthor: Dan Farrelly\n---${body}`)
    expect(m.title).toBe('Incident report for August 16, 2024')
    expect(meta(`---\ntitle: The title\nheading: Another\n---${body}`).meta.title).toBe('The title')
  })

  it('should take a theme’s `short_title`, and pass over a description a theme left as its placeholder', () => {
    // (Review 59: a Jekyll post without `title` got its folder's name; another's subtitle read "This is a meta description".)
    expect(meta(`---\nshort_title: Teaching Reflections\n---${body}`).meta.title).toBe('Teaching Reflections')
    const { meta: m, messages } = meta(
      `---\ntitle: GPS\ndescription: This is a meta description\nexcerpt: How relativity keeps your phone on the map.\n---${body}`,
    )
    expect(m.description).toBe('How relativity keeps your phone on the map.')
    expect(messages).toEqual([])
  })

  it("should take Zola's author from [extra] and a TOML datetime as its day", () => {
    const { meta: m } = meta(`+++\ntitle = "Birthday"\ndate = 2021-08-10T10:00:00Z\n[extra]\nauthor = "Carter Anderson"\n+++${body}`)
    expect(m.author).toBe('Carter Anderson')
    expect(m.date).toBe('2021-08-10')
  })

  it("should read Hugo's JSON frontmatter and keep the lines of the text after it", () => {
    const { meta: m, messages } = meta(
      `{\n  "title": "JSON post",\n  "author": "Ada",\n  "tags": ["a", "b"]\n}\n\n## One\n\n![x](missing.png\n`,
    )
    expect(m).toMatchObject({ title: 'JSON post', author: 'Ada', tags: ['a', 'b'] })
    expect(messages).toEqual([])
    const split = splitJsonFrontmatter('{\n"title": "x"\n}\nbody')
    expect(split.text).toBe('\n\n\nbody')
    expect(split.matter?.position.end.line).toBe(3)
  })

  it('should read JSON frontmatter between `;;;` lines, and Ruby-symbol YAML keys (`:title:`)', () => {
    // (Review 40: Ian Wold's generator and FreeAgent's Middleman blog; both decks were titled by their folder.)
    const json = meta(`;;;\n{\n\t"title": "Sanderson's Laws",\n\t"date": "5 June 2026",\n\t"topics": ["Architecture"]\n}\n;;;\n${body}`)
    expect(json.meta).toMatchObject({ title: "Sanderson's Laws" })
    expect(json.messages).toEqual([])
    expect(text(json.tree)).not.toMatch(/;;;|"topics"/)
    const split = splitJsonFrontmatter(';;;\n{\n"title": "x"\n}\n;;;\nbody')
    expect(split.text).toBe('\n\n\n\n\nbody')
    expect(split.matter?.position.start.line).toBe(2)
    const ruby = meta(`---\n:title: How we run 4 hours of tests in under 4 minutes\n:author: donal\n:tags:\n- CI\n---${body}`)
    expect(ruby.meta).toMatchObject({ title: 'How we run 4 hours of tests in under 4 minutes', author: 'donal', tags: ['CI'] })
    // (Review 63: Statiq's capitalised keys; the .NET Foundation's post was titled "article".)
    const statiq = meta(`---\nTitle: .NET Foundation "State of the Union"\nAuthor: Claire Novotny\nPublished: 2020-07-30\n---${body}`)
    expect(statiq.meta).toMatchObject({ title: '.NET Foundation "State of the Union"', author: 'Claire Novotny' })
    expect(statiq.messages).toEqual([])
    // (A lower-case key the post has as well is the one read.)
    expect(meta(`---\ntitle: lower\nTitle: Upper\n---${body}`).meta.title).toBe('lower')
  })

  it('should not take a paragraph that starts with a brace for JSON frontmatter', () => {
    expect(splitJsonFrontmatter('{x} is a set.\n').matter).toBeUndefined()
  })

  it('should read authors from author, authors, by and creator: strings, lists and entries with a name', () => {
    expect(meta(`---\ntitle: T\nby:\n- Rob Pike\n---${body}`).meta.author).toBe('Rob Pike')
    expect(meta(`---\ntitle: T\ncreator: Grace Hopper\n---${body}`).meta.author).toBe('Grace Hopper')
    expect(meta(`---\ntitle: T\nauthors:\n- name: A\n- name: B\n- name: C\n---${body}`).meta.author).toBe('A, B and C')
    expect(authorNames(['A', 'B'])).toBe('A and B')
    expect(authorNames({ name: 'Solo' })).toBe('Solo')
    expect(joinNames(['A'])).toBe('A')
  })

  it('should join the names of several authors as the talk’s language joins a list', () => {
    // (A Spanish post's authors read "…, laurel and plefer" on its title slide, review 104.)
    expect(meta(`---\ntitle: T\nlang: es\nauthor: [lacion, Luciana Benotti, plefer]\n---${body}`).meta.author).toBe(
      'lacion, Luciana Benotti y plefer',
    )
    expect(meta(`---\ntitle: T\nlang: pt-BR\nauthors:\n- name: Maëlle Salmon\n- name: Noam Ross\n---${body}`).meta.author).toBe(
      'Maëlle Salmon e Noam Ross',
    )
    // (English as lectern always wrote it; one name as it is, with no warning.)
    expect(meta(`---\ntitle: T\nlang: en\nauthor: [A, B, C]\n---${body}`).meta.author).toBe('A, B and C')
    // (A tag Intl does not know would take the machine's own language: English as lectern writes it.)
    expect(namesIn(['A', 'B', 'C'], 'xx')).toBe('A, B and C')
    const one = meta(`---\ntitle: T\nlang: es\nauthor: Luciana Benotti\n---${body}`)
    expect(one.meta.author).toBe('Luciana Benotti')
    expect(one.messages).toHaveLength(0)
  })

  it('should read an MDX post’s exported metadata object as its frontmatter, without running it', () => {
    const post = [
      "import { Post } from '@/components/Post'",
      '',
      'export const metadata = {',
      "  title: 'Sending files between two laptops',",
      '  description: "A short walk through a peer-to-peer copy.",',
      "  date: '2024-05-01',",
      "  openGraph: { title: 'A nested title' },",
      `  slug: \`copy-\${year}\`,`,
      '}',
      '',
      'export default (props) => <Post {...props} />',
      body,
    ].join('\n')
    const found = meta(post).meta
    expect(found.title).toBe('Sending files between two laptops')
    expect(found.description).toBe('A short walk through a peer-to-peer copy.')
    expect(found.date).toBe('2024-05-01')
    // Frontmatter, when the post has it, wins.
    expect(meta(`---\ntitle: From the frontmatter\n---\n\n${post.split('\n').slice(2).join('\n')}`).meta.title).toBe('From the frontmatter')
  })

  // n0-computer/iroh.computer's posts: the post object holds the words, `metadata` only refers to them.
  it('should read the exported object that holds a literal title when metadata only refers to it', () => {
    const post = [
      'export const post = {',
      '  draft: false,',
      "  author: 'Arqu',",
      "  date: '2024-11-19',",
      "  title: 'Relay outage: A post-mortem',",
      '}',
      '',
      'export const metadata = {',
      '  title: post.title,',
      '}',
      body,
    ].join('\n')
    expect(meta(post).meta).toMatchObject({ title: 'Relay outage: A post-mortem', author: 'Arqu', date: '2024-11-19' })
    // An exported object without a title is not the post's metadata.
    expect(meta(`export const config = { runtime: 'edge' }\n${body}`).meta.author).toBeUndefined()
  })

  it('should read summary, subtitle, subhead, teaser, categories and keywords, and dates written with a time', () => {
    const { meta: m } = meta(`---\ntitle: T\nsummary: Short.\ncategories: [release]\ndate: 2016-10-06 11:10:38 -0700\n---${body}`)
    expect(m).toMatchObject({ description: 'Short.', tags: ['release'], date: '2016-10-06' })
    expect(date(new Date('2020-02-03T00:00:00Z'))).toBe('2020-02-03')
    expect(date('Spring 2024')).toBe('Spring 2024')
    for (const key of ['subhead', 'teaser', 'lede', 'tagline'])
      expect(meta(`---\ntitle: T\n${key}: How the metric changed.\n---${body}`).meta.description).toBe('How the metric changed.')
  })

  it('should take the title from the first level-1 heading, ATX or setext, else the file name (an index.md its folder’s) with a warning', () => {
    expect(meta(`---\nauthor: A\n---\n\nSetext Title\n============${body}`).meta.title).toBe('Setext Title')
    expect(meta(`# ATX Title${body}`).meta.title).toBe('ATX Title')
    const untitled = meta(body)
    expect(untitled.meta.title).toBe('Post')
    expect(untitled.messages.map((message) => message.ruleId)).toContain('no-title')
    expect(renderDeck(new VFile({ path: 'talks/my-ai-panel.md', value: body })).deck.meta.title).toBe('My ai panel')
    // (Review 67: a post kept as `post.md` in its folder, a Jekyll post's dated file name.)
    const titled = (path: string) => renderDeck(new VFile({ path, value: body })).deck.meta.title
    expect(titled('blog/static-blog-generator-go/post.md')).toBe('Static blog generator go')
    expect(titled('content/blog/deprecating-electron/index.md')).toBe('Deprecating electron')
    expect(titled('_posts/2017-09-01-Ten-Years-of-Blogging.markdown')).toBe('Ten Years of Blogging')
    expect(titled('_posts/2017-09-01.md')).toBe('2017 09 01')
  })

  it('should take the subtitle of a post with no title nor heading for its title, not also for its description', () => {
    // (A Brazilian community post seen in review was titled by its folder, "03 eventos python",
    // its real title shown in small type under it.)
    const subtitled = meta(`---\nname: Evento\nsubtitle: "De Salvador a Caxias do Sul: eventos Python em 2023"\n---${body}`)
    expect(subtitled.meta.title).toBe('De Salvador a Caxias do Sul: eventos Python em 2023')
    expect(subtitled.meta.description).toBeUndefined()
    expect(subtitled.messages.map((message) => message.ruleId)).not.toContain('no-title')
    // (A titled post keeps its subtitle as its description.)
    expect(meta(`---\ntitle: T\nsubtitle: How it went.\n---${body}`).meta).toMatchObject({ title: 'T', description: 'How it went.' })
  })

  it('should ignore unknown keys quietly and warn about a known key of the wrong type at its own line', () => {
    const { meta: m, messages } = meta(`---\ntitle: T\nlayout: post\nslug: x\nauthor:\n  twitter: handle\ntags: 42\n---${body}`)
    expect(m.author).toBeUndefined()
    expect(messages.map((message) => [message.line, message.reason])).toEqual([
      [5, expect.stringMatching(/`author` should be/)],
      [7, expect.stringMatching(/`tags` should be/)],
    ])
  })

  it('should warn at the key line in TOML and JSON too', () => {
    const toml = meta(`+++\ntitle = "T"\nweight = 1\nmaxBullets = "many"\n+++${body}`)
    expect(toml.messages.map((message) => message.line)).toEqual([4])
    const json = meta(`{\n  "title": "T",\n  "author": true\n}${body}`)
    expect(json.messages.map((message) => message.line)).toEqual([3])
  })

  it('should find the lines of top-level keys only', () => {
    expect(keyLines('title = "x"\n[extra]\nauthor = "y"', 'toml', 2)).toEqual({ title: 2 })
    expect(keyLines('title: x\nauthor:\n  name: y', 'yaml', 2)).toEqual({ title: 2, author: 3 })
  })

  it('should report malformed frontmatter of each syntax as one line with line and column', () => {
    const yaml = failure('---\ntitle: T\ntags: [a, b\n---\n\n# T\n')
    expect(yaml.message).toMatch(/^post.md:\d+:\d+: invalid frontmatter \(YAML\): /)
    const toml = failure('+++\ntitle = "T"\ndate = \n+++\n\n# T\n')
    expect(toml.message).toMatch(/^post.md:3:\d+: invalid frontmatter \(TOML\): /)
    const json = failure('{\n  "title": "T",\n  "author": ,\n}\n\n# T\n')
    expect(json.message).toMatch(/^post.md:3:\d+: invalid frontmatter \(JSON\): /)
    for (const error of [yaml, toml, json]) expect(error.message).not.toContain('\n')
  })
})

describe('frontmatter as blog sites write it', () => {
  it("should read a quoted description whose lines start at the key's column, as Hugo does (scientific-python's NumPy 2.0 post)", () => {
    const { meta: m, tree } = meta(
      `---\ntitle: "NumPy 2.0: an evolutionary milestone"\ndate: 2024-06-17\ndescription: "\nWe announce the release of NumPy 2.0, which brings major improvements in\nfunctionality and usability.\n"\ntags: ["News", "numpy"]\n---${body}`,
    )
    expect(m).toMatchObject({ title: 'NumPy 2.0: an evolutionary milestone', date: '2024-06-17', tags: ['News', 'numpy'] })
    expect(m.description).toBe('We announce the release of NumPy 2.0, which brings major improvements in functionality and usability.')
    expect(text(select('.lectern-title h1', tree))).toBe('NumPy 2.0: an evolutionary milestone')
    // Single quotes too, and a value that closes on its own last line.
    expect(meta(`---\ntitle: 'It''s done:\na story'\n---${body}`).meta.title).toBe("It's done: a story")
  })

  it('should read a key written twice as Jekyll does, the last value winning (a Software Carpentry interview)', () => {
    const { meta: m } = meta(`---\ndate: 2010-07-18\nlayout: page\ndate: 2010-07-19\ntitle: An interview\n---${body}`)
    expect(m).toMatchObject({ title: 'An interview', date: '2010-07-19' })
  })

  it("should show the words of a title or description the writer emphasised in markdown, not the marks (a Spanish Hugo post's summary)", () => {
    const { meta: m } = meta(
      `---\ntitle: Why **every** team needs _one_\nsummary: "Los archivos _dotfiles_ son utilizados para guardar información de configuración."\n---${body}`,
    )
    expect(m.title).toBe('Why every team needs one')
    expect(m.description).toBe('Los archivos dotfiles son utilizados para guardar información de configuración.')
    // (Names and sums keep their marks.)
    expect(meta(`---\ntitle: snake_case_name, __init__ and 2 * 3 * 4\n---${body}`).meta.title).toBe(
      'snake_case_name, __init__ and 2 * 3 * 4',
    )
  })

  it('should still refuse frontmatter that no reading makes whole, at the first error', () => {
    const error = failure('---\ntitle: "Never closed\nauthor: x\n---\n\n# T\n')
    expect(error.message).toMatch(/^post.md:\d+:\d+: invalid frontmatter \(YAML\): /)
  })

  it('should read an unquoted title holding a colon as the text after its key, as line-by-line blog engines do', () => {
    const { meta: m, tree } = meta(
      `---\ntitle: Frameworks without the framework: why not sooner?\ndate: 2018-01-01\ntags: [a, b]\n---${body}`,
    )
    expect(m).toMatchObject({ title: 'Frameworks without the framework: why not sooner?', date: '2018-01-01', tags: ['a', 'b'] })
    expect(text(select('.lectern-title h1', tree))).toBe('Frameworks without the framework: why not sooner?')
    // A quoted or flow value, or one with a comment, is the parser's to judge.
    expect(quotePlainColons('title: "a: b"\ntags: [a: b]\nx: a: b # c')).toBe('title: "a: b"\ntags: [a: b]\nx: a: b # c')
    expect(failure('---\ntitle: a: b\ntags: [a, b\n---\n\n# T\n').message).toMatch(/invalid frontmatter \(YAML\)/)
  })

  it('should read a value that opens on a character YAML reserves as its text, as a line-by-line reader does', () => {
    // (A Japanese blog's `twitter_site: @abap34` (review 144) stopped the build of the whole article.)
    const { meta: m } = meta(`---\ntitle: Tips\nauthor: abap34\ntwitter_site: @abap34\ntags:\n  - @home\n---${body}`)
    expect(m).toMatchObject({ title: 'Tips', author: 'abap34' })
    expect(quoteReservedStarts('site: @abap34\nnote: `code`\nx: @a # c')).toBe('site: "@abap34"\nnote: "`code`"\nx: @a # c')
  })

  it('should read a title in single quotes holding an apostrophe as the text between the quotes, as the site did', () => {
    // (MUI's blog (review 107): "invalid frontmatter (YAML): Unexpected scalar" stopped the build of the survey's post.)
    const { meta: m } = meta(
      `---\ntitle: 'The 2019 MUI developer survey: here's what we discovered'\ndescription: 'It''s fine'\n---${body}`,
    )
    expect(m).toMatchObject({ title: "The 2019 MUI developer survey: here's what we discovered", description: "It's fine" })
    expect(apostrophesInSingleQuotes("title: 'It''s fine'\nx: 'a'")).toBe("title: 'It''s fine'\nx: 'a'")
    // (Only a line that is no YAML alone: a quote that ends before its comment stays as written.)
    const { meta: commented } = meta(`---\ntitle: 'Here's what we found'\ndescription: 'Short' # the author's 'pick'\n---${body}`)
    expect(commented).toMatchObject({ title: "Here's what we found", description: 'Short' })
  })

  it('should leave well-formed YAML as it is', () => {
    const source = 'title: "One line"\ndescription: >\n  Folded\n  text'
    expect(indentQuotedContinuations(source)).toBe(source)
  })

  it('should show the characters that HTML references in a title or description name, and keep a bare ampersand', () => {
    const { meta: m, tree } = meta(
      `---\ntitle: "Q&A with Amanda Weaver&rsquo;s team"\ndescription: "Post &amp; parcels &#8212; &#x2019;24 &bogus;"\n---${body}`,
    )
    expect(m.title).toBe('Q&A with Amanda Weaver’s team')
    expect(m.description).toBe('Post & parcels — ’24 &bogus;')
    expect(text(select('.lectern-title h1', tree))).toBe('Q&A with Amanda Weaver’s team')
  })

  it('should show the words of the inline HTML a theme prints in a title or description, not its tags', () => {
    const { meta: m, tree } = meta(
      `---\ntitle: "The <i>Fediverse</i> and <b><em>you</em></b>: announcing <code>cargo add</code><br/>today"\ndescription: "Why <span class=\\"x\\">Vec<T></span> is a <b> tag"\n---${body}`,
    )
    expect(m.title).toBe('The Fediverse and you: announcing `cargo add` today')
    expect(m.description).toBe('Why Vec<T> is a <b> tag')
    expect(text(select('.lectern-title h1', tree))).toBe('The Fediverse and you: announcing cargo add today')
    expect(select('.lectern-title h1 code', tree)).toBeDefined()
    expect(text(select('.lectern-title .lectern-description', tree))).toBe('Why Vec<T> is a <b> tag')
  })
})

describe('bylines written by blog templates', () => {
  it("should show the name of a markdown-link author (the Kubernetes blog's `author: > [Josh Berkus](…)`)", () => {
    expect(authorNames('[Josh Berkus](https://github.com/jberkus)\n')).toBe('Josh Berkus')
    expect(authorNames(['[Josh Berkus](https://github.com/jberkus)', 'Wenjun Lou'])).toBe('Josh Berkus and Wenjun Lou')
  })

  // PostHog's blog (review 96): an author named by the key of the site's list of authors.
  it('should show an author written as a slug as the name, and a one-word handle as it is', () => {
    expect(authorNames(['james-hawkins'])).toBe('James Hawkins')
    expect(authorNames(['andy_vandervell', 'tim-glaser'])).toBe('Andy Vandervell and Tim Glaser')
    expect(authorNames('vjeux')).toBe('vjeux')
    expect(authorNames('guido-van-rossum')).toBe('Guido van Rossum')
    expect(authorNames('Mary-Jane Smith')).toBe('Mary-Jane Smith')
  })

  it("should read Jekyll's unpadded date (`2018-11-2 00:37:02 -0400`) as that day", () => {
    expect(date('2018-11-2 00:37:02 -0400')).toBe('2018-11-02')
    expect(date('2016-10-06 11:10:38 -0700')).toBe('2016-10-06')
  })

  // Turborepo's Nextra blog (review 97): `date: "2021/04/23"` was shown as written.
  it('should read a date written year first with slashes or dots as that day', () => {
    expect(date('2021/04/23')).toBe('2021-04-23')
    expect(date('2021.4.3')).toBe('2021-04-03')
    expect(date('2021/04-23')).toBe('2021/04-23')
  })

  // CorrelAid's Hugo posts (review 97): the title slide's subtitle showed a summary's markdown link as written.
  it("should show a description's markdown link as its words", () => {
    const tree = parseDeck(
      renderDeck(
        '---\ntitle: Datenstrategie\nsummary: "Die [Datenstrategie der Bundesregierung](https://www.bundesregierung.de/a_(b))  ist da."\n---\n\n## Eins\n\nText des Beitrags.\n',
      ).html,
    )
    expect(text(select('.lectern-title .lectern-description', tree))).toBe('Die Datenstrategie der Bundesregierung ist da.')
  })

  it('should read a date written day or month first as that day where it says which, and as written where it does not', () => {
    // rstudio/ai-blog's distill posts (seen in review): `date: 07-29-2020` had shown as written.
    expect(date('07-29-2020')).toBe('2020-07-29')
    expect(date('29/07/2020')).toBe('2020-07-29')
    expect(date('29.07.2020')).toBe('2020-07-29')
    expect(date('3.4.2020')).toBe('2020-04-03')
    // Either could be the month, or neither is a day: as written.
    expect(date('03-04-2020')).toBe('03-04-2020')
    expect(date('31.02.2020')).toBe('31.02.2020')
    expect(date('2020-13-01')).toBe('2020-13-01')
    expect(date('07-29/2020')).toBe('07-29/2020')
  })
})

describe('the date on the title slide', () => {
  it('should read a Jekyll date without zeros and show it as the talk’s language writes a date', () => {
    // rickyhan.com's "Pot Odds" (seen in review): `date: 2018-11-2 00:37:02 -0400`.
    expect(date('2018-11-2 00:37:02 -0400')).toBe('2018-11-02')
    const english = meta(`---\ntitle: Pot Odds\ndate:   2018-11-2 00:37:02 -0400\n---${body}`)
    expect(english.meta.date).toBe('2018-11-02')
    expect(select('.lectern-date', english.tree)?.properties.dateTime).toBe('2018-11-02')
    expect(text(select('.lectern-date', english.tree))).toBe('November 2, 2018')
    const german = meta(`---\ntitle: Einfrieren\nlang: de\ndate: 2023-03-10\n---${body}`)
    expect(text(select('.lectern-date', german.tree))).toBe('10. März 2023')
    // A date that is no day stays as written.
    expect(text(select('.lectern-date', meta(`---\ntitle: T\ndate: Spring 2024\n---${body}`).tree))).toBe('Spring 2024')
  })
})

describe('a Jekyll post’s file name and a description that repeats the title', () => {
  const named = (path: string, markdown: string) => {
    const rendered = renderDeck(new VFile({ path, value: markdown }))
    return { meta: rendered.deck.meta, tree: parseDeck(rendered.html) }
  }

  it('should date a post by its file name when its frontmatter gives no date, and by its frontmatter when it does', () => {
    // (Review 83: the Erlang blog's `_posts/2020-12-01-the-road-to-the-jit.md` has no `date`; its title slide showed none.)
    const post = named('_posts/2020-12-01-the-road-to-the-jit.md', `---\ntitle: The Road to the JIT\n---${body}`)
    expect(post.meta.date).toBe('2020-12-01')
    expect(text(select('.lectern-date', post.tree))).toBe('December 1, 2020')
    expect(named('_posts/2020-12-01-x.md', `---\ntitle: X\ndate: 2020-12-03\n---${body}`).meta.date).toBe('2020-12-03')
    expect(named('_posts/2020-13-45-x.md', `---\ntitle: X\n---${body}`).meta.date).toBeUndefined()
    expect(named('notes/2020-12-01.md', `---\ntitle: X\n---${body}`).meta.date).toBeUndefined()
  })

  it('should show no description that says the title again', () => {
    // (Review 83: SOFAStack's post sets `description` to its title, which the title slide showed twice.)
    const same = meta(
      `---\ntitle: "如何在生产环境排查 Rust 内存占用过高问题"\ndescription: "如何在生产环境排查 Rust 内存占用过高问题"\n---${body}`,
    )
    expect(same.meta.description).toBeUndefined()
    expect(meta(`---\ntitle: The Road to the JIT\ndescription: The road to the JIT.\n---${body}`).meta.description).toBeUndefined()
    expect(meta(`---\ntitle: The Road to the JIT\ndescription: How Erlang got fast.\n---${body}`).meta.description).toBe(
      'How Erlang got fast.',
    )
  })
})

describe('a blog’s `lang`', () => {
  it('should read a locale as a language tag and ignore a language’s name with a warning', () => {
    // Hugo sites write `languageCode`-style locales (gohugoio/hugo docs: `zh_CN`); a shell locale keeps its charset.
    expect(meta(`---\ntitle: T\nlang: zh_CN\n---${body}`).meta.lang).toBe('zh-CN')
    expect(meta(`---\ntitle: T\nlang: en_US.UTF-8\n---${body}`).meta.lang).toBe('en-US')
    // A language's name is not a tag: warned at its line, and the text's own language is used.
    const named = meta(`---\ntitle: T\nlanguage: english\n---${body}`)
    expect(named.meta.lang).toBe('en')
    expect(named.messages.map((message) => [message.line, message.reason])).toContainEqual([
      3,
      expect.stringMatching(/`language` should be a language tag/),
    ])
    expect(meta(`---\ntitle: T\nlang: 中文\n---${body}`).meta.lang).toBe('en')
  })
})

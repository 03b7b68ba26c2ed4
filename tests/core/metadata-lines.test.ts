import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { splitMetadataLines } from '../../src/core/metadata-lines.ts'

describe('metadata lines', () => {
  it('should read Pelican’s header lines as frontmatter and blank them, line for line', () => {
    const source =
      'Title: My super title\nDate: 2010-12-03 10:20\nTags: thats, awesome\nAuthors: Alexis Metaireau, Conan Doyle\nSummary: Short version\n    for index and feeds\n\nThis is the content.\n'
    const { text, matter } = splitMetadataLines(source)
    expect(text).toBe('\n\n\n\n\n\n\nThis is the content.\n')
    expect(JSON.parse(matter!.value)).toEqual({
      title: 'My super title',
      date: '2010-12-03 10:20',
      tags: ['thats', 'awesome'],
      authors: ['Alexis Metaireau', 'Conan Doyle'],
      summary: 'Short version for index and feeds',
    })
  })

  it('should read a YAML block its writer opened with --- and never closed as frontmatter, and leave a closed one to the parser', () => {
    // (A Pelican blog's post, review 81: the lines showed as the first bullet, the talk titled by its folder.)
    const source =
      '---\ntitle: Manejar dependencias en Python\ndate: 2018-05-09T18:00:00+00:00\nauthor: Daniel Rodriguez\n\nPaquetes de Python, los hay para todos los gustos.\n'
    const { text, matter } = splitMetadataLines(source)
    expect(text).toBe('\n\n\n\n\nPaquetes de Python, los hay para todos los gustos.\n')
    expect(JSON.parse(matter!.value)).toMatchObject({ title: 'Manejar dependencias en Python', author: 'Daniel Rodriguez' })
    const deck = renderDeck(new VFile({ path: 'post/index.md', value: source })).deck
    expect(deck.meta).toMatchObject({ title: 'Manejar dependencias en Python', author: 'Daniel Rodriguez', date: '2018-05-09' })
    // (A block closed after a blank line inside it is YAML's, read as any frontmatter.)
    expect(splitMetadataLines('---\ntitle: T\n\ndate: 2020-01-01\n---\n\nWords.\n').matter).toBeUndefined()
    expect(splitMetadataLines('---\n\nA rule, then words.\n').matter).toBeUndefined()
    // (Nor one whose YAML goes on past a blank line in a comment, a list's items or indented lines.)
    expect(
      splitMetadataLines('---\ntitle: T\n\n# See all topics\ntopics:\n  - ux\nresources:\n  - name: image\n---\n\nWords.\n').matter,
    ).toBeUndefined()
    // (Nor one with a key that opens with an underscore: al-folio's distill posts, review 85, whose 12 lines of
    // YAML comments then showed as slides, "This is a test??" over every title.)
    expect(
      splitMetadataLines('---\ntitle: T\n\n# This is a test??\n_styles: >\n  .fake-img {\n  }\n---\n\nWords.\n').matter,
    ).toBeUndefined()
  })

  it('should read a value quoted as YAML quotes it as the words inside the quotes', () => {
    // (Apache's infrastructure blog (review 106): "date: '2009-09-02T08:56:09+00:00'" showed with its quotes on the title slide.)
    const source =
      "title: apache.org incident report\ndate: '2009-09-02T08:56:09+00:00'\nauthor: \"Jane Doe\"\nsummary: 'It''s fixed'\nnote: 'half\nlayout: post\n\nLast week we posted about the breach.\n"
    const { matter } = splitMetadataLines(source)
    expect(JSON.parse(matter!.value)).toMatchObject({
      date: '2009-09-02T08:56:09+00:00',
      author: 'Jane Doe',
      summary: "It's fixed",
      note: "'half",
    })
    const deck = renderDeck(new VFile({ path: 'post/index.md', value: source })).deck
    expect(deck.meta).toMatchObject({ date: '2009-09-02', author: 'Jane Doe' })
  })

  it('should read Nikola’s .. lines, also in an HTML comment', () => {
    const { matter } = splitMetadataLines(
      '<!--\n.. title: How to make money\n.. slug: how-to-make-money\n.. date: 2012-09-15 19:52:05 UTC\n-->\n\nWrite a bestselling book.\n',
    )
    expect(JSON.parse(matter!.value)).toMatchObject({ title: 'How to make money', slug: 'how-to-make-money' })
  })

  it('should read JBake’s key=value header closed by ~~~~~~, and Key: value lines closed by a line of hyphens', () => {
    // As Ted Neward's blog (JBake, seen in review): the ~~~~~~ line had opened a code block that swallowed the essay.
    const jbake =
      'title=Why Writing Matters\ndate=2025-8-11\ntype=post\ntags=writing, career\nstatus=published\n~~~~~~\n\nAs a developer, I write.\n'
    const read = splitMetadataLines(jbake)
    expect(read.text).toBe('\n\n\n\n\n\n\nAs a developer, I write.\n')
    expect(JSON.parse(read.matter!.value)).toMatchObject({ title: 'Why Writing Matters', date: '2025-8-11', tags: ['writing', 'career'] })
    // As a home-made generator's post (seen in review): the lines above "---" had become a heading.
    const ruled = splitMetadataLines('Title: Lessons learned from a rewrite\nTags: Rust, C++\n---\n\nIt is finished.\n')
    expect(ruled.text).toBe('\n\n\n\nIt is finished.\n')
    expect(JSON.parse(ruled.matter!.value)).toEqual({ title: 'Lessons learned from a rewrite', tags: ['Rust', 'C++'] })
    // (Saved with Windows line ends, as that post is.)
    for (const source of [
      jbake.replace(/\n/g, '\r\n'),
      'Title: Lessons learned from a rewrite\nTags: Rust, C++\n---\n\n## One\n\nIt is finished.\n',
    ]) {
      const { deck, html } = renderDeck(new VFile({ path: 'post.md', value: source }))
      expect(deck.meta.title).toMatch(/^(Why Writing Matters|Lessons learned from a rewrite)$/)
      expect(html).not.toMatch(/Title:|title=(?!")|<pre/)
    }
  })

  it('should read a Lektor page’s fields around its body, with its categories a list and pub_date its date', () => {
    // As Creative Commons' blog (Lektor's contents.lr, review 101): the first field's "---" had closed the header, and
    // "categories:", "author: Queen" and "pub_date:" had become the talk's first slides.
    const source =
      'title: Reflecting On My Outreachy Journey\n---\ncategories:\noutreachy\nopen-source\n---\nauthor: Queen\n---\npub_date: 2025-02-27\n---\nbody:\n\nIt feels like just yesterday.\n\n----\n\n## What’s next\n\nMore to come.\n---\n_discoverable: yes\n'
    const { text, matter } = splitMetadataLines(source)
    expect(JSON.parse(matter!.value)).toEqual({
      title: 'Reflecting On My Outreachy Journey',
      categories: ['outreachy', 'open-source'],
      author: 'Queen',
      date: '2025-02-27',
      _discoverable: 'yes',
    })
    // (Line for line: the body's lines stay where they were, Lektor's escaped rule "----" is a rule again.)
    expect(text.split('\n')).toHaveLength(source.split('\n').length)
    expect(text).toBe(`${'\n'.repeat(11)}\nIt feels like just yesterday.\n\n---\n\n## What’s next\n\nMore to come.\n\n\n`)
    const { deck, html } = renderDeck(new VFile({ path: 'contents.lr', value: source }))
    expect(deck.meta).toMatchObject({ title: 'Reflecting On My Outreachy Journey', author: 'Queen', date: '2025-02-27' })
    expect(html).not.toMatch(/categories:|pub_date|body:|author: Queen/)
    // (Blank lines after a "---", a "---" that ends the file, Windows line ends: Lektor's own reader takes them.)
    for (const page of ['title: Hello\n---\n\nbody:\n\nFirst paragraph.\n', 'title: Hello\n---\nbody:\n\nFirst paragraph.\n---\n'])
      expect(splitMetadataLines(page).text).not.toMatch(/body:|title:/)
    expect(splitMetadataLines('title: Hello\r\n---\r\nbody:\r\n\r\n----\r\nText\r\n').text).toBe('\n\n\n\r\n---\r\nText\r\n')
    // (Fields without a body are no Lektor page: "Note: …" over a rule is prose.)
    expect(splitMetadataLines('Note: this post is old\n---\ntitle: x\n')).toEqual({ text: 'Note: this post is old\n---\ntitle: x\n' })
  })

  it('should leave a key=value line without JBake’s closing line, and a setext heading of prose', () => {
    for (const source of ['x=1 is the answer.\nIt still holds.\n', 'Note: this post is old\n---\n\nText.\n']) {
      expect(splitMetadataLines(source)).toEqual({ text: source })
    }
  })

  it('should leave prose that only looks like a field, and a block without a title', () => {
    for (const source of ['Note: this post is old.\nIt still holds.\n', 'Date: 2020-01-01\nTags: a\n\nText.\n']) {
      expect(splitMetadataLines(source)).toEqual({ text: source })
    }
  })

  it('should give the title slide the post’s title, author and date', () => {
    const { deck, html } = renderDeck(
      new VFile({ path: 'post.md', value: 'Title: Pelican posts\nAuthor: Ann Lee\nDate: 2019-10-04\n\n## One\n\nWords here.\n' }),
    )
    expect(deck.meta).toMatchObject({ title: 'Pelican posts', author: 'Ann Lee', date: '2019-10-04' })
    expect(html).not.toContain('Title:')
  })
})

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

  it('should read Nikola’s .. lines, also in an HTML comment', () => {
    const { matter } = splitMetadataLines(
      '<!--\n.. title: How to make money\n.. slug: how-to-make-money\n.. date: 2012-09-15 19:52:05 UTC\n-->\n\nWrite a bestselling book.\n',
    )
    expect(JSON.parse(matter!.value)).toMatchObject({ title: 'How to make money', slug: 'how-to-make-money' })
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

import { describe, expect, it } from 'vitest'
import { withHeaderlessTables } from '../../src/core/gfm.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { points } from '../helpers/key-points.ts'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, renderedDeck, select, selectAll, text } from '../helpers/html.ts'

/*
 * What a review of articles lectern had not seen (round 145) found wrong on their slides. Each case is written from the
 * article's own words.
 */

describe('review 145', () => {
  it('should read a table that opens on its delimiter row, as kramdown does, its first row over the others', () => {
    // A hash-table tutorial kept by Jekyll: its tables showed as paragraphs of pipes.
    const rows = ['| --------- | ----- | ----- |', '| **Index** | 0     |     1 |', '| **Key**   | `foo` | `bar` |']
    expect(withHeaderlessTables(['Text.', '', ...rows, ''].join('\n'))).toBe(['Text.', '', rows[1], rows[0], rows[2], ''].join('\n'))
    const { tree } = renderedDeck(['# T', '', '## Linear search', '', 'The array:', '', ...rows, '', 'After it.', ''].join('\n'))
    expect(selectAll('table tr', tree).map((row) => text(row).replace(/\s+/g, ' ').trim())).toEqual(['Index 0 1', 'Key foo bar'])
    // (Not a delimiter row under its header, nor one a paragraph runs into.)
    const table = '| a | b |\n| - | - |\n| 1 | 2 |\n'
    expect(withHeaderlessTables(table)).toBe(table)
  })

  it('should read a line of the date alone under the title as the post’s date, where the frontmatter gives none', () => {
    // The same tutorial: `<p class="subtitle">March 2021</p>` under its `<h1>`.
    for (const line of ['<p class="subtitle">March 2021</p>', 'March 2021']) {
      const { tree } = renderedDeck(
        [
          '---',
          'title: How to implement a hash table (in C)',
          '---',
          '# How to implement a hash table (in C)',
          '',
          line,
          '',
          'Recently I wrote an article that compared a simple program that counts word frequencies across various languages.',
          '',
          '## Linear search',
          '',
          'The simplest option is to use linear search to scan through an array.',
          '',
        ].join('\n'),
      )
      expect(text(select('.lectern-title', tree))).toContain('March 2021')
      expect(text(select('section#linear-search', tree))).not.toContain('March 2021')
    }
  })

  it("should keep brackets set against a word's letters as part of the word", () => {
    // A post on MIME types: "No (mail)cap, fr fr" lost its pun as "No cap".
    expect(compress('No (mail)cap, fr fr.', 'en')?.text).toBe('No (mail)cap, fr fr')
    expect(compress('Upload the file(s) to the bucket before noon.', 'en')?.text).toBe('Upload the file(s) to the bucket before noon')
    // (An aside set off by a space is still an aside.)
    expect(compress('The cache (a Redis cluster) keeps sessions warm.', 'en')?.text).toBe('The cache keeps sessions warm')
  })

  it('should say whose words a component gives to someone by name', () => {
    // Xe's blog: `<Conv name="Mara" mood="hacker">` over a character's lines, read as the writer's own with its tags gone.
    const { tree } = renderedDeck(
      '# T\n\n## Interfaces\n\nThe writer says something first here about Go.\n\n<Conv name="Mara" mood="hacker">\nIn Go, you generally call interfaces with more methods more specific.\n</Conv>\n',
      'post.mdx',
    )
    expect(selectAll('aside.notes p', tree).map(text)).toContain(
      'Mara: In Go, you generally call interfaces with more methods more specific.',
    )
  })

  it('should say the line in italics under a picture that is not found as its caption, never show it as a point', () => {
    // Jan's benchmark post, its pictures not in the folder.
    const markdown = [
      '# T',
      '',
      '## NVIDIA GeForce RTX 3090 GPU',
      '',
      '![image](./_assets/3090s.jpg)',
      '*Our 3090 Machine, now used by one of our engineers to build Jan*',
      '',
      'The RTX 3090 is an older card with plenty of memory for these models.',
      '',
    ].join('\n')
    // (The build found no copy of the picture.)
    const tree = parseDeck(renderDeck(markdown, {}, new Map([['./_assets/3090s.jpg', null]])).html)
    expect(selectAll('.lectern-points li', tree).map(text)).toEqual([
      'The RTX 3090 is an older card with plenty of memory for these models',
    ])
    expect(text(select('aside.notes', tree))).toContain('Our 3090 Machine, now used by one of our engineers to build Jan')
  })

  it("should show every entry of an incident's timeline of a few dozen short lines", () => {
    // OpenStreetMap's post-mortem: 22 entries lost their last four, the finding among them, to "… (+4)".
    const entries = Array.from(
      { length: 22 },
      (_, index) =>
        `- 2022-06-${String(index + 1).padStart(2, '0')} - Notification of network maintenance ${index + 1} and ticket created: https://github.com/openstreetmap/operations/issues/${600 + index}`,
    )
    entries[21] = '- 2022-06-22 - Site visit - Test power failure scenario. STANDBY === NO POWER SUPPLIED'
    const { tree } = renderedDeck(['# T', '', '## Timeline', '', ...entries, ''].join('\n'))
    const shown = selectAll('section ul:not(.lectern-points) > li', tree).map(text)
    expect(shown).toHaveLength(22)
    expect(shown.join(' ')).not.toMatch(/\(\+\d+\)/)
  })

  it('should give no point to where the reader may comment or read others comment', () => {
    // Two blogs' last lines.
    expect(points('You can leave a comment below.')).toEqual([undefined])
    expect(points('You can go to the discussions on Hacker News, programming Reddit, and Lobsters.')).toEqual([undefined])
    expect(points('You can go to the store and buy a new laptop with more memory.')).toEqual([
      'You can go to the store and buy a new laptop with more memory',
    ])
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { importText } from '../../src/import/index.ts'
import { expectFixture } from '../helpers/fixtures.ts'
import { headings, parseMarkdown } from '../helpers/parse-markdown.ts'

const seed = readFileSync(new URL('../fixtures/seed/aws-founding-story.txt', import.meta.url), 'utf8')
const reference = readFileSync(new URL('../../content/aws-founding-story.md', import.meta.url), 'utf8')
const fixtures = new URL('../fixtures/import/text/', import.meta.url)

const imports = new Map<string, ReturnType<typeof importText>>()

/** A fixture's text, imported once for every test that only reads it. */
function fixture(name: string) {
  let file = imports.get(name)
  if (!file) {
    const path = `${name}/input.txt`
    imports.set(name, (file = importText(readFileSync(new URL(path, fixtures), 'utf8'), { path })))
  }
  return file
}

function warnings(file: ReturnType<typeof importText>) {
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)
}

describe('importText on the seed article', () => {
  const file = importText(seed, { path: 'aws-founding-story.txt' })
  const imported = parseMarkdown(String(file.value))
  const expected = parseMarkdown(reference)

  it('should produce the same frontmatter values as the hand-made conversion', () => {
    expect(imported.matter).toEqual(expected.matter)
    expect(imported.matter).toEqual({
      title: 'The Founding Story of AWS: How Amazon Built the Backbone of the Modern Internet',
      author: 'Vishnu Dileesh',
      description: expect.stringMatching(/^AWS was born from Amazon’s internal .* innovates digitally\.$/),
      tags: [
        'AWS founding story',
        'Amazon Web Services history',
        'cloud computing history',
        'AWS startup impact',
        'cloud computing pioneers',
      ],
      readingTime: '7 min read',
    })
  })

  it('should find the title and the 8 section headings', () => {
    expect(headings(imported.blocks)).toEqual([
      '# The Founding Story of AWS: How Amazon Built the Backbone of the Modern Internet',
      '## Seeds in Amazon’s Own Codebase',
      '## Andy Jassy’s Vision',
      '## The First Big Bets: S3 and EC2',
      '## Betting Against the Skeptics',
      '## Relentless Expansion',
      '## Democratizing Innovation',
      '## Lessons from AWS’s Founding',
      '## The Backbone of the Internet',
    ])
  })

  it('should produce the same blocks as the hand-made conversion', () => {
    expect(imported.blocks).toEqual(expected.blocks)
  })

  it('should write exactly the hand-made markdown, without warnings', () => {
    expect(file.value).toBe(reference)
    expect(file.messages).toEqual([])
  })

  it('should keep every paragraph byte-identical', () => {
    const body = seed.split('\n').slice(seed.split('\n').indexOf('cloud computing pioneers') + 1)
    const paragraphs = body.filter((line) => /[.!?”]$/.test(line))
    expect(paragraphs.length).toBeGreaterThan(30)
    const markdownLines = String(file.value).split('\n')
    for (const paragraph of paragraphs) expect(markdownLines).toContain(paragraph)
  })

  it('should not make headings of short paragraphs', () => {
    const kinds = new Map(imported.blocks.map((block) => [block.text, block.type]))
    expect(kinds.get('That’s the spark that lit AWS.')).toBe('paragraph')
    expect(kinds.get('Big data? Amazon EMR simplified running Hadoop clusters.')).toBe('paragraph')
    expect(kinds.get('Looking back, a few themes stand out.')).toBe('paragraph')
  })

  it('should not need two blank lines between sections', () => {
    expect(importText(seed.replaceAll('\n\n\n', '\n\n')).value).toBe(reference)
  })

  it('should find headings written directly above their first paragraph', () => {
    const tight = seed.replace(/\n\n\n(.+)\n\n/g, '\n\n\n$1\n')
    expect(tight).not.toBe(seed)
    const file = importText(tight)
    expect(file.value).toBe(reference)
    expect(file.messages).toEqual([])
  })

  it('should read the byline when its lines are not separated by blank lines', () => {
    const tight = seed.replace('Vishnu Dileesh\n\n', 'Vishnu Dileesh\n').replace('\n\n7 min read', '\n7 min read')
    expect(importText(tight).value).toBe(reference)
  })

  it('should import the body alone: no title, the same 8 sections', () => {
    const body = seed.slice(seed.indexOf('The founding story of Amazon'))
    const { matter, blocks } = parseMarkdown(String(importText(body).value))
    expect(matter).toEqual({})
    expect(blocks[0].type).toBe('paragraph')
    expect(headings(blocks)).toEqual(headings(expected.blocks).slice(1))
  })

  it('should read Windows line endings, a BOM and trailing whitespace like the plain file', () => {
    const messy = `\uFEFF${seed
      .split('\n')
      .map((line, index) => (index % 3 === 0 ? `${line}  \t` : line))
      .join('\r\n')}`
    expect(importText(messy).value).toBe(reference)
  })
})

describe('importText layout rules', () => {
  it('should keep short punctuated lines, curly quotes and dashes as paragraphs', () => {
    const { matter, blocks } = parseMarkdown(String(fixture('short-paragraphs').value))
    expect(matter).toEqual({
      title: 'Shipping on Fridays',
      author: 'Jordan Blake',
      description: 'Why our team stopped fearing the end of the week.',
      tags: ['deployment', 'culture'],
      readingTime: '4 min read',
    })
    expect(headings(blocks)).toEqual(['# Shipping on Fridays', '## What Changed'])
    expect(blocks.filter((block) => block.type === 'paragraph').map((block) => block.text)).toEqual([
      'We used to freeze deploys every Friday at noon. Nobody remembered who made the rule.',
      'That’s the rule we broke.',
      'Big risk? Small batches made it boring.',
      '“Ship it,” she said — and we did.',
      'Looking back, it was never about the day.',
      'Small batches, fast rollbacks, and good alerts matter more than the calendar.',
    ])
  })

  it('should take the first short line as the title when there is no byline block', () => {
    const file = fixture('no-byline')
    const { matter, blocks } = parseMarkdown(String(file.value))
    expect(matter).toEqual({ title: 'Notes on Caching' })
    expect(headings(blocks)).toEqual(['# Notes on Caching', '## Invalidation', '## Sizing'])
    expect(file.messages).toEqual([])
  })

  it('should write no title and no frontmatter when the text starts with a paragraph', () => {
    const { matter, blocks } = parseMarkdown(String(fixture('no-title').value))
    expect(matter).toEqual({})
    expect(blocks[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^This text has no byline/) })
    expect(headings(blocks)).toEqual(['## A Heading After All'])
  })

  it('should read a Medium-style byline: title, subtitle, author, reading time, date', () => {
    const file = fixture('medium-byline')
    const { matter, blocks } = parseMarkdown(String(file.value))
    expect(matter).toEqual({
      title: 'The Quiet Power of Boring Technology',
      author: 'Ana Ruiz',
      description: 'Why the best stack is the one you already understand',
      readingTime: '6 min read',
    })
    expect(headings(blocks)).toEqual(['# The Quiet Power of Boring Technology', '## Choose Boring'])
    expect(warnings(file)).toEqual([
      '7:1 Unexpected line "Follow" in the byline block; left out',
      '10:1 Unexpected line "Mar 3, 2024" among the tags; left out',
    ])
  })

  it('should escape markdown syntax so paragraphs render the words as typed', () => {
    const input = readFileSync(new URL('escaping/input.txt', fixtures), 'utf8')
    const { tree, blocks } = parseMarkdown(String(importText(input).value))
    expect(headings(blocks)).toEqual(['# Syntax in Prose'])
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'paragraph'])
    const paragraph = tree.children[2] as Paragraph
    // Only text: no emphasis, code or html was created from the characters. A bare URL in the
    // text is still autolinked by GFM, which renders the same words.
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'link', 'text'])
    expect(toString(paragraph.children[1])).toBe('http://x.example')
    expect(blocks[1].text).toBe(input.split('\n').slice(2).join('\n').trimEnd())
  })

  it('should turn plain-text bullets and numbers into markdown lists', () => {
    const { blocks } = parseMarkdown(String(fixture('lists').value))
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'heading', 'list', 'list'])
    expect(blocks[1].text).toBe('Bring these things:')
    expect(blocks[2]).toMatchObject({
      ordered: false,
      items: ['a tent', 'a stove', 'matches', 'wool socks', 'a hat'],
    })
    expect(blocks[4]).toMatchObject({ ordered: true, items: ['Pitch the tent.', 'Light the stove.', 'Make tea.'] })
    expect(blocks[5]).toMatchObject({
      ordered: false,
      items: ['star bullets work too', 'and wrapped items\ncontinue on the next line'],
    })
  })

  it('should keep ambiguous lines as paragraphs and warn with their line and column', () => {
    const file = fixture('ambiguous')
    const { blocks } = parseMarkdown(String(file.value))
    expect(headings(blocks)).toEqual(['# Edge Cases', '## Another short line follows it', '## Part Two: The Fix'])
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [5, 1, 'ambiguous-heading'],
      [8, 1, 'ambiguous-heading'],
      [12, 1, 'ambiguous-heading'],
      [16, 1, 'ambiguous-heading'],
      [26, 1, 'ambiguous-heading'],
    ])
    expect(file.messages[0].reason).toMatch(/^Ambiguous line "Two short lines": .*followed by another short line/)
    expect(file.messages[1].reason).toMatch(/"Note: this matters": .*colon/)
    expect(file.messages[2].reason).toMatch(/"Why Now\?": .*ends with "\?"/)
    expect(file.messages[3].reason).toMatch(/"Questions worth asking": .*followed by another short line/)
    expect(file.messages[4].reason).toMatch(/"Closing remarks without a full stop": .*last line/)
    for (const text of ['Two short lines\nOne after the other', 'Note: this matters', 'Why Now?', 'Questions worth asking']) {
      expect(blocks).toContainEqual({ type: 'paragraph', text })
    }
  })

  it('should keep hard-wrapped paragraphs whole and still find their headings', () => {
    const file = fixture('hard-wrapped')
    const { blocks } = parseMarkdown(String(file.value))
    expect(headings(blocks)).toEqual(['# Wrapped Text', '## Another Section'])
    expect(blocks.filter((block) => block.type === 'paragraph')).toHaveLength(2)
    expect(file.messages).toEqual([])
  })

  it('should be deterministic', () => {
    expect(importText(seed).value).toBe(importText(seed).value)
  })
})

// Each fixture folder holds `input.txt` and the expected `output.md`;
// run with UPDATE_FIXTURES=1 to rewrite the expectations after a deliberate change.
describe('importText fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(`should convert ${name}/input.txt to ${name}/output.md`, () => {
      const actual = String(fixture(name).value)
      const expectedUrl = new URL(`${name}/output.md`, fixtures)
      expectFixture(actual, expectedUrl)
    })
  }
})

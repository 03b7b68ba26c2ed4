import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { importArticle } from '../../src/import/index.ts'
import { normalize, parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

const articlePath = fileURLToPath(new URL('../../content/aws-founding-story.md', import.meta.url))
const seedPath = fileURLToPath(new URL('../fixtures/seed/aws-founding-story.txt', import.meta.url))
const markdown = readFileSync(articlePath, 'utf8')
const seed = readFileSync(seedPath, 'utf8')

/** The seed's paragraphs: its blocks after the byline (author, title, summary, reading time and tags), less the section headings. */
const headings = [
  'Seeds in Amazon’s Own Codebase',
  'Andy Jassy’s Vision',
  'The First Big Bets: S3 and EC2',
  'Betting Against the Skeptics',
  'Relentless Expansion',
  'Democratizing Innovation',
  'Lessons from AWS’s Founding',
  'The Backbone of the Internet',
]
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .slice(4)
  .filter((block) => block && !headings.includes(block))

describe('the AWS talk', () => {
  const rendered = renderDeck(new VFile({ path: articlePath, value: markdown }))
  const tree = parseDeck(rendered.html)

  it('should have the title group and one group per section, named by its heading', () => {
    const groups = selectAll('section.lectern-group', tree)
    expect(groups).toHaveLength(9)
    const titles = groups.slice(1).map((group) => text(select('section > h2', group)))
    expect(titles).toEqual(headings)
  })

  it('should show the title, description and author on the title slide', () => {
    const title = select('section.lectern-title', tree)
    expect(text(select('h1', title))).toBe('The Founding Story of AWS: How Amazon Built the Backbone of the Modern Internet')
    expect(text(select('.lectern-author', title))).toBe('Vishnu Dileesh')
    expect(text(select('.lectern-description', title))).toMatch(/^AWS was born from Amazon’s internal infrastructure struggles/)
  })

  it('should put every paragraph of the article, complete and in order, in the speaker notes', () => {
    expect(paragraphs.length).toBeGreaterThan(30)
    const notes = selectAll('aside.notes p', tree).map((p) => text(p))
    expect(notes).toEqual(paragraphs.map(normalize))
  })

  it('should say the intro paragraphs on a slide of their own under the title, with a point', () => {
    expect(selectAll('section.lectern-title aside.notes p', tree)).toEqual([])
    const opening = slidesOf(tree)[1]
    // Its heading says what it is; its one point opens the talk as a statement, the heading kept for outlines and marked to be hidden.
    expect(text(select('h2', opening))).toBe('Introduction')
    expect(opening.properties.className).toContain('lectern-opening')
    expect(slidesOf(tree).filter((slide) => String(slide.properties.className).includes('lectern-opening'))).toEqual([opening])
    expect(selectAll('ul.lectern-points > li', opening).length).toBeGreaterThan(0)
    const notes = selectAll('aside.notes p', opening).map((p) => text(p))
    expect(notes[0]).toMatch(/^The founding story of Amazon Web Services/)
    expect(notes.at(-1)).toBe('That’s the spark that lit AWS.')
  })

  it('should give every content slide one to five short key points', () => {
    // (The opening, said before the first section, is checked above: its paragraphs tell one story, one point of it shown.)
    for (const slide of slidesOf(tree)
      .filter((slide) => !select('h1', slide))
      .slice(1)) {
      // A statement slide shows its one short sentence whole, in place of its key point.
      const points = selectAll('ul.lectern-points > li, p.lectern-statement', slide).map((li) => text(li))
      const notes = selectAll('aside.notes > p', slide)
      // Every paragraph is said; one that only counts the lessons after it ("A few themes stand out") has no point.
      expect(points.length).toBeGreaterThanOrEqual(Math.min(notes.length, Math.max(1, notes.length - 1)))
      expect(points.length).toBeLessThanOrEqual(Math.min(5, notes.length))
      for (const point of points) expect(point.split(' ').length).toBeLessThanOrEqual(16)
    }
  })

  it('should time each slide from its notes at 130 words per minute', () => {
    for (const slide of slidesOf(tree)) {
      const words = text(select('aside.notes', slide)).split(' ').length
      const timing = Number(slide.properties.dataTiming)
      expect(timing).toBeGreaterThanOrEqual(Math.max(10, Math.round((words * 60) / 130)))
    }
    expect(rendered.deck.seconds).toBeGreaterThan(8 * 60)
    expect(rendered.deck.seconds).toBeLessThan(12 * 60)
  })

  it('should render the same deck from the plain-text seed as from the markdown', () => {
    const imported = importArticle(seed, { path: seedPath })
    const fromText = renderDeck(new VFile({ path: seedPath, value: String(imported.value) }))
    expect(fromText.html).toBe(rendered.html)
  })
})

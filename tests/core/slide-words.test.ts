import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

function slides(markdown: string) {
  return slidesOf(parseDeck(renderDeck(new VFile({ path: 'talk.md', value: markdown })).html)).slice(1)
}

/** The `n`th `## ` section of a corpus article, its heading included. */
function section(article: string, n: number): string {
  const source = readFileSync(new URL(`../fixtures/articles/${article}/index.md`, import.meta.url), 'utf8')
  return source.split(/^(?=## )/m)[n]
}

/** Slides that show a picture, listing, list or embedded post and no point: nothing to say over them. */
const silent = (found: ReturnType<typeof slides>) =>
  found.filter(
    (slide) =>
      selectAll(
        ':scope > pre, :scope > p img, :scope > p .lectern-missing-image, :scope > ol, :scope > ul:not(.lectern-points), :scope > blockquote',
        slide,
      ).length > 0 && selectAll('.lectern-points li', slide).length === 0,
  )

describe('every visual with words to say over it', () => {
  it('should show a section’s opening picture beside the points of the paragraphs after it', () => {
    // A picture, then three paragraphs: one slide of the picture alone gave the speaker nothing to say.
    const found = slides(`# T\n\n${section('claude-code-macos-essay', 2)}`)
    expect(silent(found)).toEqual([])
    expect(found).toHaveLength(1)
    expect(selectAll('img', found[0])).toHaveLength(1)
    expect(selectAll('.lectern-points li', found[0]).length).toBeGreaterThanOrEqual(2)
  })

  it('should keep a list that ends a section on the slide of the sentence that introduces it', () => {
    // A Vue guide in Arabic: two listings each after its sentence, then a numbered list after its own.
    const found = slides(`# T\n\n${section('ar-vue-plugins', 1)}`)
    expect(silent(found)).toEqual([])
    const list = found.find((slide) => select(':scope > ol', slide))
    // Its lead-in ends in a colon and is no point: the list goes with the slide before, and the lead-in is said there.
    expect(text(select('aside.notes', list))).toContain('لا يوجد نطاق محدد بالضبط للملحق')
  })

  it('should give a slide of an embedded post the post’s words in its notes', () => {
    const tweet = (words: string) =>
      `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${words} <img src="https://example.com/photo.jpg"></p>&mdash; Jason Danner (@jpdanner) <a href="https://twitter.com/x">October 17, 2019</a></blockquote>`
    const markdown = `# T\n\n## Storm\n\nJason captured a very cool tweet storm of my talk, and I will reproduce it below.\n\n${tweet('Plan of attack for challenge 2')}\n\n${tweet('Modify the timestamp and... Loot for challenge 2!')}\n`
    const found = slides(markdown)
    const last = found.at(-1)!
    expect(text(select('aside.notes', last))).toContain('Post: Modify the timestamp and... Loot for challenge 2! — Jason Danner')
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

/*
 * Slides' rhythm on whole articles of the corpus, each as long as its author wrote it: the
 * shapes a structure rule must give on real posts, where a made-up article in the unit tests
 * could miss what the rule met.
 */

/** The slides after the title slide of a corpus article. */
function slides(name: string) {
  const value = readFileSync(new URL(`../fixtures/articles/${name}/index.md`, import.meta.url), 'utf8')
  return slidesOf(parseDeck(renderDeck(new VFile({ path: 'index.md', value })).html)).slice(1)
}

describe('slides with rhythm, on whole articles', () => {
  it('should join two thin slides in a row of one section, even across its topics', () => {
    // As Electric's "Untangling the LLM spaghetti": no two thin slides of its one section in a row.
    const found = slides('electric-llm-spaghetti-opinion')
    const thin = (slide: (typeof found)[number]) =>
      selectAll(':scope > :not(h2, aside, .lectern-kicker)', slide).length <= 1 &&
      selectAll('.lectern-points > li', slide).length <= 2 &&
      selectAll('pre, img, table', slide).length === 0
    const pairs = found.filter(
      (slide, index) =>
        index > 0 && String(slide.properties.className).includes('lectern-continued') && thin(slide) && thin(found[index - 1]),
    )
    expect(pairs.map((slide) => text(select('h2', slide)))).toEqual([])
    const joined = found.find((slide) => text(slide).includes('You see the problem already'))!
    expect(text(select('h2', joined))).toBe('Introduction: sync engine')
    // (Its three points, and the lead-in of the listing the slide goes on to show where the next paragraph leans on them.)
    const shown = selectAll('.lectern-points > li:not(.lectern-lead-in)', joined).map(text)
    expect(shown).toEqual([
      "More stale data when components don't re-fetch on update",
      'Declarative data dependencies and a sync engine',
      'Start with a logical data model',
    ])
  })

  it('should carry a topic’s title on to its slides that go on with it, not the section’s bare "(cont.)"', () => {
    // Go's ISMM keynote transcript: one long section, its topics named in a slide or two each.
    const goingOn = slides('go-blog-ismm-keynote-transcript').filter((slide) => {
      const topic = /^The Transcript: (.+) \(cont\.\)$/.exec(text(select('h2', slide)))?.[1]
      return topic !== undefined && !text(select('aside.notes', slide)).toLowerCase().includes(topic.toLowerCase())
    })
    expect(goingOn.length).toBeGreaterThan(0)
  })

  it('should say a part after a `---` that shows nothing on the slide before, also when that slide is titled by a topic', () => {
    // React's "Sunsetting Create React App": its last `---` part holds only a footnote-like line.
    const empty = slides('react-sunsetting-cra-announcement').filter(
      (slide) => selectAll(':scope > :not(h2, aside, .lectern-kicker)', slide).length === 0,
    )
    expect(empty.map((slide) => text(select('h2', slide)))).toEqual([])
  })
})

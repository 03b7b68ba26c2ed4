/** Slides `from` to `to`, counted from 1, both included: the deck app's `slides=FROM-TO` parameter. */
export interface SlideRange {
  from: number
  to: number
}

/**
 * Cut a deck into `parts` runs of whole slide groups, as even as the groups allow, so that
 * each part's bookmarks nest as they do in the whole deck. Fewer parts when there are fewer
 * groups. Pure.
 */
export function splitForPrinting(outline: ReadonlyArray<{ slides: readonly unknown[] }>, parts: number): SlideRange[] {
  const total = outline.reduce((sum, group) => sum + group.slides.length, 0)
  const ranges: SlideRange[] = []
  let from = 1
  let seen = 0
  for (const [index, group] of outline.entries()) {
    seen += group.slides.length
    const target = (total * (ranges.length + 1)) / parts
    const last = index === outline.length - 1
    if (last || (ranges.length < parts - 1 && seen >= target)) {
      ranges.push({ from, to: seen })
      from = seen + 1
    }
  }
  return ranges.filter((range) => range.to >= range.from)
}

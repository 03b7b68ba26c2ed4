import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'

/*
 * Build-up (`incremental: true`): on each content slide, the key points and the items of the
 * lists it shows appear one at a time, as Reveal fragments. Runs after the safety step, so
 * the classes are lectern's own and not the sanitizer's to judge.
 *
 * What does not build up: the title slide (its byline belongs with its title), a statement or
 * a passage or a quote slide (one thing to say), a slide with a single item (a step that shows only the
 * heading gains nothing), nested list items (they come with their parent), and the notes.
 */

/** Slide layouts (see slide-kinds.ts) that hold one thing and never build up. */
const wholeLayouts = new Set(['lectern-statement', 'lectern-passage', 'lectern-quote'])

/** Mark the items of every slide as fragments when the deck is `incremental`. */
export function rehypeIncremental() {
  return function (tree: Root, file: VFile) {
    if (!file.data.options?.incremental) return
    for (const slide of leafSlides(tree)) buildUp(slide)
  }
}

/** Every slide `<section>` holding no other. */
function leafSlides(tree: Root): Element[] {
  const slides: Element[] = []
  for (const group of tree.children) {
    if (!isSection(group)) continue
    for (const slide of group.children) if (isSection(slide) && !slide.children.some(isSection)) slides.push(slide)
  }
  return slides
}

/** Make the slide's items fragments, in reading order, when it has two or more. */
export function buildUp(slide: Element): void {
  const classes = classList(slide)
  if (!classes.includes('lectern-slide') || classes.some((name) => wholeLayouts.has(name))) return
  const items = slide.children.filter(isList).flatMap((list) => list.children.filter(isItem))
  if (items.length < 2) return
  for (const item of items) {
    const classes = classList(item)
    if (!classes.includes('fragment')) item.properties.className = [...classes, 'fragment']
  }
}

function isSection(node: Root['children'][number] | ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'section'
}

function isList(node: ElementContent): node is Element {
  return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')
}

function isItem(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'li'
}

function classList(node: Element): string[] {
  const value = node.properties.className as unknown
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { Notes, OutlineGroup, Slide } from './types.ts'
import { countWords } from './words.ts'

/** Seconds the speaker spends on a visual block (code, table, image…) beyond the notes. */
const secondsPerVisual = 8
/** No slide is shown for less than this. */
const minimumSeconds = 10

/**
 * Sets each slide's `seconds` from its notes' length at `wordsPerMinute`, and records the
 * outline and the talk's total on `file.data.deck`.
 */
export function remarkPacing() {
  return function (tree: Root, file: VFile) {
    const deck = file.data.deck!
    const { wordsPerMinute } = deck.options
    const outline: OutlineGroup[] = []
    for (const group of tree.children) {
      if (group.type !== 'slideGroup') continue
      const entry: OutlineGroup = { id: group.id, title: group.title, slides: [], seconds: 0 }
      for (const slide of group.children) {
        slide.seconds = slideSeconds(slide, wordsPerMinute)
        entry.slides.push({ id: slide.id, title: slide.title, seconds: slide.seconds })
        entry.seconds += slide.seconds
      }
      outline.push(entry)
    }
    deck.outline = outline
    deck.seconds = outline.reduce((sum, group) => sum + group.seconds, 0)
    deck.slideCount = outline.reduce((sum, group) => sum + group.slides.length, 0)
  }
}

/** Speaking time for one slide: its notes at the speaking rate, plus time for each visual block. */
export function slideSeconds(slide: Slide, wordsPerMinute: number): number {
  let words = 0
  let visuals = 0
  for (const child of slide.children) {
    if (child.type === 'notes') words += notesWords(child)
    else if (child.type !== 'slideTitle' && child.type !== 'keyPoints') visuals++
  }
  return Math.max(minimumSeconds, Math.round((words * 60) / wordsPerMinute) + visuals * secondsPerVisual)
}

/** Words in the notes, counted per text node: `toString` would run paragraphs together. */
function notesWords(notes: Notes): number {
  let words = 0
  visit(notes, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += countWords(node.value)
  })
  return words
}

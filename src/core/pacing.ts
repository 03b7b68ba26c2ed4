import type { Root } from 'mdast'
import { SKIP, visit } from './visit.ts'
import type { VFile } from 'vfile'
import type { Notes, OutlineGroup, Slide } from './types.ts'
import { speechLength, type SpeechLength } from './key-points/text.ts'
import type { DeckOptions } from './options.ts'

/** Seconds the speaker spends on a visual block (code, table, image…) beyond the notes. */
const secondsPerVisual = 8
/** No slide is shown for less than this. */
const minimumSeconds = 10

/**
 * Sets each slide's `seconds` from its notes' length at `wordsPerMinute` (CJK text at
 * `charactersPerMinute`), and records the
 * outline and the talk's total on `file.data.deck`.
 */
export function remarkPacing() {
  return function (tree: Root, file: VFile) {
    const deck = file.data.deck!
    const { lang } = deck.meta
    const outline: OutlineGroup[] = []
    for (const group of tree.children) {
      if (group.type !== 'slideGroup') continue
      const entry: OutlineGroup = { id: group.id, title: group.title, slides: [], seconds: 0 }
      for (const slide of group.children) {
        slide.seconds = slideSeconds(slide, deck.options, lang)
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
export function slideSeconds(slide: Slide, rates: Pick<DeckOptions, 'wordsPerMinute' | 'charactersPerMinute'>, lang = 'en'): number {
  const length: SpeechLength = { words: 0, characters: 0 }
  let visuals = 0
  for (const child of slide.children) {
    if (child.type === 'notes') addNotesLength(child, lang, length)
    // (A deeper heading shown over what it heads is read at a glance, as the title is.)
    else if (child.type !== 'slideTitle' && child.type !== 'keyPoints' && child.type !== 'heading') visuals++
  }
  return Math.max(minimumSeconds, Math.round(speakingSeconds(length, rates)) + visuals * secondsPerVisual)
}

/** Seconds to say so many words and CJK characters at the talk's rates. */
export function speakingSeconds(length: SpeechLength, rates: Pick<DeckOptions, 'wordsPerMinute' | 'charactersPerMinute'>): number {
  return (length.words * 60) / rates.wordsPerMinute + (length.characters * 60) / rates.charactersPerMinute
}

/** Words and CJK characters in the notes, counted per text node: `toString` would run paragraphs together. */
function addNotesLength(notes: Notes, lang: string, length: SpeechLength): void {
  visit(notes, (node) => {
    if ('data' in node && (node.data as { lecternUnsaid?: boolean } | undefined)?.lecternUnsaid) return SKIP
    // A footnote (a citation, an aside) is there for the speaker to mention, not to read out.
    if (node.type === 'footnoteDefinition') return SKIP
    if (node.type !== 'text' && node.type !== 'inlineCode') return
    const part = speechLength(node.value, lang)
    length.words += part.words
    length.characters += part.characters
  })
}

import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { sentencesOf } from './key-points/index.ts'
import { countWords } from './words.ts'

/*
 * A list whose items are whole paragraphs (a "tips" list, numbered steps of several sentences
 * each) is prose set as a list. Shown as written it fills slides with paragraphs at reduced
 * size; a speaker treats each item as a paragraph: a short point on the slide, the item
 * complete in the notes, its number kept where the list is numbered.
 */

/** Words an item needs to be a paragraph: a few sentences of prose, not a line of a list. */
const paragraphWords = 30
/** Words that make an item a paragraph even as one sentence. */
const longSentenceWords = 45
/** Share of a list's items that must be paragraphs for the list to be read as prose. */
const proseShare = 1 / 2

/** One item of a prose list: the paragraph its key point is chosen from, and what the notes say. */
export interface ProseItem {
  /** The item's paragraphs as one, for its key point (and its run-in label, when it opens with one). */
  paragraph: Paragraph
  /** The item as a list of its own, numbered as in the article, for the notes. */
  said: List
  /** Its number in an ordered list. */
  number?: number
}

/** The items of a list that is prose (see above), or undefined for a list to show as it is. */
export function proseItems(list: List, lang: string): ProseItem[] | undefined {
  const items = list.children
  if (items.length === 0 || !items.every(isProse)) return undefined
  const paragraphs = items.filter((item) => isParagraphLong(toString(item), lang)).length
  if (paragraphs < Math.max(1, items.length * proseShare)) return undefined
  const start = list.start ?? 1
  return items.map((item, index) => {
    const number = list.ordered ? start + index : undefined
    return {
      paragraph: joined(item),
      said: { ...list, start: number ?? list.start, children: [item], position: item.position },
      number,
    }
  })
}

/** An item of paragraphs only: an item with code, a picture, a table or a list of its own is shown. */
function isProse(item: ListItem): boolean {
  return (
    item.checked == null &&
    item.children.length > 0 &&
    item.children.every(
      (child) =>
        child.type === 'paragraph' && child.children.every((inline) => inline.type !== 'image' && inline.type !== 'imageReference'),
    )
  )
}

function isParagraphLong(text: string, lang: string): boolean {
  const words = countWords(text, lang)
  return words >= longSentenceWords || (words >= paragraphWords && sentencesOf(text, lang).length >= 2)
}

/** An item's paragraphs as one paragraph, a space between them. */
function joined(item: ListItem): Paragraph {
  const children: PhrasingContent[] = []
  for (const paragraph of item.children as Paragraph[]) {
    if (children.length > 0) children.push({ type: 'text', value: ' ' })
    children.push(...structuredClone(paragraph.children))
  }
  return { type: 'paragraph', children, position: item.position }
}

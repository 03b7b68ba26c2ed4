import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { sentencesOf } from './key-points/index.ts'
import { boldText } from './bold-headings.ts'
import { countWords } from './words.ts'
import { picturesOnly } from './pictures.ts'

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
  /** The item's opening paragraphs as one, for its key point (and its run-in label, when it opens with one). */
  paragraph: Paragraph
  /** Those paragraphs as a list item of their own, numbered as in the article, for the notes. */
  said: List
  /** Its number in an ordered list. */
  number?: number
  /** What the item holds after its opening paragraphs (code, a picture, a list, more paragraphs): shown and said as usual. */
  rest: RootContent[]
}

/** The items of a list that is prose (see above), or undefined for a list to show as it is. */
export function proseItems(list: List, lang: string): ProseItem[] | undefined {
  const items = list.children
  if (items.length === 0 || !items.every(opensWithProse)) return undefined
  // "…of yore:\n- the additional input t makes…;\n- we care about the output…": items that go on
  // the sentence before the list, in lower case and joined by semicolons, are its clauses, shown as a list.
  const texts = items.map((item) => toString({ type: 'root', children: openingOf(item) }).trim())
  if (texts.every((text) => /^\p{Ll}/u.test(text)) && texts.some((text) => /[;；]$|,\s*(?:and|or)$/u.test(text))) return undefined
  const paragraphs = items.filter((item) => isParagraphLong(toString({ type: 'root', children: openingOf(item) }), lang)).length
  if (paragraphs < Math.max(1, items.length * proseShare)) return undefined
  const start = list.start ?? 1
  return items.map((item, index) => {
    const opening = openingOf(item)
    const number = list.ordered ? start + index : undefined
    const said: ListItem = { ...item, children: opening }
    return {
      paragraph: joined(opening, item),
      said: { ...list, start: number ?? list.start, children: [said], position: item.position },
      number,
      rest: item.children.slice(opening.length) as RootContent[],
    }
  })
}

/** An item that opens with words: a paragraph without a picture, and no task box. */
function opensWithProse(item: ListItem): boolean {
  const [first] = item.children
  return (
    item.checked == null &&
    first?.type === 'paragraph' &&
    first.children.every((inline) => inline.type !== 'image' && inline.type !== 'imageReference')
  )
}

/**
 * The paragraphs an item opens with, up to its first other block, or its first picture: a
 * paragraph that is only pictures ("![](img/RNN-encoding.png)" under an item's words) is shown
 * with what follows it, not read as words of the item's point.
 */
function openingOf(item: ListItem): Paragraph[] {
  const end = item.children.findIndex((child, index) => child.type !== 'paragraph' || (index > 0 && picturesOnly(child)))
  return item.children.slice(0, end === -1 ? undefined : end) as Paragraph[]
}

function isParagraphLong(text: string, lang: string): boolean {
  const words = countWords(text, lang)
  return words >= longSentenceWords || (words >= paragraphWords && sentencesOf(text, lang).length >= 2)
}

/**
 * Paragraphs as one paragraph, a space between them, placed where the item is. A line break
 * is a space too, and ends a bold label set on a line of its own (`<b>Label</b><br>Text` reads
 * "Label. Text", not "LabelText").
 */
function joined(paragraphs: Paragraph[], item: ListItem): Paragraph {
  const children: PhrasingContent[] = []
  let labelled = false
  for (const [index, paragraph] of paragraphs.entries()) {
    // A sentence in bold alone over the item's other paragraphs (an interview's "1. __Tell us
    // about yourself.__" or "__How did you first get involved?__" over the answer) asks for what
    // they say: the point is in the answer, never the prompt. (The item says it whole in the notes.)
    if (index === 0 && paragraphs.length > 1 && isBoldSentence(paragraph)) continue
    // ("1. **No CloudFormation**" or "3. `sst.config.ts`" alone over the item's words (review 115, SST's release post): a
    // label on a paragraph of its own names the item, as a run-in label closed by its colon does; joined by a space only,
    // it was read as the item's first words, and the slide showed neither the label nor the change it names.)
    if (index === 0 && paragraphs.length > 1 && isLabelAlone(paragraph)) {
      const [label] = paragraph.children
      children.push(label.type === 'strong' ? structuredClone(label) : { type: 'strong', children: [structuredClone(label)] }, {
        type: 'text',
        value: ': ',
      })
      labelled = true
      continue
    }
    // (Where one paragraph of the item ends and the next begins: see paginate.ts's `openingClause`.)
    if (children.length > 0) children.push({ type: 'text', value: ' ', data: { lecternJoint: true } })
    children.push(
      ...structuredClone(paragraph.children).map((child, index, all): PhrasingContent => {
        if (child.type !== 'break') return child
        // A bold label on a line of its own ends there, as a run-in label does with its stop.
        const label = index === 1 && all[0].type === 'strong' && !/[.:!?]\s*$/.test(toString(all[0]))
        return { type: 'text', value: label ? '. ' : ' ' }
      }),
    )
  }
  return { type: 'paragraph', children, position: item.position, data: { lecternListed: true, ...(labelled && { lecternLabelled: true }) } }
}

declare module 'mdast' {
  interface TextData {
    /** The space that joins two paragraphs of a list item said as one (see above). */
    lecternJoint?: boolean
  }
  interface ParagraphData {
    /** An item of a list the writer made, said as a paragraph of its own (see above): its run-in label is one of the list's. */
    lecternListed?: boolean
    /** Its label stood on a paragraph of its own (see above): it names the item, whatever its words. */
    lecternLabelled?: boolean
  }
}

/** Words at most of a label on a paragraph of its own. */
const maxLabelWords = 6

/** A paragraph that is only a short phrase in bold or code, without a stop: a label ("**No CDK**", "`sst dev`"). */
function isLabelAlone(paragraph: Paragraph): boolean {
  const shown = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (shown.length !== 1 || (shown[0].type !== 'strong' && shown[0].type !== 'inlineCode')) return false
  const text = toString(shown[0]).trim()
  return text !== '' && !/[.:!?。：！？]$/u.test(text) && text.split(/\s+/).length <= maxLabelWords
}

/** A paragraph of bold alone (spaces around it aside) that is a sentence: it ends in a stop, a question or an exclamation mark. */
function isBoldSentence(paragraph: Paragraph): boolean {
  return /[.!?？。！]["'”’)]*$/u.test(boldText(paragraph) ?? '')
}

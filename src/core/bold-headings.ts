import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { countWords } from './words.ts'

/** Words of a bold line at most that may head a part: more is an emphasised sentence. */
const maxWords = 8
/** The same in Chinese, Japanese or Korean, in characters. */
const maxCharacters = 20
/** Bold lines an article needs before they are its headings: one alone is emphasis. */
const minHeadings = 2
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * An article without a heading whose parts each open with a line of bold alone
 * (`**Future Work**`, as posts pasted from a word processor or an old blog engine set them):
 * those lines are its section headings (`##`). Only when no block is a heading already, and at
 * least two lines qualify; a bold line that is a sentence or introduces what follows (it ends
 * in a stop, a question mark or a colon) stays a paragraph, as does one with nothing after it.
 * Pure: returns the blocks, the lines replaced.
 */
export function boldHeadings(blocks: RootContent[], lang: string): RootContent[] {
  if (blocks.some((block) => block.type === 'heading')) return blocks
  const found = blocks.flatMap((block, index) => {
    const label = block.type === 'paragraph' && index < blocks.length - 1 ? boldLine(block, lang) : undefined
    return label ? [index] : []
  })
  // Two bold lines in a row are a list set in bold, not two parts with nothing in the first.
  if (found.length < minHeadings || found.some((index, at) => found[at + 1] === index + 1)) return blocks
  return blocks.map((block, index) => {
    if (!found.includes(index)) return block
    const strong = (block as Paragraph).children.find((child) => child.type === 'strong')!
    const heading: Heading = { type: 'heading', depth: 2, children: strong.children as PhrasingContent[], position: block.position }
    return heading
  })
}

/** The paragraph's bold line, when it is one short phrase of bold and nothing else. */
function boldLine(paragraph: Paragraph, lang: string): string | undefined {
  const shown = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (shown.length !== 1 || shown[0].type !== 'strong') return undefined
  const text = toString(shown[0]).replace(/\s+/g, ' ').trim()
  if (text === '' || /[.!?:;。！？：；]["'”’)）]*$/u.test(text)) return undefined
  return (cjk.test(text) ? text.length <= maxCharacters : countWords(text, lang) <= maxWords) ? text : undefined
}

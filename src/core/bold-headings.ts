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
 * those lines are its section headings (`##`), when at least two lines qualify. In an article
 * with headings, a bold line under one heads a part of its section (`**Mentoring**` under `##
 * Lessons learned`): a heading one level deeper. A bold line that is a sentence or introduces
 * what follows (it ends in a stop, a question mark or a colon) stays a paragraph, as does one
 * with nothing after it, and two in a row (a list set in bold, not a part with nothing in it).
 * Pure: returns the blocks, the lines replaced.
 */
export function boldHeadings(blocks: RootContent[], lang: string): RootContent[] {
  const headed = blocks.some((block) => block.type === 'heading')
  const found = blocks.flatMap((block, index) => {
    const next = blocks[index + 1]
    const label = block.type === 'paragraph' && next && next.type !== 'heading' ? boldLine(block, lang) : undefined
    return label ? [index] : []
  })
  const inRow = (index: number) => found.includes(index - 1) || found.includes(index + 1)
  if (!headed) {
    if (found.length < minHeadings || found.some(inRow)) return blocks
    return blocks.map((block, index) => (found.includes(index) ? headingOf(block as Paragraph, 2) : block))
  }
  let depth: number | undefined
  return blocks.map((block, index) => {
    if (block.type === 'heading') depth = block.depth
    if (depth === undefined || !found.includes(index) || inRow(index)) return block
    return headingOf(block as Paragraph, Math.min(6, depth + 1) as Heading['depth'])
  })
}

/** A bold line as a heading of its words. */
function headingOf(paragraph: Paragraph, depth: Heading['depth']): Heading {
  const strong = paragraph.children.find((child) => child.type === 'strong')!
  return { type: 'heading', depth, children: strong.children as PhrasingContent[], position: paragraph.position }
}

/** The paragraph's bold line, when it is one short phrase of bold and nothing else. */
function boldLine(paragraph: Paragraph, lang: string): string | undefined {
  const shown = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (shown.length !== 1 || shown[0].type !== 'strong') return undefined
  const text = toString(shown[0]).replace(/\s+/g, ' ').trim()
  if (text === '' || /[.!?:;。！？：；]["'”’)）]*$/u.test(text)) return undefined
  return (cjk.test(text) ? text.length <= maxCharacters : countWords(text, lang) <= maxWords) ? text : undefined
}

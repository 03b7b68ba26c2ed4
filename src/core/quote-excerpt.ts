import type { Blockquote, Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isCjk, sentencesOf } from './key-points/text.ts'
import { countWords } from './words.ts'

/** Words a quotation shows at most on its slide; the notes (and the handout) hold it whole. */
const shownQuoteWords = 60

/** Words past which a quotation is shown as an excerpt: one a little longer than that is shown whole. */
const longQuoteWords = 90

/**
 * How many characters of Chinese, Japanese or Korean take a word's room on a slide's line: about
 * three (a line holds some twelve words of English, some forty characters).
 */
const cjkScale = 3

/** The mark of words left out of a quotation, as quoting writers set it. */
const leftOut = '[…]'

/**
 * The start of a long quotation, for its slide: a podcast's transcript, a letter, a page of a
 * book ("[Adam]: When these kinds of situations crop up…", two hundred words) shrank to print too
 * small to read, or ran over several slides of quotation alone. The slide shows its first whole
 * sentences, up to about sixty words, and "[…]" where the rest is left out; the speaker's notes,
 * and so the handout, hold it whole. Only a quotation of paragraphs: a callout box (`> [!NOTE]`),
 * or one holding a list, code or a picture, is shown as before.
 * Returns `undefined` when the quotation is shown whole.
 */
export function quoteExcerptOf(quote: Blockquote, lang: string): Blockquote | undefined {
  if (quote.data?.hProperties) return undefined
  if (!quote.children.every((child) => child.type === 'paragraph' && child.children.every((inline) => inline.type !== 'image')))
    return undefined
  const paragraphs = quote.children as Paragraph[]
  const scale = isCjk(toString(quote)) ? cjkScale : 1
  const words = paragraphs.map((paragraph) => countWords(toString(paragraph), lang) / scale)
  if (words.reduce((sum, count) => sum + count, 0) <= longQuoteWords) return undefined
  const shown: Paragraph[] = []
  let total = 0
  for (const [index, paragraph] of paragraphs.entries()) {
    // A paragraph that fits whole keeps its emphasis and links.
    if (total + words[index] <= shownQuoteWords) {
      shown.push(paragraph)
      total += words[index]
      continue
    }
    // Of the paragraph that would pass the limit, the sentences that fit (the first one at least, when nothing is shown yet).
    const kept: string[] = []
    for (const sentence of sentencesOf(toString(paragraph).replace(/\s+/g, ' '), lang)) {
      const count = countWords(sentence, lang) / scale
      if (total + count > shownQuoteWords && (kept.length > 0 || shown.length > 0)) break
      kept.push(sentence.trim())
      total += count
    }
    if (kept.length > 0) shown.push({ type: 'paragraph', children: [{ type: 'text', value: `${kept.join(' ')} ${leftOut}` }] })
    else {
      const last = shown[shown.length - 1]
      shown[shown.length - 1] = { ...last, children: [...last.children, { type: 'text', value: ` ${leftOut}` }] }
    }
    break
  }
  return { ...quote, children: shown }
}

import type { Blockquote, Heading, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isCjk, sentencesOf } from './key-points/text.ts'
import { countWords } from './words.ts'
import { isPersonName } from './person-names.ts'

/** Words a quotation shows at most on its slide; the notes (and the handout) hold it whole. */
const shownQuoteWords = 60

/** Words a part of a quotation under its own heading shows at least. */
const minPartWords = 25

/** Words past which a quotation is shown as an excerpt: one a little longer than that is shown whole. */
const longQuoteWords = 90

/**
 * How many characters of Chinese, Japanese or Korean take a word's room on a slide's line: about
 * three (a line holds some twelve words of English, some forty characters).
 */
const cjkScale = 3

/**
 * A turn's speaker at the start of its paragraph, as transcripts write it: "[Dax ~1:25:00]:",
 * "[Monica]:", "**Q:**", "Adam:".
 */
const speakerLabel = /^(?:\[[^\]\n]{1,40}\]:?|\*\*[^*\n]{1,30}\*\*:?|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}:)\s/u

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
  // ("> ### Political Buffer" over a case study's paragraphs, then "> ### Spotlighting" over the
  // next: each part keeps its heading over the start of its paragraphs.)
  if (
    !quote.children.every(
      (child) => child.type === 'heading' || (child.type === 'paragraph' && child.children.every((inline) => inline.type !== 'image')),
    )
  )
    return undefined
  if (!quote.children.some((child) => child.type === 'heading')) return paragraphsExcerpt(quote, lang)
  const parts: Array<{ heading?: Heading; paragraphs: Paragraph[] }> = []
  for (const child of quote.children) {
    if (child.type === 'heading') parts.push({ heading: child, paragraphs: [] })
    else if (parts.length === 0) parts.push({ paragraphs: [child as Paragraph] })
    else parts[parts.length - 1].paragraphs.push(child as Paragraph)
  }
  // (Each part's start in its share of what one quotation shows, its first sentence at least.)
  const most = Math.max(minPartWords, shownQuoteWords / parts.length)
  let shortened = false
  const children = parts.flatMap(({ heading, paragraphs }) => {
    const excerpt = paragraphs.length > 0 ? paragraphsExcerpt({ ...quote, children: paragraphs }, lang, most, most * 1.5) : undefined
    shortened ||= excerpt !== undefined
    return [...(heading ? [heading] : []), ...((excerpt?.children as Paragraph[] | undefined) ?? paragraphs)]
  })
  return shortened ? { ...quote, children } : undefined
}

/**
 * A quotation's words, without the markup written among them: `><span style="color:darkslateblue"> In the journey…</span>`
 * (review 149, reading notes on a book) showed its opening tag as words where the excerpt was made of its text.
 */
function wordsOf(node: Blockquote | Paragraph): string {
  return toString(node, { includeHtml: false })
}

/** {@link quoteExcerptOf} of a quotation of paragraphs alone. */
function paragraphsExcerpt(quote: Blockquote, lang: string, most = shownQuoteWords, long = longQuoteWords): Blockquote | undefined {
  const paragraphs = quote.children as Paragraph[]
  const scale = isCjk(wordsOf(quote)) ? cjkScale : 1
  const words = paragraphs.map((paragraph) => countWords(wordsOf(paragraph), lang) / scale)
  if (words.reduce((sum, count) => sum + count, 0) <= long) return undefined
  if (paragraphs.length > 1 && paragraphs.every((paragraph) => speakerLabel.test(wordsOf(paragraph))))
    return { ...quote, children: turnsOf(paragraphs, lang, scale) }
  const shown: Paragraph[] = []
  let total = 0
  for (const [index, paragraph] of paragraphs.entries()) {
    // A paragraph that fits whole keeps its emphasis and links.
    if (total + words[index] <= most) {
      shown.push(paragraph)
      total += words[index]
      continue
    }
    // Of the paragraph that would pass the limit, the sentences that fit (the first one at least, when nothing is shown yet).
    const kept: string[] = []
    for (const sentence of sentencesOf(wordsOf(paragraph).replace(/\s+/g, ' '), lang)) {
      const count = countWords(sentence, lang) / scale
      if (total + count > most && (kept.length > 0 || shown.length > 0)) break
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

/**
 * The start of a dialogue quoted whole (a podcast's three hosts, an interview's questions and
 * answers): the first sentence of each turn, its speaker with it, as many turns as fit, so the slide
 * shows who answered what, not the first speaker's words alone. (Up to the length shown whole, as
 * a first sentence of each turn takes more room than a run of one speaker's sentences.)
 */
function turnsOf(paragraphs: Paragraph[], lang: string, scale: number): Paragraph[] {
  const shown: Paragraph[] = []
  let total = 0
  for (const paragraph of paragraphs) {
    const sentences = sentencesOf(wordsOf(paragraph).replace(/\s+/g, ' '), lang)
    const first = sentences[0]?.trim() ?? ''
    const count = countWords(first, lang) / scale
    if (shown.length > 0 && total + count > longQuoteWords) break
    total += count
    shown.push({ type: 'paragraph', children: [{ type: 'text', value: sentences.length > 1 ? `${first} ${leftOut}` : first }] })
  }
  if (shown.length < paragraphs.length) {
    const last = shown[shown.length - 1]
    const text = wordsOf(last)
    if (!text.endsWith(leftOut)) shown[shown.length - 1] = { type: 'paragraph', children: [{ type: 'text', value: `${text} ${leftOut}` }] }
  }
  return shown
}

/** Words at most of a line of who said a quotation and where. */
const maxAttributionWords = 16

/**
 * "Travis Oliphant, on [Why I promote conda](…) (2013):" right over a block quote: a line that
 * opens on a name and a comma and ends in a colon says who said the quotation and where. It goes
 * under the quotation, "— Travis Oliphant, on Why I promote conda (2013)", and is shown with it:
 * alone it was a point at the foot of one slide while its quotation opened the next. For
 * `Array.prototype.reduce` over a run of blocks.
 */
export function withQuoteAttributions(blocks: RootContent[], given: RootContent): RootContent[] {
  const block = given.type === 'blockquote' ? withAttributionLine(given) : given
  const before = blocks.at(-1)
  if (block.type !== 'blockquote' || before?.type !== 'paragraph' || !attributes(before)) {
    blocks.push(block)
    return blocks
  }
  blocks.pop()
  const children = structuredClone(before.children) as PhrasingContent[]
  const last = children.at(-1)
  if (last?.type === 'text') last.value = last.value.replace(/\s*[:：]\s*$/u, '')
  const line: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: '— ' }, ...children], position: before.position }
  blocks.push({ ...block, children: [...block.children, line] })
  return blocks
}

/**
 * `> "Nothing in the world is worth having…"` then `> - Theodore Roosevelt` (review 110, an essay): a quotation's last line
 * set with a dash, which markdown reads as a list of one item, is its attribution: "— Theodore Roosevelt", a line, never a
 * bullet inside the quote. (An item of a name, or a name and a comma and a few words: "Ada Lovelace, Notes (1843)".)
 */
function withAttributionLine(quote: Blockquote): Blockquote {
  const last = quote.children.at(-1)
  if (quote.children.length < 2 || last?.type !== 'list' || last.ordered || last.children.length !== 1) return quote
  // (Only under the quotation's own words: "> Our stack:" over "> - Apache Kafka" is a list it introduces.)
  const before = quote.children.at(-2)
  if (before?.type !== 'paragraph' || /[:：]\s*$/u.test(toString(before))) return quote
  const [item] = last.children
  const [paragraph] = item.children
  if (item.children.length !== 1 || paragraph?.type !== 'paragraph') return quote
  const text = toString(paragraph).replace(/\s+/g, ' ').trim()
  const name = text.split(/,\s*/u)[0]
  // ("— Martin Luther King, Jr.": an abbreviation's period ends it, not a sentence's.)
  if (!isPersonName(name) || countWords(text, 'en') > maxAttributionWords || /(?<!\b(?:Jr|Sr|Dr|St|Inc|Ltd))[.!?]$/u.test(text))
    return quote
  const line: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: '— ' }, ...paragraph.children], position: last.position }
  return { ...quote, children: [...quote.children.slice(0, -1), line] }
}

/**
 * Whether a paragraph is a quotation's attribution: a full name (two to four capitalised words), a
 * comma, no verb of saying after it, and a colon at its end. (Not "However, the documentation says:"
 * nor "Recently, Linus Torvalds wrote:", lead-ins a sentence makes.)
 */
function attributes(paragraph: Paragraph): boolean {
  const text = toString(paragraph).replace(/\s+/g, ' ').trim()
  return (
    /[:：]$/u.test(text) &&
    /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}, /u.test(text) &&
    // ("In English, that roughly translates to:" (review 118, a talk on writing): a phrase that opens on a preposition
    // before its comma is a sentence's opening, not a name.)
    !openingWord.test(text) &&
    !sayingVerb.test(text) &&
    countWords(text, 'en') <= maxAttributionWords
  )
}

/** Words that open a phrase, never a name: English's prepositions and adverbs of place and time (a closed class). (Not an
 * article: "The Economist, March 2021:" credits its quotation.) */
const openingWord = /^(?:in|on|at|for|from|with|by|of|to|as|after|before|during|since|until|under|over|here|there|then|now)\s/i

/** Verbs of saying and writing, and forms of "be", that make a line a sentence leading into its quotation: a closed class of English. */
const sayingVerb =
  /\b(?:says?|said|writes?|wrote|written|puts?|explains?|explained|notes?|noted|tweets?|tweeted|tells?|told|argues?|argued|asks?|asked|adds?|added|recalls?|recalled|observes?|observed|reminds?|reminded|is|was|are|were)\b/i

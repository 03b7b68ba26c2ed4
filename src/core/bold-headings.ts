import type { Heading, List, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast'
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
 * Lessons learned`): a heading one level deeper; one before the first heading, past the opening words, heads a part
 * beside the parts after it where those are set in bold too. A bold line that is a sentence or introduces
 * what follows (it ends in a stop, a question mark or a colon) stays a paragraph, as does one
 * with nothing after it, and two in a row (a list set in bold, not a part with nothing in it);
 * where short bold lines head an article's parts, a longer one (up to 16 words) or a question heads one too
 * (see `longHeadLine`). Pure: returns the blocks, the lines replaced.
 *
 * In a page imported from HTML (`page`), a bold line is the site's own box or label (a sidebar's title, "**おりがみをつくろう**"
 * over a link) as often as the article's: there only a bold line over a paragraph of prose heads a part, and an interview's
 * questions (`withQuestionHeadings`), not its list items or italic lines.
 */
export function boldHeadings(written: RootContent[], lang: string, page = false): RootContent[] {
  const blocks = page
    ? withQuestionHeadings(written, lang)
    : withQuestionHeadings(withItemHeadings(withLoneItemHeadings(unboxedBoldLines(written, lang), lang), lang), lang)
  const headed = blocks.some((block) => block.type === 'heading')
  const found = blocks.flatMap((block, index) => {
    const next = blocks[index + 1]
    const label = block.type === 'paragraph' && next && next.type !== 'heading' ? boldLine(block, lang) : undefined
    return label && (!page || isProse(next, lang)) ? [index] : []
  })
  const inRow = (index: number) => found.includes(index - 1) || found.includes(index + 1)
  if (!headed) {
    if (found.length === 0) return page ? blocks : withItalicHeadings(blocks, lang)
    if (found.length < minHeadings || found.some(inRow)) return blocks
    // ("**Transparenzgesetz des Bundes als Treiber für die Verwaltungsmodernisierung verstehen**" beside "**Daten, Daten, Daten:
    // Strategie, Rechtsanspruch und Institut**" (review 119, a German NGO's press release): once short bold lines head the
    // article's parts, a longer one alone over its paragraphs, or a question, heads one too; else its part ran on under the one before.)
    const heads = [...found, ...blocks.flatMap((_block, index) => (longHeadLine(blocks, index, found, lang) ? [index] : []))]
    return blocks.map((block, index) => (heads.includes(index) ? headingOf(block as Paragraph, 2) : block))
  }
  // An article without headings whose bold questions head its parts (see `withQuestionHeadings`):
  // a bold line among them ("**Coda**" after "**How would it work?**") heads a part beside them,
  // not one of the part before it.
  if (!written.some((block) => block.type === 'heading'))
    return blocks.map((block, index) => (found.includes(index) && !inRow(index) ? headingOf(block as Paragraph, 2) : block))
  // ("**社区比较**" in the opening words of a comparison whose parts are "### **支持语言比较**", "### **协议比较**"… (review 119, a
  // Chinese comparison of APM tools): a bold line before the first heading heads a part beside the parts after it, at their level.)
  // (Only where the writer sets those headings in bold too, and past the opening words: not a byline, "**By Jane Doe**".)
  const first = blocks.find((block): block is Heading => block.type === 'heading')
  const boldParts = first !== undefined && first.children.length === 1 && first.children[0].type === 'strong'
  let depth: number | undefined
  return blocks.map((block, index) => {
    if (block.type === 'heading') depth = block.depth
    if (!found.includes(index) || inRow(index)) return block
    if (depth === undefined) {
      const opened = blocks.slice(0, index).some((before) => before.type === 'paragraph')
      return first && boldParts && opened ? headingOf(block as Paragraph, first.depth) : block
    }
    return headingOf(block as Paragraph, deeperThan(depth))
  })
}

/** Words outside links a paragraph holds at least to be prose (a CJK character counts as one). */
const minProseWords = 12

/**
 * Whether a block is a paragraph of prose: a sentence's words of its own, not a link or a label over one
 * ("( [おりがみくらぶ](…) より)", "**366日への旅**[毎日の記念日…](…)").
 */
function isProse(block: RootContent, lang: string): boolean {
  if (block.type !== 'paragraph' || boldText(block) !== undefined) return false
  const own = block.children
    .filter((child) => child.type !== 'link' && child.type !== 'strong' && child.type !== 'image')
    .map((child) => toString(child))
    .join('')
  return countWords(own, lang) >= minProseWords
}

/** A warning or an instruction set in bold ("**Do not run this script on a production database server**"): English's closed class. */
const warning = /^(?:do\s+not|don['’]t|never|always|make\s+sure|be\s+sure|please|note|warning|important|caution|remember)\b/iu

/** Words at most of a bold line that heads a part beside shorter ones (see `longHeadLine`). */
const maxLongWords = 16

/**
 * Whether the block at `index` is a bold line alone, longer than a heading's usual length or a question, over a
 * paragraph, in an article whose short bold lines at `found` head its parts; not one beside another such line.
 */
function longHeadLine(blocks: RootContent[], index: number, found: number[], lang: string): boolean {
  const block = blocks[index]
  const next = blocks[index + 1]
  if (found.includes(index) || block.type !== 'paragraph' || next?.type !== 'paragraph' || boldText(next) !== undefined) return false
  const before = blocks[index - 1]
  if (before?.type === 'paragraph' && boldText(before) !== undefined) return false
  const text = boldText(block)
  if (text === undefined || /[.!:;,。！：；，、]["'”’)）]*$/u.test(text) || warning.test(text)) return false
  return cjk.test(text) ? text.length <= maxCharacters * 2 : countWords(text, lang) <= maxLongWords
}

/** Words an interviewer's question has at most: more is a paragraph that happens to be emphasised. */
const maxQuestionWords = 40

/**
 * An interview whose questions are paragraphs of italics or bold alone, each over its answer
 * ("_8. How much money do you make on developing PCSX2?_"): each question heads the part its
 * answer makes, one level below the heading it is under (`##` where there is none), its number
 * left out. Two such questions at least, each followed by its answer, not by another question;
 * else they stay paragraphs (a lone emphasised question is the writer's own).
 */
export function withQuestionHeadings(blocks: RootContent[], lang: string): RootContent[] {
  const questions = blocks.map((block) => (block.type === 'paragraph' ? questionLine(block, lang) : undefined))
  // (Answered in a paragraph, or in a list: "**What email addresses were viewable?**" over its two kinds of user (review 142,
  // Sourcegraph's incident FAQ), whose list had gone under the question before.)
  const answered = (index: number) =>
    questions[index] !== undefined &&
    (blocks[index + 1]?.type === 'paragraph' || blocks[index + 1]?.type === 'list') &&
    !questions[index + 1] &&
    !questions[index - 1]
  if (questions.filter((_, index) => answered(index)).length < minHeadings) return blocks
  let depth: number | undefined
  return blocks.map((block, index) => {
    if (block.type === 'heading') depth = block.depth
    if (!answered(index)) return block
    return { type: 'heading', depth: deeperThan(depth ?? 1), children: questions[index]!, position: block.position }
  })
}

/** An interviewer's prompt that asks without a question mark ("Tell us a bit about…", "Describe your…"): English's closed class. */
const prompt =
  /^(?:\d{1,3}[.)]\s*)?(?:please\s+)?(?:tell\s+(?:us|me)|describe|explain|talk\s+(?:to\s+us\s+)?about|walk\s+(?:us|me)\s+through|give\s+(?:us|me)|share)\b[^.!?]*\.$/i

/** A paragraph of italics or bold alone that asks a question, as the words of its heading (its number left out). */
function questionLine(paragraph: Paragraph, lang: string): PhrasingContent[] | undefined {
  const run = emphasisAlone(paragraph)
  if (run?.type !== 'strong' && run?.type !== 'emphasis') return undefined
  const text = toString(run).replace(/\s+/g, ' ').trim()
  // (An emoji may follow its question mark: "…deal with these situations? 😊".)
  // (An interviewer's prompt asks as a question does: "_Tell us a bit about your organization and its goals._")
  const question = /[?？]["'”’)）]*(?:\s*\p{Extended_Pictographic}\uFE0F?)*$/u.test(text)
  if ((!question && !prompt.test(text)) || countWords(text, lang) > maxQuestionWords) return undefined
  // (A prompt's full stop is no heading's: "Tell us about your course and your books".)
  const last = run.children.at(-1)
  const children =
    !question && last?.type === 'text'
      ? [...run.children.slice(0, -1), { ...last, value: last.value.replace(/\.\s*$/u, '') }]
      : run.children
  const [first, ...rest] = children
  if (first?.type !== 'text') return children
  return [{ ...first, value: first.value.replace(/^\s*(?:\d{1,3}[.)]\s*|Q\s*[:.]\s*)/u, '') }, ...rest]
}

/**
 * "> **C'est quoi la veille?**", "> **Limiter ses centres d'intérêts**" (review 142, a French post on keeping up with tech, in
 * an article without headings): a quote box that holds only a short line of bold is the writer's heading, set in a box; two
 * or more of them are read as the bold lines they hold. (Not a quotation of words, which ends in a stop or runs longer.)
 */
function unboxedBoldLines(blocks: RootContent[], lang: string): RootContent[] {
  if (blocks.some((block) => block.type === 'heading')) return blocks
  const boxed = (block: RootContent) => {
    if (block.type !== 'blockquote' || block.children.length !== 1 || block.children[0].type !== 'paragraph') return undefined
    const paragraph = block.children[0]
    const text = boldText(paragraph)
    return text !== undefined && (shortLine(text, lang) !== undefined || questionLine(paragraph, lang) !== undefined)
      ? paragraph
      : undefined
  }
  const lines = blocks.map(boxed)
  if (lines.filter((line) => line !== undefined).length < minHeadings) return blocks
  return blocks.map((block, index) => lines[index] ?? block)
}

/** A bold (or italic) line as a heading of its words. */
function headingOf(paragraph: Paragraph, depth: Heading['depth']): Heading {
  const run = paragraph.children.find((child) => child.type === 'strong' || child.type === 'emphasis') as Parent
  const children = run.children as PhrasingContent[]
  // ("**# Links**": a heading's marks the writer kept inside the bold are no words of it; not
  // "**# of users**", where "#" says "number".)
  const [first, ...rest] = children
  const marked = first?.type === 'text' ? /^#{1,6}[ \t]+(?=[\p{Lu}\p{Lo}]|\p{N}+\.)/u.exec(first.value) : null
  const words = marked && first?.type === 'text' ? [{ ...first, value: first.value.slice(marked[0].length) }, ...rest] : children
  return { type: 'heading', depth, children: words, position: paragraph.position }
}

/** Italic lines an article needs before they are its headings: italics are set alone for more than headings (a caption, an update note). */
const minItalicHeadings = 3

/**
 * An article without headings nor bold lines whose parts each open with a short line of italics
 * alone, capitalised as a title (`*Doing Reads*`, `*The Big Picture*`): those lines are its
 * section headings, when three lines or more qualify and no two are in a row.
 */
function withItalicHeadings(blocks: RootContent[], lang: string): RootContent[] {
  const found = blocks.flatMap((block, index) => {
    const next = blocks[index + 1]
    if (block.type !== 'paragraph' || !next || next.type === 'heading') return []
    const run = emphasisAlone(block)
    const text = run?.type === 'emphasis' ? shortLine(toString(run).replace(/\s+/g, ' ').trim(), lang) : undefined
    // (Capitalised as a title, and no clause a comma leaves open.)
    return text && /^\p{Lu}/u.test(text) && !/[,，]$/u.test(text) ? [index] : []
  })
  if (found.length < minItalicHeadings || found.some((index) => found.includes(index + 1))) return blocks
  return blocks.map((block, index) => (found.includes(index) ? headingOf(block as Paragraph, 2) : block))
}

/** The paragraph's bold line, when it is one short phrase of bold and nothing else. */
function boldLine(paragraph: Paragraph, lang: string): string | undefined {
  return shortLine(boldText(paragraph), lang)
}

/**
 * A line's words when they are a short phrase that ends on no stop, question mark or colon (a heading's, not a sentence's);
 * nor on a comma, as a letter's closing does ("**Thanks!,**" over "**-The Lit Team**", review 100, Lit 3.0's launch).
 */
function shortLine(text: string | undefined, lang: string): string | undefined {
  if (text === undefined || /[.!?:;,。！？：；，、]["'”’)）]*$/u.test(text)) return undefined
  return (cjk.test(text) ? text.length <= maxCharacters : countWords(text, lang) <= maxWords) ? text : undefined
}

/** Words an item's answer holds, on average, for its list to be questions and answers: shorter ones are a list's own lines. */
const minAnswerWords = 40

/**
 * An interview or FAQ set as a list whose items each open with their question or prompt in bold
 * alone ("1. __How did you first get involved?__" over its answer's paragraphs): each item is a
 * part of the article, its question the heading (one level below the heading it is under, `##`
 * where there is none), its answer the part's words. Only when every item opens so, with more
 * after it, and the answers are paragraphs, not a list's short lines.
 */
function withItemHeadings(blocks: RootContent[], lang: string): RootContent[] {
  if (!blocks.some((block) => block.type === 'list')) return blocks
  let depth: number | undefined
  return blocks.flatMap((block): RootContent[] => {
    if (block.type === 'heading') depth = block.depth
    if (block.type !== 'list') return [block]
    const level = deeperThan(depth ?? 1)
    if (asksAndAnswers(block, lang))
      return block.children.flatMap((item) => [
        headingOf(item.children[0] as Paragraph, level),
        ...(item.children.slice(1) as RootContent[]),
      ])
    const labelled = labelLines(block, lang)
    if (!labelled) return [block]
    return block.children.flatMap((item, index) => [
      { type: 'heading', depth: level, children: labelled[index].label, position: item.position } satisfies Heading,
      labelled[index].body,
      ...(item.children.slice(1) as RootContent[]),
    ])
  })
}

/**
 * "* Branding⏎很明显，开源是一种非常好的 PR…", "* 人才获取⏎人才招聘最大的难处…" (review 140, a Chinese essay): a list whose items
 * (two or more) each open on a short line of their own, a label with no stop, the item's paragraph going on in a new
 * sentence on the next line, and whose paragraphs are an answer's length, not a list's lines: each label heads its item,
 * as a bold one does. (Run into their paragraphs, "Branding很明显", the labels were read as the paragraphs' first words.)
 * `undefined` where any item is not so.
 */
function labelLines(list: List, lang: string): Array<{ label: PhrasingContent[]; body: Paragraph }> | undefined {
  if (list.children.length < minHeadings) return undefined
  const found: Array<{ label: PhrasingContent[]; body: Paragraph }> = []
  for (const item of list.children) {
    const [paragraph] = item.children
    const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    const line = first?.type === 'text' ? /^([^\n]+)\n([\s\S]+)$/.exec(first.value) : null
    if (!line || paragraph?.type !== 'paragraph') return undefined
    const label = shortLine(line[1].trim(), lang)
    // (A new sentence on the next line: in capitals, or in Chinese, Japanese or Korean; a line wrapped inside a sentence goes on in lower case.)
    if (!label || (!cjk.test(line[2].trimStart()[0] ?? '') && !/^\s*\p{Lu}/u.test(line[2]))) return undefined
    const body: Paragraph = {
      ...paragraph,
      children: [{ ...first, value: line[2].trimStart() } as PhrasingContent, ...paragraph.children.slice(1)],
    }
    found.push({ label: [{ type: 'text', value: label }], body })
  }
  const words = list.children.reduce((sum, item, index) => {
    const rest = toString({ type: 'root', children: [found[index].body, ...item.children.slice(1)] })
    return sum + countWords(rest, lang)
  }, 0)
  return words / found.length >= minAnswerWords ? found : undefined
}

/** Words at most of a list's one item that heads the paragraphs after it. */
const maxItemHeadingWords = 10

/**
 * An essay that sets its sub-parts as lists of one short item each, over their paragraphs
 * ("* Ritual 1: Learn to read and write proofs", then two paragraphs, then "* Ritual 2: Learn the
 * language"): each item heads its part, one level below the heading it is under (`##` where there
 * is none). Only when two such lists at least are found; one alone is a list, and so is one a
 * paragraph ending in a colon introduces ("…added to the list:"), one that ends in a stop, or one
 * that is only a link.
 */
function withLoneItemHeadings(blocks: RootContent[], lang: string): RootContent[] {
  const lone = blocks.map((block, index) => {
    if (block.type !== 'list' || block.children.length !== 1) return undefined
    const [item] = block.children
    const [paragraph, ...body] = item.children
    if (paragraph?.type !== 'paragraph' || item.checked != null) return undefined
    const before = blocks[index - 1]
    if (before?.type === 'paragraph' && /[:：]\s*$/u.test(toString(before))) return undefined
    // ("* Permanent Blocking (Fail2Ban)" over a paragraph and a listing inside the item (review 140, a tutorial that set each
    // of its steps so): the item's own blocks are what it heads. Its title had run into its first paragraph's point.)
    if (
      body.length > 0 ? !body.some((child) => child.type === 'paragraph' || child.type === 'code') : blocks[index + 1]?.type !== 'paragraph'
    )
      return undefined
    const text = toString(paragraph).replace(/\s+/g, ' ').trim()
    if (!text || /[.!?。！？:：;]$/u.test(text) || countWords(text, lang) > maxItemHeadingWords) return undefined
    if (paragraph.children.every((child) => child.type === 'link' || (child.type === 'text' && !child.value.trim()))) return undefined
    return paragraph
  })
  if (lone.filter(Boolean).length < minHeadings) return blocks
  let depth: number | undefined
  return blocks.flatMap((block, index) => {
    if (block.type === 'heading') depth = block.depth
    const paragraph = lone[index]
    if (!paragraph || block.type !== 'list') return [block]
    const heading: Heading = { type: 'heading', depth: deeperThan(depth ?? 1), children: paragraph.children, position: block.position }
    return [heading, ...(block.children[0].children.slice(1) as RootContent[])]
  })
}

/** Whether each of a list's items (two or more) opens with a line of bold alone over paragraphs of answer. */
function asksAndAnswers(list: List, lang: string): boolean {
  const items = list.children
  if (items.length < 2) return false
  const opens = items.every((item) => {
    const [first, ...rest] = item.children
    return (
      first?.type === 'paragraph' && rest.length > 0 && boldText(first) !== undefined && rest.some((block) => block.type === 'paragraph')
    )
  })
  if (!opens) return false
  const words = items.reduce((sum, item) => sum + countWords(toString({ type: 'root', children: item.children.slice(1) }), lang), 0)
  return words / items.length >= minAnswerWords
}

/** The words of a paragraph of bold alone, spaces around it aside. */
export function boldText(paragraph: Paragraph): string | undefined {
  const run = emphasisAlone(paragraph)
  if (run?.type !== 'strong') return undefined
  const text = toString(run).replace(/\s+/g, ' ').trim()
  return text === '' ? undefined : text
}

/** A paragraph's only inline node, spaces around it aside (its bold or italics, when that is all it holds). */
function emphasisAlone(paragraph: Paragraph): PhrasingContent | undefined {
  const shown = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  return shown.length === 1 ? shown[0] : undefined
}

/** The heading level one below `depth`, at most 6. */
const deeperThan = (depth: number) => Math.min(6, depth + 1) as Heading['depth']

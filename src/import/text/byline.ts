import type { VFile } from 'vfile'
import type { ArticleMatter } from '../matter.ts'
import type { TextBlock } from './blocks.ts'
import {
  authorFromByline,
  endsWithPunctuation,
  finalCharacter,
  isDate,
  isNameLike,
  isReadingTime,
  isTagShaped,
  tagsFromTagLine,
  words,
} from './line-shape.ts'
import { quoteLine, warnAtLine } from './warn.ts'

/** What the byline block at the top of a text said, and the blocks after it. */
export interface Byline {
  matter: ArticleMatter
  /** Body blocks: everything after the byline, plus byline paragraphs that were not understood. */
  body: TextBlock[]
}

/** How many blocks from the top a `N min read` line may be and still belong to the byline. */
const searchDepth = 8
/** Longest line that can be the title. */
const maxTitleLength = 150

/** One line (or one paragraph) of the byline block. */
interface Item {
  text: string
  line: number
  /** The source lines the item covers. */
  lines: string[]
}

/**
 * Read the byline block copied from the top of a blog page: author, title, summary,
 * `N min read`, tag lines. Every part is optional. Without a reading-time line to anchor
 * it, only a leading `By …` line and a first short line (the title) are taken.
 */
export function readByline(blocks: TextBlock[], file: VFile): Byline {
  const anchor = findReadingTime(blocks)
  if (!anchor) return readBareTop(blocks)

  const block = blocks[anchor.block]
  const matter: ArticleMatter = { readingTime: block.lines[anchor.line].trim() }
  const before: TextBlock[] = blocks.slice(0, anchor.block)
  if (anchor.line > 0) before.push({ ...block, lines: block.lines.slice(0, anchor.line) })
  const kept = readHeader(before.flatMap(itemsOf), matter, file)

  let body = blocks.slice(anchor.block + 1)
  let tagBlock: TextBlock = {
    lines: block.lines.slice(anchor.line + 1),
    line: block.line + anchor.line + 1,
    blankBefore: 0,
  }
  // Tags may also sit in their own block right below the reading time; one short line there
  // is more likely the first section's heading, so it takes two.
  const next = body[0]
  if (tagBlock.lines.length === 0 && next && next.lines.length >= 2 && next.lines.every(isTagLine)) {
    tagBlock = next
    body = body.slice(1)
  }
  readTags(tagBlock, matter, file)
  return { matter, body: [...kept, ...body] }
}

function findReadingTime(blocks: TextBlock[]): { block: number; line: number } | undefined {
  for (const [index, block] of blocks.slice(0, searchDepth).entries()) {
    const line = block.lines.findIndex(isReadingTime)
    if (line !== -1) return { block: index, line }
  }
  return undefined
}

function readBareTop(blocks: TextBlock[]): Byline {
  const matter: ArticleMatter = {}
  const single = (at: number) => (blocks[at]?.lines.length === 1 ? blocks[at].lines[0] : undefined)
  const authorAt = (at: number) => {
    const line = single(at)
    return line === undefined ? undefined : authorFromByline(line)
  }
  let index = 0
  matter.author = authorAt(index)
  if (matter.author) index++
  const title = single(index)
  if (title !== undefined && isTitleShaped(title)) {
    matter.title = title.trim()
    index++
    if (!matter.author) {
      matter.author = authorAt(index)
      if (matter.author) index++
    }
  }
  return { matter, body: blocks.slice(index) }
}

/** A block of short lines is one item per line (author and title without a blank between); a paragraph is one item. */
function itemsOf(block: TextBlock): Item[] {
  if (block.lines.length > 1 && block.lines.every((line) => isTitleShaped(line) || isReadingTime(line))) {
    return block.lines.map((text, offset) => ({ text: text.trim(), line: block.line + offset, lines: [text] }))
  }
  return [{ text: block.lines.map((line) => line.trim()).join(' '), line: block.line, lines: block.lines }]
}

/** Fill title, author, description and tags from the items above the reading time; return paragraphs to keep. */
function readHeader(items: Item[], matter: ArticleMatter, file: VFile): TextBlock[] {
  const used = new Set<Item>()
  for (const item of items) {
    const tags = tagsFromTagLine(item.text)
    const author = authorFromByline(item.text)
    if (tags) matter.tags = [...(matter.tags ?? []), ...tags]
    else if (author && !matter.author) matter.author = author
    else continue
    used.add(item)
  }

  // The title is the first short line that is not a person's name (blogs put the author
  // above it, Medium below); a subtitle after it stands in for a missing summary.
  const singles = items.filter((item) => !used.has(item) && isTitleShaped(item.text) && !isChrome(item.text))
  const title = singles.find((item) => !isNameLike(item.text)) ?? mostWords(singles)
  if (title) {
    matter.title = title.text
    used.add(title)
  }
  const author = matter.author ? undefined : singles.find((item) => item !== title && isNameLike(item.text))
  if (author) {
    matter.author = author.text
    used.add(author)
  }

  const after = items.slice(title ? items.indexOf(title) + 1 : 0).filter((item) => !used.has(item))
  const summary =
    after.find((item) => endsWithPunctuation(item.text)) ??
    after.find((item) => singles.includes(item) && !isNameLike(item.text) && words(item.text).length >= 4)
  if (summary) {
    matter.description = summary.text
    used.add(summary)
  }

  const kept: TextBlock[] = []
  for (const item of items) {
    if (used.has(item)) continue
    if (endsWithPunctuation(item.text)) {
      kept.push({ lines: item.lines, line: item.line, blankBefore: 2 })
      continue
    }
    const reason = `Unexpected line ${quoteLine(item.text)} in the byline block; left out`
    warnAtLine(file, reason, item.line, item.text, 'byline-line')
  }
  return kept
}

function readTags(block: TextBlock, matter: ArticleMatter, file: VFile): void {
  const tags = matter.tags ?? []
  block.lines.forEach((line, offset) => {
    const listed = tagsFromTagLine(line)
    if (listed) tags.push(...listed)
    else if (isTagShaped(line)) tags.push(line.trim())
    else {
      const reason = `Unexpected line ${quoteLine(line)} among the tags; left out`
      warnAtLine(file, reason, block.line + offset, line, 'byline-line')
    }
  })
  if (tags.length > 0) matter.tags = [...new Set(tags)]
}

function mostWords(items: Item[]): Item | undefined {
  const count = (item: Item) => words(item.text).length
  return items.reduce<Item | undefined>((best, item) => (!best || count(item) > count(best) ? item : best), undefined)
}

/** Buttons copied along with the byline (`Follow`, `Listen`, `Share`). */
function isChrome(line: string): boolean {
  return /^(?:follow|following|share|listen|save|subscribe|sign in|sign up|member-only story|·|--)$/iu.test(line.trim())
}

function isTagLine(line: string): boolean {
  return isTagShaped(line) || tagsFromTagLine(line) !== undefined
}

/** A title: one line, not too long, ending without punctuation or with `?`/`!`. */
function isTitleShaped(line: string): boolean {
  const text = line.trim()
  return (
    text.length > 0 &&
    text.length <= maxTitleLength &&
    /\p{L}/u.test(text) &&
    (!endsWithPunctuation(text) || /[?!]/u.test(finalCharacter(text))) &&
    !isReadingTime(text) &&
    !isDate(text) &&
    !tagsFromTagLine(text)
  )
}

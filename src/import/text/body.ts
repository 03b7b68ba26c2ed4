import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { TextBlock } from './blocks.ts'
import { finalCharacter, isHeadingShaped, isTitleCase, listItem, startsLowercase, words } from './line-shape.ts'
import { quoteLine, warnAtLine } from './warn.ts'

/** How warnings describe a line shaped like a heading. */
const shortLine = 'short and without final punctuation'

/**
 * Turn the body's blocks into mdast: `##` headings where the layout clearly says so,
 * lists where lines carry list markers, paragraphs otherwise. Where a line could be a
 * heading but the layout is not clear, it stays a paragraph and a warning names it.
 */
export function readBody(blocks: TextBlock[], file: VFile): RootContent[] {
  const nodes: RootContent[] = []
  blocks.forEach((block, index) => {
    for (const node of readBlock(block, blocks[index + 1], file)) {
      const previous = nodes.at(-1)
      // Items separated by blank lines are still one list.
      if (node.type === 'list' && previous?.type === 'list' && previous.ordered === node.ordered) {
        previous.children.push(...node.children)
      } else nodes.push(node)
    }
  })
  return nodes
}

function readBlock(block: TextBlock, next: TextBlock | undefined, file: VFile): RootContent[] {
  const underlined = underlinedHeading(block)
  if (underlined) return [underlined]
  const listStart = block.lines.findIndex((line) => listItem(line))
  if (listStart !== -1 && isListFrom(block.lines, listStart)) {
    const lead = block.lines.slice(0, listStart)
    return [...(lead.length > 0 ? [paragraph(lead)] : []), list(block.lines.slice(listStart))]
  }
  if (block.lines.length === 1 && isHeading(block, next, file)) return [heading(block.lines[0])]
  if (block.lines.length > 1 && isShortLines(block)) {
    warn(file, block, `${shortLine}, but followed by another short line`)
  }
  return [paragraph(block.lines)]
}

/** Decide whether a one-line block is a section heading, warning when unsure. */
function isHeading(block: TextBlock, next: TextBlock | undefined, file: VFile): boolean {
  const line = block.lines[0]
  if (!isHeadingShaped(line)) {
    // `Why Now?` alone on its line in title case: the question mark says paragraph, but say so.
    if (finalCharacter(line) === '?' && next && !isShortLines(next) && words(line).length <= 8 && isTitleCase(line)) {
      warn(file, block, 'alone on its line in title case like a heading, but ends with "?"')
    }
    return false
  }
  if (startsLowercase(line)) return warn(file, block, `${shortLine}, but starts in lowercase`)
  if (!next) return warn(file, block, `${shortLine}, but it is the last line`)
  if (isShortLines(next)) return warn(file, block, `${shortLine}, but followed by another short line`)
  if (line.includes(':') && block.blankBefore < 2 && !isTitleCase(line)) {
    return warn(file, block, `${shortLine}, but it has a colon`)
  }
  return true
}

/** Only short lines without final punctuation: not a paragraph (a hard-wrapped one ends with punctuation). */
function isShortLines(block: TextBlock): boolean {
  return block.lines.every(isHeadingShaped)
}

/** A `Title\n=====` or `Title\n-----` heading, as some people type them. */
function underlinedHeading(block: TextBlock): Heading | undefined {
  const [text, rule] = block.lines
  const isUnderlined = block.lines.length === 2 && /^\s*(?:={3,}|-{3,})$/u.test(rule) && isHeadingShaped(text)
  return isUnderlined ? heading(text) : undefined
}

/** From `start` on, every line is a list item or an indented continuation of one. */
function isListFrom(lines: string[], start: number): boolean {
  return lines.slice(start).every((line) => listItem(line) || /^\s+\S/u.test(line))
}

function warn(file: VFile, block: TextBlock, why: string): false {
  const text = block.lines[0]
  warnAtLine(file, `Ambiguous line ${quoteLine(text)}: ${why}; kept as a paragraph, not a heading`, block.line, text, 'ambiguous-heading')
  return false
}

function heading(line: string): Heading {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: line.trim() }] }
}

function paragraph(lines: string[]): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: lines.map((line) => line.trim()).join('\n') }] }
}

function list(lines: string[]): List {
  const items: Array<{ text: string[] }> = []
  let ordered = false
  let start: number | undefined
  for (const line of lines) {
    const item = listItem(line)
    if (item) {
      if (items.length === 0) {
        ordered = item.ordered
        start = item.start
      }
      items.push({ text: [item.text] })
    } else items.at(-1)!.text.push(line)
  }
  const children = items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(item.text)] }))
  return { type: 'list', ordered, start: ordered ? start : undefined, spread: false, children }
}

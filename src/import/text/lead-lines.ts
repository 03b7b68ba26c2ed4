import type { TextBlock } from './blocks.ts'
import { endsWithPunctuation, isHeadingShaped, isTitleCase, startsLowercase, words } from './line-shape.ts'

/** A line this long is a whole unwrapped paragraph, not a hard-wrapped line. */
const unwrappedLength = 100
/** Longest title-case line taken as a heading directly above a hard-wrapped paragraph. */
const maxLeadLength = 60

/**
 * Split off a heading written directly above its paragraph with no blank line between
 * (`Heading\nA long paragraph…`): when the paragraph is one long unwrapped line, or when
 * the heading is short and in title case. A hard-wrapped paragraph's first line (long,
 * sentence case) is never taken for a heading.
 */
export function splitLeadLines(blocks: TextBlock[]): TextBlock[] {
  return blocks.flatMap((block) => {
    if (!isLead(block.lines)) return [block]
    return [
      { lines: [block.lines[0]], line: block.line, blankBefore: block.blankBefore },
      { lines: block.lines.slice(1), line: block.line + 1, blankBefore: 0 },
    ]
  })
}

function isLead(lines: string[]): boolean {
  const [first, second] = lines
  if (second === undefined || !isHeadingShaped(first) || startsLowercase(first) || startsLowercase(second)) return false
  if (!endsWithPunctuation(lines.at(-1)!)) return false
  const unwrapped = second.trim().length >= Math.max(unwrappedLength, 2 * first.trim().length)
  const titled = first.trim().length <= maxLeadLength && words(first).length >= 2 && isTitleCase(first)
  return unwrapped || titled
}

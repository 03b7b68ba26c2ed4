/**
 * Predicates on single lines of plain text: the vocabulary the text importer uses to read
 * layout. Each looks at one trimmed line only; context is the caller's job.
 */

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const closers = /[\s"'”’»)\]]+$/u

/** Longest line (in characters) that can be a section heading. */
export const maxHeadingLength = 80
/** Most words a section heading can have. */
export const maxHeadingWords = 14

/** The last character that matters, looking through closing quotes and brackets. */
export function finalCharacter(line: string): string {
  const trimmed = line.replace(closers, '')
  return trimmed.slice(-1)
}

/** True when the line ends like a sentence or a clause: `.`, `!`, `?`, `…`, `:`, `;`, `,`, a dash. */
export function endsWithPunctuation(line: string): boolean {
  return /[.!?…:;,—–-]/u.test(finalCharacter(line))
}

/** Words of a line, split on whitespace. */
export function words(line: string): string[] {
  return line.trim().split(/\s+/u).filter(Boolean)
}

/** A short line without final punctuation that has letters: the shape of a heading. */
export function isHeadingShaped(line: string): boolean {
  const text = line.trim()
  return (
    text.length > 0 &&
    text.length <= maxHeadingLength &&
    words(text).length <= maxHeadingWords &&
    /\p{L}/u.test(text) &&
    !endsWithPunctuation(text) &&
    !listItem(text)
  )
}

/** True when most significant words start with a capital (`Seeds in Amazon’s Own Codebase`). */
export function isTitleCase(line: string): boolean {
  const significant = words(line).filter((word) => word.replace(/\P{L}/gu, '').length > 3)
  if (significant.length === 0) return /^\P{Ll}*\p{Lu}/u.test(line.trim())
  const capitalized = significant.filter((word) => /^\P{L}*\p{Lu}/u.test(word))
  return capitalized.length / significant.length >= 0.7
}

/** True when the line starts with a lowercase word (`and then…`, not `iOS`). */
export function startsLowercase(line: string): boolean {
  return /^\P{L}*\p{Ll}\p{Ll}/u.test(line.trim())
}

/** A person's name: 2–4 capitalized words, particles like `van` or `de` allowed, no digits. */
export function isNameLike(line: string): boolean {
  const text = line.trim()
  const parts = words(text)
  if (text.length > 40 || parts.length < 2 || parts.length > 4 || /\d/.test(text)) return false
  return parts.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^(?:van|von|der|den|de|da|del|di|du|la|le|bin|al)$/u.test(word))
}

/** The author named by `By Jane Doe`, `Written by Jane Doe` or `Author: Jane Doe`, if the line is one. */
export function authorFromByline(line: string): string | undefined {
  const match = /^(?:by|written by|author:)\s+(\S.{0,60})$/iu.exec(line.trim())
  return match && !endsWithPunctuation(match[1]) ? match[1].trim() : undefined
}

/** True for `7 min read`, `12 minute read`, `Reading time: 5 minutes`. */
export function isReadingTime(line: string): boolean {
  const text = line.trim()
  return /^\d+\s*(?:min|mins|minute|minutes)\.?\s+read$/iu.test(text) || /^reading time:?\s*\d+\s*min/iu.test(text)
}

/** Tags listed on one line as `Tags: a, b, c`, if the line is one. */
export function tagsFromTagLine(line: string): string[] | undefined {
  const match = /^(?:tags|tagged|topics|keywords):\s*(.+)$/iu.exec(line.trim())
  return match?.[1]
    .split(/\s*[,;|·]\s*/u)
    .map((tag) => tag.replace(/^#/, '').trim())
    .filter(Boolean)
}

/** True for a date on its own line: `Mar 3, 2024`, `3 March 2024`, `2024-03-03`, `3/3/2024`. */
export function isDate(line: string): boolean {
  const text = line.trim()
  const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
  return (
    new RegExp(`^(?:${month}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${month},?\\s+\\d{4})$`, 'iu').test(text) ||
    /^\d{4}-\d{2}-\d{2}$/u.test(text) ||
    /^\d{1,2}\/\d{1,2}\/\d{2,4}$/u.test(text)
  )
}

/** A tag line: a few words, no final punctuation, not a date. */
export function isTagShaped(line: string): boolean {
  const text = line.trim()
  return text.length <= 50 && words(text).length <= 6 && isHeadingShaped(text) && !isDate(text) && !isReadingTime(text)
}

/** A plain-text list item (`- x`, `* x`, `• x`, `1. x`, `2) x`; not `+`, rare outside markdown). */
export interface ListItemShape {
  ordered: boolean
  /** Number of an ordered item. */
  start?: number
  /** Item text without the marker. */
  text: string
}

/** The list item a line starts, if it starts one. Numbers have at most 3 digits so `2024. was…` stays text. */
export function listItem(line: string): ListItemShape | undefined {
  const match = /^\s*(?:([-*•◦▪‣–])|(\d{1,3})[.)])\s+(\S.*)$/u.exec(line)
  if (!match) return undefined
  return match[2] === undefined ? { ordered: false, text: match[3] } : { ordered: true, start: Number(match[2]), text: match[3] }
}

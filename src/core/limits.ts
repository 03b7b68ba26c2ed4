import type { VFile } from 'vfile'
import { checkDelimiterRuns } from './delimiter-runs.ts'
import { LecternError } from './errors.ts'

/*
 * Bounds on the work one article can ask for. The markdown and HTML tools lectern builds on
 * recurse once per level of nesting, so a few kilobytes of `>` or `- ` would overflow the
 * call stack; a cheap scan of each line's prefix refuses them first, with the line.
 */

/** The largest article lectern renders, in characters. */
export const maxArticleLength = 5 * 1024 * 1024

/** The deepest nesting of block quotes and lists lectern renders. */
export const maxNesting = 100

/**
 * The most levels of nesting past the second that all lines together may open: micromark
 * continues every open container on every line, so 3,000 lines a hundred quotes deep take
 * as long as a long book. Flat lists and quotes (one or two levels) cost nothing here.
 */
export const maxDeepNesting = 100_000

/** A block quote marker, or a list item marker followed by a space or the end of the line. */
const containerMarker = /^ {0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/

/**
 * Refuse an article larger than {@link maxArticleLength}, nested deeper than
 * {@link maxNesting} or with more emphasis markers in a paragraph than the parser resolves
 * in reasonable time (see `checkDelimiterRuns`), with one clear line naming where.
 */
export function checkArticleLimits(text: string, file: VFile): void {
  const where = { file: file.path || undefined }
  if (text.length > maxArticleLength) {
    throw new LecternError(
      `the article is ${(text.length / 1024 / 1024).toFixed(1)} MB; lectern renders articles up to ${maxArticleLength / 1024 / 1024} MB`,
      where,
    )
  }
  let line = 1
  let start = 0
  let deep = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const depth = nestingOf(text, start, end)
    if (depth > maxNesting) {
      throw new LecternError(`lists or block quotes nested deeper than ${maxNesting} levels; lectern stops here`, { ...where, line })
    }
    deep += Math.max(0, depth - 2)
    if (deep > maxDeepNesting) {
      throw new LecternError(
        `too many deeply nested lists or block quotes (more than ${maxDeepNesting} levels past the second, in all); lectern stops here`,
        { ...where, line },
      )
    }
    start = end + 1
    line++
  }
  checkDelimiterRuns(text, where.file)
}

/**
 * How deep a line opens containers: its markers (`> > - `) plus, for a line that opens one,
 * its indentation (a nested list item is indented, two columns or more a level). An
 * over-estimate for odd indentation, which only matters past a hundred levels.
 */
function nestingOf(text: string, start: number, end: number): number {
  let at = start
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++
  const indent = at - start
  // Most lines open no container: decide on the first character before any slicing.
  const first = text[at]
  if (first !== '>' && first !== '-' && first !== '*' && first !== '+' && !(first >= '0' && first <= '9')) return 0
  let rest = text.slice(at, Math.min(end, at + 4 * (maxNesting + 1)))
  let markers = 0
  for (let match = containerMarker.exec(rest); match && match[0].length > 0; match = containerMarker.exec(rest)) {
    markers++
    rest = rest.slice(match[0].length)
  }
  return markers === 0 ? 0 : markers + Math.floor(indent / 2)
}

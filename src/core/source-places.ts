import type { Node, Parent } from 'unist'
import type { VFile } from 'vfile'
import { LecternError } from './errors.ts'

/*
 * An imported article (a saved page) is rendered from markdown the importer wrote, but the
 * user gave the .html: every position lectern reports must be in the .html. The importer
 * keeps, for the start of each node of the markdown, where that node came from in the page
 * (see `mapSourcePlaces`); positions are translated through it where they are reported.
 */

/** Starts of nodes in the written markdown and in the page: `[line, column, sourceLine, sourceColumn]`, sorted. */
export type SourcePlaces = Array<[number, number, number, number]>

/**
 * Pair the nodes of `written` (the markdown as parsed back) with those of `original` (the
 * tree it was written from, with positions in the page) and list where each starts in both.
 * Where the two trees differ in shape (the writer merges or escapes text), only the node
 * that holds the difference is paired, not its children. Pure.
 */
export function mapSourcePlaces(original: Node, written: Node): SourcePlaces {
  const places: SourcePlaces = []
  const pair = (from: Node, to: Node) => {
    const source = from.position?.start
    const target = to.position?.start
    if (source && target) places.push([target.line, target.column, source.line, source.column])
    const fromChildren = (from as Partial<Parent>).children
    const toChildren = (to as Partial<Parent>).children
    if (fromChildren && toChildren) for (const [a, b] of alignByType(fromChildren, toChildren)) pair(fromChildren[a], toChildren[b])
  }
  pair(original, written)
  places.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  return places
}

/**
 * Pairs of indices of `a` and `b` whose nodes are of the same type, in order, as many as
 * possible (a longest common subsequence by type): where the writer merged or split a node,
 * its neighbours still pair up. Children lists are short; the table is bounded anyway.
 */
function alignByType(a: Node[], b: Node[]): Array<[number, number]> {
  if (a.length === b.length && a.every((node, index) => node.type === b[index].type)) return a.map((_, index) => [index, index])
  if (a.length * b.length > 4_000_000) return []
  const width = b.length + 1
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i].type === b[j].type ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i].type === b[j].type) pairs.push([i++, j++])
    else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++
    else j++
  }
  return pairs
}

/** Where `point` of the written markdown is in the page: at the start of the last node that starts at or before it. */
export function placeInSource(
  places: SourcePlaces,
  point: { line: number; column?: number },
): { line: number; column: number } | undefined {
  const column = point.column ?? 1
  let low = 0
  let high = places.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [line, col] = places[middle]
    if (line < point.line || (line === point.line && col <= column)) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found === -1) return undefined
  const [, , sourceLine, sourceColumn] = places[found]
  return { line: sourceLine, column: sourceColumn }
}

/**
 * Move the places of `file`'s messages from the `from`th on, and of an error about it, from
 * the written markdown into the page (`file.data.sourcePlaces`); a file read as written is
 * left alone. A place that comes before every node of the page (the frontmatter the importer
 * wrote) is dropped rather than left pointing at a line the page does not have.
 */
export function moveMessagesToSource(file: VFile, from: number): void {
  const places = file.data.sourcePlaces
  if (!places) return
  for (const message of file.messages.slice(from)) {
    if (message.line === undefined) continue
    const at = placeInSource(places, { line: message.line, column: message.column })
    message.line = at?.line
    message.column = at?.column
    message.place = at
  }
}

/** `error` with its line and column in the page, when `file` was imported and the error names a line. */
export function errorInSource(error: unknown, file: VFile): unknown {
  const places = file.data.sourcePlaces
  if (!places || !(error instanceof LecternError) || error.line === undefined) return error
  const at = placeInSource(places, { line: error.line, column: error.column })
  return new LecternError(error.reason, {
    file: error.file,
    line: at?.line,
    column: at?.column,
    exitCode: error.exitCode,
    cause: error.cause,
  })
}

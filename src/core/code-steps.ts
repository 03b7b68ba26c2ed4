import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Code, Root } from 'mdast'
import { SKIP, visit } from './visit.ts'
import type { VFile } from 'vfile'
import { listingOf } from './code-titles.ts'
import { findLineSteps } from './line-steps-spec.ts'
import { fitsOneSlide } from './split-visual.ts'
import { withoutTwoslash } from './twoslash.ts'

/*
 * Line steps in a code block's info string, as Reveal writes them: ```js {1-2|4} emphasises
 * lines 1 and 2, then, one step later, line 4; ```js {1,3} emphasises lines 1 and 3. Reveal's
 * own `[1-2|4]` and its first-line offset `[10: 12-13]` are read too. Reveal does this with
 * its highlight plugin, which re-highlights in the browser; lectern highlights at build time
 * and does not ship it, so the steps are markup and CSS of its own: each line a
 * `.lectern-line`, marked `.lectern-on-N` for every step N that emphasises it, and before the
 * lines one empty fragment per step after the first (`.lectern-step-N`), whose visibility the
 * styles read (base.css). No script beyond the deck app's.
 */

/** The most steps a code block may have: base.css has rules for this many. */
export const maxCodeSteps = 16

/** One step: the lines it emphasises (counted from 1), or `all` for none singled out. */
export type LineStep = ReadonlySet<number> | 'all'

export { findLineSteps } from './line-steps-spec.ts'

/**
 * Parse line steps such as `1-2|4` or `10: 12-13` for a block of `lineCount` lines: one
 * entry per step, or the problem (for a warning) when a range is malformed or outside the block.
 */
export function parseLineSteps(spec: string, lineCount: number): { steps: LineStep[] } | { problem: string } {
  let body = spec
  let first = 1
  const offset = /^\s*(\d+)\s*:(.*)$/.exec(spec)
  if (offset) {
    first = Number(offset[1])
    body = offset[2]
    if (first < 1) return { problem: 'the first line number must be 1 or more' }
  }
  const last = first + lineCount - 1
  const steps: LineStep[] = []
  for (const part of body.split('|')) {
    if (part.trim() === '') {
      steps.push('all')
      continue
    }
    const lines = new Set<number>()
    for (const range of part.split(',')) {
      const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(range)
      if (!match) return { problem: `\`${range.trim() || ','}\` is not a line number or a range such as 2-4` }
      const from = Number(match[1])
      const to = match[2] === undefined ? from : Number(match[2])
      if (to < from) return { problem: `the range ${from}-${to} runs backwards` }
      if (from < first || to > last) {
        return { problem: `line ${from < first ? from : to} is outside the block (lines ${first} to ${last})` }
      }
      for (let line = from; line <= to; line++) lines.add(line - first + 1)
    }
    steps.push(lines)
  }
  if (steps.length > maxCodeSteps) return { problem: `it has ${steps.length} steps; lectern shows at most ${maxCodeSteps}` }
  return { steps }
}

/**
 * Check every code block's line steps before the slides are cut: a malformed one, or one on a
 * block too long for one slide (its lines go on over slides), is a warning at
 * the block's line and the block shows without steps.
 */
export function remarkCodeSteps() {
  return function (tree: Root, file: VFile) {
    if (!file.data.hasCode) return
    visit(tree, 'code', (node: Code, index, parent) => {
      codehiliteLanguage(node)
      // (A listing of Twoslash's that shows nothing on its site is none on a slide: no empty box.)
      if (withoutTwoslash(node) && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      const spec = findLineSteps(node.meta)
      if (spec === undefined) return
      const parsed = parseLineSteps(spec, lineCount(node.value))
      let problem = 'problem' in parsed ? parsed.problem : undefined
      // A block in a list with steps is never cut (see split-visual.ts): only one of its own loses them.
      if (!problem && parent?.type === 'root' && !fitsOneSlide(node)) problem = 'the block is too long for one slide'
      if (!problem) return
      file.message(`Line steps \`${spec}\` ignored: ${problem}`, { place: node.position, ruleId: 'code-steps', source: 'lectern' })
      node.meta = null
    })
  }
}

/**
 * "    ::python" over an indented listing (Python-Markdown's CodeHilite, as Pelican blogs write it):
 * the first line names the listing's language, no line of its code. It is read as a fenced
 * block's language is, and goes.
 */
function codehiliteLanguage(node: Code): void {
  if (node.lang) return
  const marker = /^[ \t]*:::?[ \t]*([A-Za-z][\w+#.-]{0,30})[ \t]*(?:\r?\n|$)/.exec(node.value)
  if (!marker) return
  node.lang = marker[1].toLowerCase()
  node.value = node.value.slice(marker[0].length)
}

function lineCount(value: string): number {
  return value === '' ? 1 : value.split('\n').length
}

/** Turn each highlighted code block with line steps into lines and step markers (see above). Runs after highlighting. */
export function rehypeCodeSteps() {
  return function (tree: HastRoot, file: VFile) {
    if (!file.data.hasCode) return
    visit(tree, 'element', (node: Element) => {
      const listing = listingOf(node)
      const spec = findLineSteps(listing?.meta)
      if (!listing || spec === undefined) return
      const { code } = listing
      const lines = splitLines(code.children)
      // The text ends with a line break: no line after it.
      if (lines.length > 1 && lines.at(-1)!.length === 0) lines.pop()
      const parsed = parseLineSteps(spec, lines.length)
      if ('problem' in parsed) return
      markSteps(node, code, lines, parsed.steps)
    })
  }
}

/** Wrap each line in a `.lectern-line` with its steps, and put a fragment per later step before them. */
function markSteps(pre: Element, code: Element, lines: ElementContent[][], steps: LineStep[]): void {
  const stepped = steps.length > 1
  pre.properties.className = [
    ...((pre.properties.className as string[] | undefined) ?? []),
    stepped ? 'lectern-code-steps' : 'lectern-code-lines',
  ]
  const markers: ElementContent[] = steps.slice(1).map((_, index) => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['fragment', 'lectern-step', `lectern-step-${index + 2}`], ariaHidden: 'true' },
    children: [],
  }))
  const wrapped = lines.flatMap((line, index): ElementContent[] => {
    const number = index + 1
    const on = steps.flatMap((step, at) => (step === 'all' || step.has(number) ? [`lectern-on-${at + 1}`] : []))
    return [
      { type: 'element', tagName: 'span', properties: { className: ['lectern-line', ...on] }, children: line },
      { type: 'text', value: '\n' },
    ]
  })
  code.children = [...markers, ...wrapped]
}

/**
 * The code's content cut at its line breaks, one list of nodes per line. A highlighted span
 * that runs over several lines (a comment, a string) is cut too: each line gets its own copy
 * of the span with that line's part of it, so each line stays one element and keeps its colours.
 */
export function splitLines(nodes: ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]]
  for (const node of nodes) {
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part) lines.at(-1)!.push({ type: 'text', value: part })
      })
    } else if (node.type === 'element') {
      splitLines(node.children).forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part.length > 0) lines.at(-1)!.push({ ...node, children: part })
      })
    } else lines.at(-1)!.push(node)
  }
  return lines
}

import { codeTitle } from './code-titles.ts'
import { isDrawing, markedDrawing } from './drawings.ts'
import type { Blockquote, Code, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { findLineSteps } from './line-steps-spec.ts'
import { runInLabelOf } from './key-points/labels.ts'
import { countWords } from './words.ts'

/*
 * Slide capacity, in lines of body text at the theme's base size: a 720-pixel-high slide
 * holds about 12 lines below its title. The weights are estimates; the deck app scales down
 * the rare slide that still overflows.
 */
export const lineBudget = 12
export const charsPerLine = 58
/**
 * Characters a line of a list's item holds in the body's type, measured in Chromium on the
 * corpus's decks (a one-line item's length over the share of the line it fills: about 80 in
 * the default theme's 32px body type). Less than that, so that a list estimated to fit does
 * in a theme of wider letters, without leaving eight one-line items split four and four.
 */
const itemCharsPerLine = 72
const codeLinesPerSlide = 15
const codeLineWeight = lineBudget / codeLinesPerSlide
/**
 * The most lines of code a slide shows: a little more than fit at full size (the deck app
 * shrinks them, within its floor). A block up to this long stays whole, and a longer one is cut
 * into pieces this long at most: 18 lines of output on one slide beat 9 + 9 on two.
 */
const maxCodeLines = 20
const imageLines = 7
/** A diagram is drawn as large as the slide allows: it leaves room for a point or two. */
const diagramLines = 9
const tableRowLines = 1.2
/** Half a slide of body text: a single list item or table row with less is too little for a slide of its own. */
const loneCharacters = (lineBudget / 2) * charsPerLine

/** A single list item or table row with little text, or a few lines of code: too little to stand alone on a slide. */
export function isLoneItem(node: RootContent): boolean {
  if (node.type === 'list') return node.children.length === 1 && canStandAlone(node.children[0]) === false
  if (node.type === 'table') return node.children.length <= 2 && toString(node).length < loneCharacters
  if (node.type === 'code') return lineCount(node) < minCodeLines && findLineSteps(node.meta) === undefined
  return false
}

/** A list item may have a slide to itself when it has items of its own, a code block of a few lines or more, a picture, or half a slide of text. */
function canStandAlone(item: ListItem): boolean {
  return (
    item.children.some(
      (child) =>
        child.type === 'list' ||
        (child.type === 'code' && lineCount(child) >= minCodeLines) ||
        (child.type === 'paragraph' && hasImage(child) && !onlyCaptions(child)),
    ) || toString(item).length >= loneCharacters
  )
}

const lineCount = (code: Code) => code.value.split('\n').length

/**
 * Characters of a code line that show at the deck app's floor (about 107 at full size, in
 * the default theme): a longer line wraps there (fit.ts, base.css) and takes two rows or more.
 */
const floorCodeColumns = 150

/** How many rows a line of code takes on a slide shrunk to the floor: one, or more where it wraps. */
const rowsOf = (line: string) => Math.max(1, Math.ceil(line.length / floorCodeColumns))

/** The rows a code block takes on a slide: its lines, and more where a line too wide wraps (a terminal's table). */
// (A listing's title, over its lines on each of its slides, takes a row: see code-titles.ts.)
const codeRows = (code: Code) => code.value.split('\n').reduce((sum, line) => sum + rowsOf(line), codeTitle(code.meta) ? 1 : 0)

/** The class of a list item that goes on from the slide before: it shows no second bullet or number (base.css). */
export const continuedItemClass = 'lectern-continued'
/** The most lines a slide of `lines` may hold: the deck app scales content down to 70% (`fitFloor` in src/client/fit.ts), no further. */
export const limitOf = (lines: number) => lines / 0.7
/** The most lines a slide may hold below a heading of one line. */
export const fitLimit = limitOf(lineBudget)
/** The most rows of code a slide of `lines` shows (`maxCodeLines` below a heading of one line). */
const codeRowsFor = (lines: number) => Math.round((maxCodeLines * lines) / lineBudget)
/**
 * The most rows of a text drawing a slide of `lines` shows whole: the deck app shrinks a slide
 * with a drawing to half size (`drawingFloor` in src/client/fit.ts), where the rows of code a
 * slide holds at full size nearly double. (A 34-row drawing under a heading and a point fits at
 * about 60%: tests/client/layout.browser.test.ts.)
 */
const drawingRowsFor = (lines: number) => Math.round(codeRowsFor(lines) * 1.8)
/** A code piece shorter than this is "a few lines alone": it joins its neighbour instead. */
const minCodeLines = 5

/** Estimated height of a block in lines of body text. */
export function weigh(node: RootContent): number {
  switch (node.type) {
    case 'code':
      return Math.max(2, codeRows(node) * codeLineWeight + 0.5)
    case 'list':
      return node.children.reduce((sum, item) => sum + weighItem(item), 0) / columnsOf(node)
    case 'table':
      return node.children.length * tableRowLines
    case 'diagram':
      return diagramLines
    // A displayed formula is as tall as its rows, and a row with a fraction or a big operator
    // twice a line of text: its TeX source's length says nothing of that.
    case 'math':
      return formulaLines(node.value)
    case 'paragraph':
      // Only image paragraphs reach here; a picture left out shows its caption line alone.
      return onlyCaptions(node) ? textLines(toString(node)) || 1 : pictureLines(node)
    // A quote's words, and what else it holds (a table, a listing) at that block's own height;
    // a quoted post's photos (an embedded tweet) take a picture's room.
    case 'blockquote': {
      const isWords = (child: RootContent) => child.type === 'paragraph' || child.type === 'heading'
      const words = node.children.filter(isWords)
      const blocks = node.children.filter((child) => !isWords(child))
      return (
        textLines(words.map((child) => toString(child)).join(' ')) +
        0.5 +
        blocks.reduce((sum, child) => sum + weigh(child), 0) +
        (hasImage(node) ? imageLines : 0)
      )
    }
    case 'html':
      return Math.max(2, node.value.split('\n').length / 2, shownLines(node.value)) + (hasImage(node) ? imageLines : 0)
    default:
      return textLines(toString(node)) || 2
  }
}

/** Pictures a row shows when a paragraph holds three or more (base.css), and the lines such a row takes. */
const picturesPerRow = 3
const pictureRowLines = 4.5

/** The lines a paragraph of pictures takes: one picture's room, or rows of three smaller ones. */
function pictureLines(node: RootContent): number {
  let pictures = 0
  const walk = (child: RootContent) => {
    if (child.type === 'image' || child.type === 'imageReference') pictures++
    else if ('children' in child) for (const each of child.children as RootContent[]) walk(each)
  }
  walk(node)
  return pictures < picturesPerRow ? imageLines : Math.ceil(pictures / picturesPerRow) * pictureRowLines
}

/** Whether every picture of a block is one left out, shown as its caption line (see links.ts). */
function onlyCaptions(node: RootContent): boolean {
  let pictures = 0
  let captions = 0
  const walk = (child: RootContent) => {
    if (child.type === 'image' || child.type === 'imageReference') {
      pictures++
      if (child.data?.lecternCaption) captions++
    } else if ('children' in child) for (const each of child.children as RootContent[]) walk(each)
  }
  walk(node)
  return pictures > 0 && captions === pictures
}

/** Estimated height of a displayed formula, in lines of body text. */
export function formulaLines(tex: string): number {
  const rows = tex.split(/\\\\(?:\[[^\]]*\])?/)
  const tall = (row: string) => /\\(?:[dt]?frac|sum|prod|int|binom|begin\{[pbvB]?matrix\})/.test(row)
  return Math.max(2, rows.reduce((sum, row) => sum + (tall(row) ? 2.2 : 1.4), 0) + 0.6)
}

/** Whether a node shows a picture: an image, or raw HTML with an `<img>`, at any depth. */
export function hasImage(node: RootContent): boolean {
  if (node.type === 'image' || node.type === 'imageReference' || (node.type === 'html' && /<img\b/i.test(node.value))) return true
  return 'children' in node && (node.children as RootContent[]).some(hasImage)
}

function weighItem(item: ListItem): number {
  let lines = 0
  for (const child of item.children) {
    if (child.type === 'list' || child.type === 'code') lines += weigh(child)
    // A picture in a list item (a diagram under each item's label) takes a picture's room, not its alt text's line.
    else if (child.type === 'paragraph' && hasImage(child)) lines += onlyCaptions(child) ? textLines(toString(child)) || 1 : imageLines
    else lines += textLines(toString(child), itemCharsPerLine)
  }
  return Math.max(1, lines) + 0.2
}

/*
 * The lines a block of raw HTML shows: an embedded post is often one source line whose
 * `<br>`s and paragraphs make six on the slide. Each break or block end starts a line; a
 * blank one (`<br><br>`) is half a line of space. What is not shown (script, style, comments) counts nothing.
 */
function shownLines(html: string): number {
  const visible = html.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>/gi, '')
  let lines = 0
  for (const piece of visible.split(/<br\s*\/?>|<\/(?:p|li|div|h[1-6]|tr|blockquote|figcaption)>/i)) {
    const text = piece.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, ' ')
    lines += textLines(text) || (piece.trim() === '' ? 0.5 : 0)
  }
  return lines
}

export function textLines(text: string, perLine = charsPerLine): number {
  return text.trim() ? Math.ceil(text.length / perLine) : 0
}

/**
 * Split a block too tall for one slide, of `lines` below its heading, into pieces of about
 * equal height: lists by items, tables by rows (header repeated), code at blank lines or block
 * ends, quotes by paragraphs and the blocks they hold. No piece is a lone item, row or a few lines.
 */
export function splitVisual(node: RootContent, lines = lineBudget): RootContent[] {
  // A text drawing is shown whole, smaller where it must be: cut in two it loses its shape
  // (drawings.ts). (Not one past what a slide shows at the drawing's floor: a terminal's long table is cut.)
  if (node.type === 'code' && isDrawing(node) && codeRows(node) <= drawingRowsFor(lines)) return [markedDrawing(node)]
  if (weigh(node) <= lines) return [node]
  if (node.type === 'code' && codeRows(node) <= codeRowsFor(lines)) return [node]
  if (node.type === 'list') return splitList(node, lines)
  if (node.type === 'table') return splitTable(node, lines)
  if (node.type === 'code') return splitCode(node, lines)
  if (node.type === 'blockquote') return splitQuote(node, lines)
  return [node]
}

/**
 * Cut `weights` into `count` consecutive runs whose heaviest is as light as it can be, and
 * then as even as can be. A run of a single weight may stand alone only where `alone(index)`
 * allows (fewer runs when that leaves no way). Returns the index where each run after the first starts.
 * Exact (dynamic programming), but only over runs no heavier than a bound on the best split's
 * heaviest run: a section of thousands of blocks (an article is untrusted input) would
 * otherwise ask for every split of every prefix into every number of runs.
 */
export function balancedCuts(
  weights: number[],
  count: number,
  alone: (index: number) => boolean = () => true,
  cutBefore: (index: number) => boolean = () => false,
): number[] {
  const prefix = [0]
  for (const weight of weights) prefix.push(prefix[prefix.length - 1] + weight)
  const n = weights.length
  // How many of the first i blocks must start a run: a run from start to end holds none past its first block.
  const mustCut = [0]
  for (let index = 0; index < n; index++) mustCut.push(mustCut[index] + (index > 0 && cutBefore(index) ? 1 : 0))
  const allowed = (start: number, end: number) => mustCut[end] === mustCut[start + 1] && (end - start > 1 || alone(start))
  // Every number of runs from one per stretch between forced cuts up to the most is possible
  // (two runs of a stretch joined are one allowed run): fewer than asked when that is too many.
  const runs = Math.min(Math.max(1, Math.min(count, n)), mostRuns(n, allowed))
  if (runs < 2 || runs <= mustCut[n]) return []
  const total = prefix[n]
  // Above the rounding of sums of weights, so that no run the exact search would weigh is left out.
  const slack = 1e-6 * (1 + total)
  // The work grows with how far the bound is over an even share: start at the heaviest weight
  // and widen that margin twofold while no split fits under it.
  const even = total / runs
  const heaviestWeight = weights.reduce((most, weight) => Math.max(most, weight), 0)
  let bound = Math.max(even, heaviestWeight)
  for (;;) {
    const split = boundedSplit(prefix, runs, bound + slack, allowed)
    // The best split is no heavier than one found within the bound, so it was among those tried.
    if (split.heaviest <= bound || bound >= total) return split.cuts
    bound = Number.isFinite(split.heaviest) ? split.heaviest : even + 2 * Math.max(bound - even, heaviestWeight / 8)
  }
}

/** The most runs `allowed` lets n weights be cut into (-Infinity when none): a longer run can always be cut into runs of two or three. */
function mostRuns(n: number, allowed: (start: number, end: number) => boolean): number {
  const most = [0]
  for (let end = 1; end <= n; end++) {
    most.push(-Infinity)
    for (let start = Math.max(0, end - 3); start < end; start++) if (allowed(start, end)) most[end] = Math.max(most[end], most[start] + 1)
  }
  return most[n]
}

/**
 * The dynamic programming of `balancedCuts` for exactly `runs` runs, each at most `limit`
 * heavy: only the ends a run can reach within the limit, and only the prefixes from which the
 * rest still fits the remaining runs. Candidates are tried in the same order, so ties go the
 * same way. Returns the cuts and the heaviest run (Infinity when no split is that light).
 */
function boundedSplit(
  prefix: number[],
  runs: number,
  limit: number,
  allowed: (start: number, end: number) => boolean,
): { cuts: number[]; heaviest: number } {
  const n = prefix.length - 1
  // The fewest runs within the limit that cover the first i weights, and the weights from i on
  // (the longest run last, or first, is never worse): a prefix that needs more than k runs, or leaves more than the rest can hold, is no row k's.
  const fewest = [0]
  for (let i = 1, first = 0; i <= n; i++) {
    while (first < i && prefix[i] - prefix[first] > limit) first++
    fewest.push(first < i ? fewest[first] + 1 : Infinity)
  }
  const rest = new Array<number>(n + 1).fill(0)
  for (let i = n - 1, last = n; i >= 0; i--) {
    while (last > i && prefix[last] - prefix[i] > limit) last--
    rest[i] = last > i ? rest[last] + 1 : Infinity
  }
  // Row k holds the prefixes that k runs within the limit can end at, from low[k] to high[k].
  const low = [0]
  const high = [0]
  for (let k = 1; k <= runs; k++) {
    low.push(firstIndex(prefix, k, (index) => rest[index] <= runs - k))
    high.push(Math.min(firstIndex(prefix, 0, (index) => fewest[index] > k) - 1, n - (runs - k)))
  }
  // Where the last run starts, for each row; the heaviest run and the sum of squared run
  // weights only for the row before (what the next row reads), so memory grows with the starts alone.
  const from = [new Int32Array([-1])]
  let heaviest = new Float64Array([0])
  let squares = new Float64Array([0])
  for (let k = 1; k <= runs; k++) {
    const size = Math.max(0, high[k] - low[k] + 1)
    const rowHeaviest = new Float64Array(size).fill(Infinity)
    const rowSquares = new Float64Array(size).fill(Infinity)
    const rowFrom = new Int32Array(size).fill(-1)
    let first = Math.max(k - 1, low[k - 1])
    for (let i = low[k]; i <= high[k]; i++) {
      while (first < i && prefix[i] - prefix[first] > limit) first++
      const at = i - low[k]
      for (let start = first; start < i && start <= high[k - 1]; start++) {
        if (!allowed(start, i)) continue
        const run = prefix[i] - prefix[start]
        const max = Math.max(heaviest[start - low[k - 1]], run)
        const square = squares[start - low[k - 1]] + run * run
        const better = max < rowHeaviest[at] - 1e-9 || (max < rowHeaviest[at] + 1e-9 && square < rowSquares[at] - 1e-9)
        if (better) {
          rowHeaviest[at] = max
          rowSquares[at] = square
          rowFrom[at] = start
        }
      }
    }
    heaviest = rowHeaviest
    squares = rowSquares
    from.push(rowFrom)
  }
  const last = n - low[runs]
  if (last < 0 || last >= heaviest.length || heaviest[last] === Infinity) return { cuts: [], heaviest: Infinity }
  const cuts = new Array<number>(runs - 1)
  for (let k = runs, end = n; k > 1; k--) {
    end = from[k][end - low[k]]
    cuts[k - 2] = end
  }
  return { cuts, heaviest: heaviest[last] }
}

/** The first index from `start` of `prefix` at which `holds` becomes and stays true (prefix.length when never). */
function firstIndex(prefix: number[], start: number, holds: (index: number) => boolean): number {
  let low = start
  let high = prefix.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (holds(middle)) high = middle
    else low = middle + 1
  }
  return low
}

function splitByCuts<T>(items: T[], cuts: number[]): T[][] {
  const bounds = [0, ...cuts, items.length]
  return bounds.slice(1).map((end, index) => items.slice(bounds[index], end))
}

/** A list of this many items or more, each of four words at most, is a list of names: set in columns. */
const minColumnItems = 8
const columnsClass = 'lectern-list-columns'
/** The class of a list of names set in two columns: one whose longest name would not fit a third of the slide (base.css). */
const twoColumnsClass = 'lectern-list-columns-2'
/** Characters of its longest item at most for a list in three columns, and in two: code, in a monospace face, counts 1.25 each. */
const maxThirdCharacters = 22
const maxHalfCharacters = 40

/** Columns a list is set in: 3 for a list of names (see `inColumns`), 2 for one of long names, else 1. */
function columnsOf(list: List): number {
  const classes = (list.data?.hProperties?.className as string[] | undefined) ?? []
  return classes.includes(twoColumnsClass) ? 2 : classes.includes(columnsClass) ? 3 : 1
}

/**
 * A long list of names (a thanks list of handles, contributors, tags): every item a few words
 * of one line, nothing nested. Set in columns (base.css), it takes a third of the room.
 */
export function inColumns(list: List): List {
  const short = (item: ListItem) =>
    item.children.length === 1 &&
    item.children[0].type === 'paragraph' &&
    toString(item).trim().split(/\s+/).length <= 4 &&
    toString(item).length <= 32
  if (list.children.length < minColumnItems || !list.children.every(short)) return list
  // ("useConsistentObjectDefinition" as code ran past the slide's right edge in a third of it.)
  const widest = Math.max(...list.children.map(shownCharacters))
  if (widest > maxHalfCharacters) return list
  const className = widest > maxThirdCharacters ? [columnsClass, twoColumnsClass] : [columnsClass]
  return { ...list, data: { ...list.data, hProperties: { ...list.data?.hProperties, className } } }
}

/** An item's width in characters as shown: a character of code, in the monospace face, counts 1.25. */
function shownCharacters(node: { type: string; value?: unknown; children?: unknown[] }): number {
  if (node.type === 'inlineCode') return String(node.value).length * 1.25
  if (node.type === 'text') return String(node.value).length
  return (node.children ?? []).reduce((sum: number, child) => sum + shownCharacters(child as typeof node), 0)
}

function splitList(list: List, lines: number): List[] {
  const items = list.children.flatMap((item) => splitItem(item, lines))
  const continued = new Set(items.filter(isContinued))
  // A piece of a split item sits on a slide apart from the item's other pieces.
  const cutBefore = (index: number) => continued.has(items[index])
  const alone = (index: number) => canStandAlone(items[index]) || cutBefore(index) || cutBefore(index + 1)
  const weights = items.map((item) => weighItem(item) / columnsOf(list))
  // Slides enough for each run between two forced cuts.
  const count = splitByCuts(
    weights,
    items.flatMap((item, index) => (continued.has(item) ? [index] : [])),
  ).reduce((sum, run) => sum + Math.max(1, Math.ceil(run.reduce((total, weight) => total + weight, 0) / lines)), 0)
  if (count < 2) return [list]
  const heaviest = (cuts: number[]) => Math.max(...splitByCuts(weights, cuts).map((run) => run.reduce((sum, weight) => sum + weight, 0)))
  let cuts = balancedCuts(weights, count, alone, cutBefore)
  // An item alone beats a piece cut off at the slide's bottom.
  if (heaviest(cuts) > limitOf(lines)) {
    const loose = balancedCuts(weights, count, undefined, cutBefore)
    if (heaviest(loose) < heaviest(cuts)) cuts = loose
  }
  // The number of the next item that starts anew; a continued piece shows its item's number again, hidden.
  let next = list.start ?? 1
  return splitByCuts(items, cuts).map((children) => {
    const start = continued.has(children[0]) ? next - 1 : next
    next += children.filter((child) => !continued.has(child)).length
    return { ...list, children, start: list.ordered ? start : list.start }
  })
}

const isContinued = (item: ListItem) => (item.data?.hProperties?.className as string[] | undefined)?.includes(continuedItemClass) === true

/**
 * A list item too tall for one slide that holds a code block or a list, cut into pieces between its
 * blocks and inside its code or list (as a code block of its own is cut); every piece after the first
 * goes on without a bullet. Code with line steps stays whole: its steps count its lines.
 */
function splitItem(item: ListItem, lines: number): ListItem[] {
  if (weighItem(item) <= lines || !item.children.some((child) => child.type === 'code' || child.type === 'list')) return [item]
  // Each piece of a cut code block or nested list (a changelog's "BUGFIXES" and its hundred
  // entries) fills a slide of its own: two never share one.
  const parts = item.children.flatMap((child) => {
    const pieces =
      child.type === 'code' && findLineSteps(child.meta) === undefined
        ? splitCode(child, lines)
        : child.type === 'list'
          ? splitList(child, lines)
          : [child]
    return pieces.map((piece, index) => ({ piece, continues: index > 0 }))
  })
  const cutBefore = (index: number) => parts[index].continues
  if (parts.length < 2) return [item]
  const weights = parts.map(({ piece }) => (piece.type === 'list' || piece.type === 'code' ? weigh(piece) : textLines(toString(piece))))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  // As few slides as hold the pieces within the deck app's floor: the item's words go with its first piece of code.
  const heaviest = (cuts: number[]) => Math.max(...splitByCuts(weights, cuts).map((run) => run.reduce((sum, weight) => sum + weight, 0)))
  const forced = parts.filter(({ continues }) => continues).length
  let count = Math.min(Math.max(Math.ceil(total / limitOf(lines)), forced + 1), parts.length)
  let cuts = balancedCuts(weights, count, undefined, cutBefore)
  while (heaviest(cuts) > limitOf(lines) && count < parts.length) cuts = balancedCuts(weights, ++count, undefined, cutBefore)
  return splitByCuts(
    parts.map(({ piece }) => piece),
    cuts,
  ).map((children, index) =>
    index === 0 ? { ...item, children } : { ...item, children, data: { ...item.data, hProperties: { className: [continuedItemClass] } } },
  )
}

/**
 * A long quote, at its paragraphs and inside the blocks it holds (a quoted table's rows), each
 * piece a quote: the words that open it go with the first piece of what they introduce.
 */
function splitQuote(quote: Blockquote, lines: number): Blockquote[] {
  const pieces = quote.children.flatMap((child) =>
    child.type === 'paragraph' ? [child] : splitVisual(child, lines),
  ) as Blockquote['children']
  const weightOf = (child: Blockquote['children'][number]) => (child.type === 'paragraph' ? textLines(toString(child)) + 0.5 : weigh(child))
  // A heading inside the quote ("> #### Spotlighting") goes with what follows it: a cut never
  // leaves it at the foot of one slide, its words on the next.
  // (So does a callout's label, "Nota" over its note (review 97, the Django Girls tutorial): alone, it was an empty box.)
  const label = (child: Blockquote['children'][number] | undefined) =>
    child?.type === 'paragraph' &&
    Array.isArray(child.data?.hProperties?.className) &&
    child.data.hProperties.className.includes('lectern-callout-label')
  const units: Array<Blockquote['children']> = []
  for (const [index, child] of pieces.entries()) {
    if ((pieces[index - 1]?.type === 'heading' || label(pieces[index - 1])) && units.length > 0) units[units.length - 1].push(child)
    else units.push([child])
  }
  const weights = units.map((unit) => unit.reduce((sum, child) => sum + weightOf(child), 0))
  const count = Math.min(Math.ceil(weigh(quote) / lines), units.length)
  if (count < 2) return [quote]
  // A paragraph alone is no piece when a block follows it: it says what that block is.
  const alone = (index: number) =>
    units[index].length > 1 ||
    units[index][0].type !== 'paragraph' ||
    units[index + 1]?.[0].type === 'paragraph' ||
    index === units.length - 1
  return splitByCuts(units, balancedCuts(weights, count, alone)).map((run) => ({ ...quote, children: run.flat() }))
}

function splitTable(table: Table, lines: number): Table[] {
  const [header, ...rows] = table.children
  const perSlide = Math.max(2, Math.floor(lines / tableRowLines) - 1)
  const count = Math.min(Math.ceil(rows.length / perSlide), Math.floor(rows.length / 2))
  if (count < 2) return [table]
  const cuts = balancedCuts(
    rows.map(() => 1),
    count,
    () => false,
  )
  return splitByCuts(rows, cuts).map((chunk) => ({ ...table, children: [header, ...chunk] }))
}

/**
 * Where a code block may be cut: best after a blank line before the outermost indentation, then
 * where a block ends there, or between two blocks one level in (the methods of an `impl`, the
 * functions of a class), or after a blank line one level in; after a blank line deeper in, or a
 * block's end, only a little better than inside a block.
 */
function codeBreakScore(lines: string[], index: number, { base, step, terminated }: ListingShape): number {
  const line = lines[index - 1] ?? ''
  const next = lines[index] ?? ''
  const indent = indentOf
  // (A blank line's depth is that of the line after it, or of the next that is not blank.)
  let ahead = index
  while (ahead < lines.length && lines[ahead].trim() === '') ahead++
  const after = lines[ahead] ?? ''
  const closes = /^\s*[)}\]][;,)]*\s*$/.test(line)
  if (line.trim() === '') return indent(after) <= base ? 3 : indent(after) <= base + step ? 2 : 1
  if (next.trim() !== '' && indent(next) <= base && (indent(line) <= base || /^\s*[)}\]]/.test(line))) {
    // ("join organizations o" then "on t.organization_id=o.id": in a listing whose statements end in
    // ";", SQL's above all, a line that ends none and opens no block goes on with the next.)
    if (terminated && !/[;{}]\s*(?:(?:--|\/\/).*)?$/.test(line) && !/^\s*[)}\]]/.test(line)) return 1
    return 2
  }
  // ("    on t.id=tr.team_id" then "where …", a body then the next statement at the outermost
  // indentation: a clause or block has ended, without a closing line.)
  if (next.trim() !== '' && indent(next) <= base && !/[([{,\\]\s*$/.test(line)) return 1
  // ("    }" then "    fn get_name(&self)…": one method's end and the next's start, one level in.)
  if (closes && next.trim() !== '' && indent(next) === indent(line) && indent(next) <= base + step) return 2
  if (closes) return 1
  // ("      SW_HEALTH_CHECKER: default" then "    healthcheck:": where the next line is indented less, a nested block has
  // ended, as where a closing line ends one; unless that next line is the closing one, "}", "enddo", "fi".)
  // (Nor in a listing whose statements end in ";" where this line ends none: "    on t.id=tr.team_id" then "  join …".)
  if (
    next.trim() !== '' &&
    indent(next) < indent(line) &&
    !/[([{,\\]\s*$/.test(line) &&
    !closingLine.test(next) &&
    !(terminated && !/[;{}]\s*(?:(?:--|\/\/).*)?$/.test(line))
  )
    // (Back two levels or more, two blocks end: "│       └── bakeme" then "└── release", the next of a tree's folders.)
    return indent(line) - indent(next) >= 2 * step ? 2 : 1
  // ("    healthcheck:" then its keys, a docker-compose file of SkyWalking's post (review 106): the line that opens a block
  // and the block's first line, never apart; the piece ended on the key, the next slide opened on what it holds.)
  if (next.trim() !== '' && indent(next) > indent(line)) return -1
  return 0
}

/** A line that closes a block: a bracket, or a word that ends one (`end`, `enddo`, `fi`, `done`, `esac`, `until`, `else`). */
const closingLine = /^\s*(?:[)}\]]|\/?>|<\/|(?:end[\w]*|fi|done|esac|until|else|elif|elsif|except|finally|catch|rescue|ensure)\b)/i

/**
 * A line's indentation: its leading spaces, and in a tree that `tree` drew (`│   ├── linux_amd64`) the lines that draw it,
 * so that an entry's depth is where its name starts (Docker's guide to Bake, review 107, cut its tree between two of
 * one folder's entries, "│   └── linux_riscv64" opening a slide).
 */
function indentOf(line: string): number {
  return line.length - line.replace(/^[\s│├└─┬┼┃┣┗━]+/u, '').length
}

/** What a listing's cuts are weighed by: its outermost indentation, its step (the smallest indentation one line adds), and how its statements end. */
interface ListingShape {
  base: number
  step: number
  /** Whether its statements end in ";" (some line does). */
  terminated: boolean
}

/** The shape of a listing's lines, measured once for all the cuts tried in it. */
function shapeOf(lines: string[]): ListingShape {
  const indents = lines.filter((line) => line.trim() !== '').map(indentOf)
  const base = Math.min(...indents, Number.MAX_SAFE_INTEGER)
  const steps = indents.map((each) => each - base).filter((each) => each > 0)
  return {
    base: base === Number.MAX_SAFE_INTEGER ? 0 : base,
    step: steps.length > 0 ? Math.min(...steps) : 4,
    terminated: lines.some((line) => /;\s*$/.test(line)),
  }
}

/** The line that stands for the rest of a listing a slide shows only the start of. */
export const excerptMark = '…'

/**
 * Slides' worth of one listing that a talk walks through whole, split where blocks end: a
 * longer one shows its start (see `excerptOf`).
 */
const maxCodeSlides = 3

/** Whether a listing fits on `slides` slides of `room` lines each. */
function fitsSlides(code: Code, room: number, slides: number): boolean {
  return code.value.split('\n').length <= codeRowsFor(room) * slides || weigh(code) <= room * slides
}

/** Whether a listing fits on one slide below `room` lines: line steps need the whole block on one. */
export const fitsOneSlide = (code: Code, room = lineBudget) => fitsSlides(code, room, 1)

/**
 * The start of a listing too long for a few slides, as a talk shows it: up to a slide of its
 * lines, cut where a block ends (after a blank line best), then a `…` line. Undefined when
 * the listing fits on a few slides, which show it whole. The whole listing goes in the notes
 * and the handout: runs of "(cont.)" slides of a long program have nothing to say.
 */
export function excerptOf(code: Code, room = lineBudget): Code | undefined {
  if (fitsSlides(code, room, maxCodeSlides)) return undefined
  const lines = code.value.split('\n')
  const shownLines = Math.max(minCodeLines * 2, Math.round((codeLinesPerSlide * room) / lineBudget))
  const shape = shapeOf(lines)
  let end = shownLines
  for (let at = shownLines; at >= minCodeLines * 2; at--) if (codeBreakScore(lines, at, shape) > codeBreakScore(lines, end, shape)) end = at
  const shown = lines.slice(0, end)
  while (shown.length > 1 && shown[shown.length - 1].trim() === '') shown.pop()
  return { ...code, value: [...shown, excerptMark].join('\n') }
}

/** Slides' worth of list beyond which a talk shows its start (a changelog of a hundred entries). */
const maxListSlides = 3
/** Items a list has at most that it always shows whole, on as many slides as they take. */
const minExcerptItems = 20
/**
 * Items a list of short lines has at most that it shows whole on up to twice the slides a long list may take: an incident's
 * timeline of 22 entries (review 145, OpenStreetMap's post-mortem) lost its last four, the finding among them, to "… (+4)".
 */
const minShortExcerptItems = 30
/** Items a nested list of a long list keeps before its `…` line, and at fewest where that shows every item. */
const nestedListItems = 5
const minNestedItems = 2

/**
 * The start of a list too long for a few slides, as a talk shows it: each nested list keeps
 * its first items, then the list its first items, each cut marked by a `… (+N)` item. Undefined
 * when the list is short enough to show whole. The whole list goes in the notes and the handout.
 */
export function listExcerptOf(list: List, lines = lineBudget): List | undefined {
  // (A list of names alone, a release's contributors or sponsors, shows one slide of them: three
  // slides of names say no more than one does.)
  const budget = lines * (onlyNames(list) ? 1 : maxListSlides)
  // (Twenty items or fewer, however long, are the writer's points, a postmortem's conclusions: each is shown; so are thirty
  // short ones, a postmortem's timeline, on twice the slides.)
  const items = itemsIn(list)
  if (weigh(list) <= budget || items <= minExcerptItems || (items <= minShortExcerptItems && weigh(list) <= budget * 2)) return undefined
  const nestedCut = (count: number) =>
    list.children.map((item) => ({
      ...item,
      children: item.children.map((child) => (child.type === 'list' ? keepFirst(child, count) : child)),
    }))
  // (Where every item fits with fewer of its nested items, each is shown: a foundation's four
  // committees, each with its plans, or a changelog's five categories, are the list's parts.)
  const children = nestedCut(nestedListItems)
  for (let count = nestedListItems; count >= minNestedItems; count--) {
    const whole = { ...list, children: count === nestedListItems ? children : nestedCut(count) }
    if (weigh(whole) <= budget) return whole
  }
  // What `weigh` gives the list cut to its first `count` items, summed in the same order from
  // running totals: a list of thousands of items is not weighed again for each item dropped.
  const totals = [0]
  for (const item of children) totals.push(totals[totals.length - 1] + weighItem(item))
  const columns = columnsOf(list)
  const weighKept = (count: number) =>
    (count + 1 >= children.length ? totals[children.length] : totals[count] + weighItem(moreItem(children.length - count))) / columns
  let kept = children.length
  while (kept > 2 && weighKept(kept) > budget) kept--
  return keepFirst({ ...list, children }, kept)
}

/** Words a name has at most ("Alexander Stensrud", "Šárka Slavětínská", "@uthmaniv"). */
const maxNameWords = 4

/** Whether every item of a list is a name alone, or its link: a paragraph of a few words, nothing nested. */
function onlyNames(list: List): boolean {
  return list.children.every((item) => {
    const [only, ...rest] = item.children
    if (rest.length > 0 || only?.type !== 'paragraph') return false
    const shown = only.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
    const text = toString(only).trim()
    return (
      shown.length === 1 &&
      (shown[0].type === 'link' || shown[0].type === 'text') &&
      text.split(/\s+/u).length <= maxNameWords &&
      !/[.!?:;]$/u.test(text)
    )
  })
}

/** Words a list item's first line has at most to be its headline. */
const maxHeadlineWords = 14
/** Words a headline's description has at least: prose to say, not a few words to show. */
const minDescriptionWords = 15
/** Words each block of a description holds on average: sentences, not a nested outline. */
const minDescriptionBlockWords = 10

/**
 * A list whose items are each a short line (a date and a release, a name, a title, or a bold
 * label that runs into its sentences) above or before a description in sentences, too tall to
 * show whole (a year's milestones, each with a paragraph; "**Bevy 0.6**: In the very near future
 * we will…"): the slide shows the lines, and the descriptions go in the notes, said over them.
 * Shown whole, such a list took a slide an item, or its first items and "… (+N)". Undefined for
 * any other list: a nested outline of short items, an item whose code or picture is part of
 * what it shows, a list that fits its slide.
 */
export function headlinesOf(list: List, lines: number, lang: string): List | undefined {
  if (list.children.length < 3 || weigh(list) <= lines) return undefined
  // Labels for every labelled item where one item's first line is too long to show (its label stands for it), so that the
  // list's lines are all alike; else each short first line whole ("**Step 1**: Install the command line tool.").
  const plain = list.children.map((item) => headlineOf(item, lang, false))
  const labelled = plain.some((line) => line?.label === true)
  const headlines: ListItem[] = []
  let described = 0
  for (const [index, item] of list.children.entries()) {
    const headline = labelled ? headlineOf(item, lang, true) : plain[index]
    if (!headline) return undefined
    if (headline.described >= minDescriptionWords) described++
    headlines.push({ ...item, spread: false, children: [headline.line] })
  }
  if (described < Math.max(2, list.children.length / 2)) return undefined
  return { ...list, spread: false, children: headlines }
}

/** An item's short line and how many words describe it after it; undefined when the item is not of that shape. */
function headlineOf(item: ListItem, lang: string, labels: boolean): { line: Paragraph; described: number; label?: boolean } | undefined {
  const words = (node: RootContent | ListItem) => countWords(toString(node), lang)
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph' || hasImage(first) || rest.some(hasImage)) return undefined
  if (!rest.every((child) => child.type === 'paragraph' || child.type === 'list')) return undefined
  const blocks = rest.flatMap((child): Array<RootContent | ListItem> => (child.type === 'list' ? child.children : [child]))
  const total = blocks.reduce((sum, block) => sum + words(block), 0)
  // A nested outline of short items is shown, not said; a line or two of comment is said as it is.
  if (blocks.length > 1 && total / blocks.length < minDescriptionBlockWords) return undefined
  // "**Bevy 0.6**: In the very near future…", "**Build.** Claude should know…": the label is the line.
  // (Also where the item is short whole, with `labels`: "**Remove undefined props from React snapshots**: Smaller snapshots and
  // proper React behavior." among items shown by their labels (review 118, Jest 23's release post).)
  const short = words(first) <= maxHeadlineWords
  if (short && !labels) return { line: first, described: total }
  const [bold, after] = first.children
  const labelled =
    bold?.type === 'strong' &&
    countWords(toString(bold), lang) <= maxHeadlineWords &&
    // "**2024-08-16 00:05 UTC** - SDK Gateways stop fulfilling requests": a label that only says when
    // names nothing; an incident's timeline shown as its times alone says nothing of what happened.
    !onlyWhen(toString(bold)) &&
    // (A full stop or a dash after the bold runs it in too: "**Build**. Claude…", "**fsync(2)** — A write()…".)
    (runInLabelOf(first.children) !== undefined || (after?.type === 'text' && /^\s*(?:[:.]|\s[—–-])\s+\S/.test(after.value)))
  if (labelled) {
    const line: Paragraph = { type: 'paragraph', children: [{ ...bold, children: withoutEndMark(bold.children) }] }
    return { line, described: total + words(first) - words(bold), label: !short }
  }
  if (short) return { line: first, described: total }
  return undefined
}

// Months, days and clock words a time label may hold (English): a closed class.
const whenWords =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|utc|gmt|[ap]\.?m\.?|[a-z]{1,2}t)\b/giu

/** Whether a label is only a date or a time ("2024-08-16 00:05 UTC", "Aug 16, 10:30 PM"). */
function onlyWhen(label: string): boolean {
  return /\d/.test(label) && !/\p{L}/u.test(label.replace(whenWords, ''))
}

/** A label's words without the colon or full stop that runs it into its sentence. */
function withoutEndMark(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1]
  if (last?.type !== 'text') return children
  return [...children.slice(0, -1), { ...last, value: last.value.replace(/\s*[:.]\s*$/, '') }]
}

/** The items of a list and of the lists inside them. */
function itemsIn(list: List): number {
  let count = 0
  for (const item of list.children) {
    count++
    for (const child of item.children) if (child.type === 'list') count += itemsIn(child)
  }
  return count
}

/** A list's first `count` items and a `… (+N)` item for the rest: no words of any one language. */
function keepFirst(list: List, count: number): List {
  if (list.children.length <= count + 1) return list
  return { ...list, children: [...list.children.slice(0, count), moreItem(list.children.length - count)] }
}

/** The item that stands for the `rest` of a list's items. */
function moreItem(rest: number): ListItem {
  return {
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [{ type: 'text', value: `${excerptMark} (+${rest})` }] }],
  }
}

/** What a cut costs by where it falls (`codeBreakScore`): nothing after a blank line, most inside a block. */
const breakPenalty = [6, 3, 1, 0]
/** What a cut costs between a line that opens a block and the block's first line. */
const openerPenalty = 10
/** What one more slide of code costs, against cuts inside blocks: a cut mid-function is worth avoiding, not at any price. */
const pieceCost = 2

function splitCode(code: Code, room: number): Code[] {
  const lines = code.value.split('\n')
  const rows = codeRows(code)
  const maxRows = codeRowsFor(room)
  if (rows <= maxRows) return [code]
  // Lines that wrap take more rows: a piece holds fewer of them.
  const perPiece = Math.max(minCodeLines * 2, Math.floor((maxRows * lines.length) / rows))
  // As few pieces as hold it (each fills its slide), or one more when that lets every cut fall where a block ends.
  const fewest = Math.ceil(lines.length / perPiece)
  const shape = shapeOf(lines)
  const plans = [fewest, fewest + 1].flatMap((count) => {
    const plan = codeCuts(lines, count, perPiece, shape)
    return plan ? [{ ...plan, cost: plan.penalty + count * pieceCost }] : []
  })
  if (plans.length === 0) return [code]
  const { cuts } = plans.reduce((best, plan) => (plan.cost < best.cost ? plan : best))
  // Its pieces say which block they are of (where it starts in the article), so the deck can show
  // them in one size (client/fit.ts): one listing in three sizes on three slides reads as three.
  const piece = String(code.position?.start.offset ?? code.value.length)
  return splitByCuts(lines, cuts).map((chunk) => {
    while (chunk.length > 1 && chunk[chunk.length - 1].trim() === '') chunk.pop()
    while (chunk.length > 1 && chunk[0].trim() === '') chunk.shift()
    return { ...code, value: chunk.join('\n'), data: { ...code.data, hProperties: { ...code.data?.hProperties, dataLecternPiece: piece } } }
  })
}

/**
 * Where to cut `lines` into `count` pieces of `minCodeLines` to `maxLines` lines: the cuts
 * that fall best (`breakPenalty`) with pieces of about equal length. Exact (dynamic
 * programming over cut positions); undefined when no such pieces exist.
 */
function codeCuts(lines: string[], count: number, maxLines: number, shape: ListingShape): { cuts: number[]; penalty: number } | undefined {
  const n = lines.length
  const target = n / count
  const cost = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity))
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1))
  cost[0][0] = 0
  for (let k = 1; k <= count; k++) {
    for (let end = Math.max(k * minCodeLines, n - (count - k) * maxLines); end <= Math.min(n, k * maxLines); end++) {
      const score = end === n ? 3 : codeBreakScore(lines, end, shape)
      const at = score < 0 ? openerPenalty : breakPenalty[score]
      for (let start = Math.max(0, end - maxLines); start <= end - minCodeLines; start++) {
        if (cost[k - 1][start] === Infinity) continue
        const total = cost[k - 1][start] + at + (end - start - target) ** 2 / (target * 4)
        if (total < cost[k][end]) {
          cost[k][end] = total
          from[k][end] = start
        }
      }
    }
  }
  if (cost[count][n] === Infinity) return undefined
  const cuts: number[] = []
  for (let k = count, end = n; k > 1; k--) {
    end = from[k][end]
    cuts.unshift(end)
  }
  return { cuts, penalty: cost[count][n] }
}

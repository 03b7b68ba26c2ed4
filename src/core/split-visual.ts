import type { Code, List, ListItem, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'

/*
 * Slide capacity, in lines of body text at the theme's base size: a 720-pixel-high slide
 * holds about 12 lines below its title. The weights are estimates; the deck app scales down
 * the rare slide that still overflows.
 */
export const lineBudget = 12
export const charsPerLine = 58
const codeLinesPerSlide = 15
const codeLineWeight = lineBudget / codeLinesPerSlide
const imageLines = 7
/** A diagram is drawn as large as the slide allows: it leaves room for a point or two. */
const diagramLines = 9
const tableRowLines = 1.2
/** A code piece shorter than this is "a few lines alone": it joins its neighbour instead. */
const minCodeLines = 5

/** Estimated height of a block in lines of body text. */
export function weigh(node: RootContent): number {
  switch (node.type) {
    case 'code':
      return Math.max(2, node.value.split('\n').length * codeLineWeight + 0.5)
    case 'list':
      return node.children.reduce((sum, item) => sum + weighItem(item), 0)
    case 'table':
      return node.children.length * tableRowLines
    case 'diagram':
      return diagramLines
    case 'paragraph':
      // Only image paragraphs reach here.
      return imageLines
    case 'blockquote':
      return textLines(toString(node)) + 0.5
    case 'html':
      return Math.max(2, node.value.split('\n').length / 2)
    default:
      return textLines(toString(node)) || 2
  }
}

function weighItem(item: ListItem): number {
  let lines = 0
  for (const child of item.children) lines += child.type === 'list' ? weigh(child) : textLines(toString(child))
  return Math.max(1, lines) + 0.2
}

export function textLines(text: string): number {
  return text.trim() ? Math.ceil(text.length / charsPerLine) : 0
}

/**
 * Split a block too tall for one slide into pieces of about equal height: lists by items,
 * tables by rows (header repeated), code at blank lines or block ends. No piece is a lone
 * item, row or a few lines.
 */
export function splitVisual(node: RootContent): RootContent[] {
  if (weigh(node) <= lineBudget) return [node]
  if (node.type === 'list') return splitList(node)
  if (node.type === 'table') return splitTable(node)
  if (node.type === 'code') return splitCode(node)
  return [node]
}

/**
 * Cut `weights` into `count` consecutive runs whose heaviest is as light as it can be: the
 * smallest capacity for which a greedy fill needs no more than `count` runs. Returns the
 * index where each run after the first starts.
 */
export function balancedCuts(weights: number[], count: number): number[] {
  const fill = (capacity: number): number[] => {
    const cuts: number[] = []
    let sum = 0
    weights.forEach((weight, index) => {
      if (index > 0 && sum + weight > capacity) {
        cuts.push(index)
        sum = 0
      }
      sum += weight
    })
    return cuts
  }
  let low = Math.max(...weights)
  let high = weights.reduce((sum, weight) => sum + weight, 0)
  for (let round = 0; round < 30 && high - low > 1e-3; round++) {
    const middle = (low + high) / 2
    if (fill(middle).length + 1 <= count) high = middle
    else low = middle
  }
  return fill(high)
}

function splitByCuts<T>(items: T[], cuts: number[]): T[][] {
  const bounds = [0, ...cuts, items.length]
  return bounds.slice(1).map((end, index) => items.slice(bounds[index], end))
}

function splitList(list: List): List[] {
  const weights = list.children.map(weighItem)
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const count = Math.min(Math.ceil(total / lineBudget), Math.floor(list.children.length / 2))
  if (count < 2) return [list]
  let start = list.start ?? 1
  return splitByCuts(list.children, balancedCuts(weights, count)).map((children) => {
    const chunk: List = { ...list, children, start: list.ordered ? start : list.start }
    start += children.length
    return chunk
  })
}

function splitTable(table: Table): Table[] {
  const [header, ...rows] = table.children
  const perSlide = Math.max(2, Math.floor(lineBudget / tableRowLines) - 1)
  const count = Math.min(Math.ceil(rows.length / perSlide), Math.floor(rows.length / 2))
  if (count < 2) return [table]
  const size = Math.ceil(rows.length / count)
  const chunks: Table[] = []
  for (let index = 0; index < rows.length; index += size) {
    chunks.push({ ...table, children: [header, ...rows.slice(index, index + size)] })
  }
  return chunks
}

/** Where a code block may be cut: after a blank line, or where a block ends at the outermost indentation. */
function codeBreakScore(lines: string[], index: number): number {
  const line = lines[index - 1] ?? ''
  const next = lines[index] ?? ''
  if (line.trim() === '') return 3
  const indent = (text: string) => text.length - text.trimStart().length
  if (next.trim() !== '' && indent(next) === 0 && (indent(line) === 0 || /^\s*[)}\]]/.test(line))) return 2
  if (/^\s*[)}\]][;,)]*\s*$/.test(line)) return 1
  return 0
}

/** Whether a code block is too long for one slide and is cut into pieces (each numbering its lines anew). */
export function splitsAcrossSlides(code: Code): boolean {
  return weigh(code) > lineBudget && splitCode(code).length > 1
}

function splitCode(code: Code): Code[] {
  const lines = code.value.split('\n')
  const count = Math.ceil(lines.length / codeLinesPerSlide)
  if (count < 2) return [code]
  const target = lines.length / count
  const cuts: number[] = []
  let start = 0
  for (let piece = 1; piece < count; piece++) {
    const ideal = Math.round(target * piece)
    let best = -1
    let bestScore = -Infinity
    for (let index = start + minCodeLines; index <= Math.min(start + codeLinesPerSlide + 3, lines.length - minCodeLines); index++) {
      const score = codeBreakScore(lines, index) * 4 - Math.abs(index - ideal)
      if (score > bestScore) {
        best = index
        bestScore = score
      }
    }
    if (best === -1) break
    cuts.push(best)
    start = best
  }
  return splitByCuts(lines, cuts).map((chunk) => {
    while (chunk.length > 1 && chunk[chunk.length - 1].trim() === '') chunk.pop()
    while (chunk.length > 1 && chunk[0].trim() === '') chunk.shift()
    return { ...code, value: chunk.join('\n') }
  })
}

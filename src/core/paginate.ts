import type { Code, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import { extractKeyPoint } from './key-points.ts'
import type { DeckOptions } from './options.ts'
import type { KeyPoints, Notes, Slide } from './types.ts'

/** A run of blocks under one title: a section, a sub-section, or the part after a `---`. */
export interface Segment {
  /** The visible title; empty for slides without one. */
  title: PhrasingContent[]
  /** Plain text of the section this segment belongs to. */
  groupTitle: string
  items: SegmentItem[]
  position?: Position
  /** A sub-section (`###`): shows its section's title above its own. */
  sub?: boolean
  /** Started by a `---`. */
  broken?: boolean
  /** The id its heading was given (`{#id}`), for its first slide. */
  anchor?: string
}

export type SegmentItem =
  | { kind: 'paragraph'; node: Paragraph }
  | { kind: 'visual'; node: RootContent }
  | { kind: 'note'; node: RootContent }

/*
 * Slide capacity, in lines of body text at the theme's base size: a 720-pixel-high slide
 * holds about 12 lines below its title. The weights are estimates; the theme's CSS scales
 * down the rare slide that still overflows.
 */
const lineBudget = 12
const charsPerLine = 58
const codeLinesPerSlide = 15
const codeLineWeight = lineBudget / codeLinesPerSlide
const imageLines = 7
const tableRowLines = 1.2

interface Page {
  slide: Slide
  notes: Notes
  paragraphs: number
  lines: number
}

/** Lay a segment's blocks out on as many slides as they need. */
export function paginate(segment: Segment, options: DeckOptions, slug: (text: string) => string): Slide[] {
  const title = toString({ type: 'paragraph', children: segment.title })
  const pages: Page[] = []

  const open = (): Page => {
    const continued = pages.length > 0 && !segment.broken
    const slide: Slide = {
      type: 'slide',
      kind: 'content',
      id: slug((pages.length === 0 && segment.anchor) || title || segment.groupTitle),
      title: (title || segment.groupTitle) + (continued ? ' (cont.)' : ''),
      kicker: segment.sub ? segment.groupTitle : undefined,
      continued,
      children: [],
      seconds: 0,
      position: segment.position,
    }
    if (title) {
      const suffix: PhrasingContent[] = continued ? [{ type: 'text', value: ' (cont.)' }] : []
      slide.children.push({ type: 'slideTitle', children: [...structuredClone(segment.title), ...suffix] })
    }
    const page = { slide, notes: { type: 'notes', children: [] } satisfies Notes, paragraphs: 0, lines: 0 }
    pages.push(page)
    return page
  }
  /** The current page if `lines` more fit on it, else a new one. */
  const room = (lines: number, paragraph: boolean): Page => {
    const page = pages[pages.length - 1]
    if (!page) return open()
    if (paragraph && page.paragraphs >= options.maxBullets) return open()
    const empty = page.paragraphs === 0 && page.lines === 0
    return !empty && page.lines + lines > lineBudget ? open() : page
  }

  for (const item of segment.items) {
    if (item.kind === 'paragraph') {
      const point = options.keyPoints === 'lead' ? extractKeyPoint(item.node) : undefined
      const lines = point ? Math.ceil(toString({ type: 'paragraph', children: point }).length / charsPerLine) + 0.3 : 0
      const page = room(lines, true)
      if (point) bulletsOf(page.slide).children.push({ type: 'keyPoint', children: point })
      page.notes.children.push(item.node)
      page.paragraphs++
      page.lines += lines
    } else if (item.kind === 'visual') {
      for (const piece of splitVisual(item.node)) {
        const lines = weigh(piece)
        const page = room(lines, false)
        page.slide.children.push(piece as Slide['children'][number])
        page.lines += lines
        page.notes.children.push(...altNotes(piece))
      }
    } else {
      ;(pages[pages.length - 1] ?? open()).notes.children.push(item.node as Paragraph)
    }
  }
  for (const page of pages) if (page.notes.children.length > 0) page.slide.children.push(page.notes)
  return pages.map((page) => page.slide)
}

/** A line in the notes for each image in a block that has alt text: the speaker (and the handout's reader) learn what it shows. */
function altNotes(node: RootContent): Paragraph[] {
  const notes: Paragraph[] = []
  visit(node, (child) => {
    if ((child.type === 'image' || child.type === 'imageReference') && child.alt?.trim()) {
      notes.push({ type: 'paragraph', children: [{ type: 'text', value: `Image: ${child.alt.trim()}` }] })
    }
  })
  return notes
}

/** The slide's last bullet list, when it is its last block; else a new one (keeps article order). */
function bulletsOf(slide: Slide): KeyPoints {
  const last = slide.children[slide.children.length - 1]
  if (last?.type === 'keyPoints') return last
  const list: KeyPoints = { type: 'keyPoints', children: [] }
  slide.children.push(list)
  return list
}

/** Estimated height of a block in lines of body text. */
export function weigh(node: RootContent): number {
  switch (node.type) {
    case 'code':
      return Math.max(2, node.value.split('\n').length * codeLineWeight + 0.5)
    case 'list':
      return node.children.reduce((sum, item) => sum + weighItem(item), 0)
    case 'table':
      return node.children.length * tableRowLines
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

function textLines(text: string): number {
  return text.trim() ? Math.ceil(text.length / charsPerLine) : 0
}

/** Split a block too tall for one slide: lists by items, tables by rows (header kept), code by lines. */
export function splitVisual(node: RootContent): RootContent[] {
  if (weigh(node) <= lineBudget) return [node]
  if (node.type === 'list') return splitList(node)
  if (node.type === 'table') return splitTable(node)
  if (node.type === 'code') return splitCode(node)
  return [node]
}

function splitList(list: List): List[] {
  const chunks: ListItem[][] = [[]]
  let lines = 0
  for (const item of list.children) {
    const weight = weighItem(item)
    if (lines + weight > lineBudget && chunks[chunks.length - 1].length > 0) {
      chunks.push([])
      lines = 0
    }
    chunks[chunks.length - 1].push(item)
    lines += weight
  }
  let start = list.start ?? 1
  return chunks.map((children) => {
    const chunk: List = { ...list, children, start: list.ordered ? start : list.start }
    start += children.length
    return chunk
  })
}

function splitTable(table: Table): Table[] {
  const [header, ...rows] = table.children
  const perSlide = Math.max(1, Math.floor(lineBudget / tableRowLines) - 1)
  const chunks: Table[] = []
  for (let index = 0; index < rows.length; index += perSlide) {
    chunks.push({ ...table, children: [header, ...rows.slice(index, index + perSlide)] })
  }
  return chunks.length > 0 ? chunks : [table]
}

function splitCode(code: Code): Code[] {
  const lines = code.value.split('\n')
  const chunks: Code[] = []
  for (let index = 0; index < lines.length; index += codeLinesPerSlide) {
    chunks.push({ ...code, value: lines.slice(index, index + codeLinesPerSlide).join('\n') })
  }
  return chunks
}

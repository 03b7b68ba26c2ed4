import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Root, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Processor } from 'unified'
import { visit } from './visit.ts'

export interface GfmOptions {
  /**
   * Parse tables (default true). The table construct is tried at the start of every line of
   * the article, a fifth of a long article's parse; `mayHaveTables` says when it can be left out.
   */
  tables?: boolean
}

/**
 * GitHub's markdown: tables, footnotes, strikethrough (of two tildes) and task lists, as remark-gfm adds
 * them, but without its autolink-literal extension. That one checks every character of
 * the text for a URL start and more than doubles the parse time of a long article;
 * `remarkLinks` finds bare URLs in text nodes afterwards, in one cheap pass.
 */
export function remarkGfmWithoutAutolinks(this: Processor, { tables = true }: GfmOptions = {}) {
  const data = this.data()
  // (Struck through between two tildes only, "~~wrong~~": "## ~Store はグローバルに欲しい~" (review 142, a Japanese post) sets its
  // title between single tildes as a flourish, and it was struck through on the slide and in every label above.)
  ;(data.micromarkExtensions ??= []).push(
    gfmFootnote(),
    gfmStrikethrough({ singleTilde: false }),
    gfmTaskListItem(),
    ...(tables ? [gfmTable()] : []),
  )
  ;(data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    ...(tables ? [gfmTableFromMarkdown()] : []),
  )
}

/**
 * Whether `markdown` may hold a table. Every GFM table has a delimiter row (`| --- | :-: |`):
 * a line of pipes, dashes, colons and spaces, with at least one pipe and one dash, perhaps
 * behind a quote's `>` or a list item's marker. Without such a line there is no table.
 * Errs towards yes: a line of only those characters is enough. Pure.
 */
export function mayHaveTables(markdown: string): boolean {
  return /^(?=[^\n]*\|)(?=[^\n]*-)[ \t\r>*+.)0-9:|-]+$/m.test(markdown)
}

/**
 * A cell of a kramdown rule line: a run of dashes or equals signs, perhaps with the `+` of a crossing and
 * a colon. (A run: a cell of one "-" is a table's "none".) Two linear tests, not one pattern whose runs overlap.
 */
const isRuleCell = (cell: string) => /^[\s:+]*[-=][-=+:\s]*$/.test(cell) && /[-=]{3}/.test(cell)

/**
 * Tables written for kramdown (Jekyll's default), whose rule lines GFM does not know:
 * `|-----+-----|` over the header and `|-----|-----|` between body rows. GFM reads a rule line
 * between rows as a row of dashes, and one over the header as a paragraph of its own before
 * the table; both are rules, drawn by the slide's own table lines, so both go.
 */
export function remarkTableRules() {
  return (tree: Root) => {
    visit(tree, 'table', (node, index, parent) => {
      const table = node as Table
      const rule = (row: Table['children'][number]) =>
        row.children.some((cell) => isRuleCell(toString(cell))) &&
        row.children.every((cell) => isRuleCell(toString(cell)) || toString(cell).trim() === '')
      const rows = table.children.filter((row, at) => at === 0 || !rule(row))
      if (rows.length !== table.children.length) table.children = rows
      const before = index === undefined ? undefined : parent?.children[index - 1]
      if (before?.type === 'paragraph' && index !== undefined && isRuleLine(toString(before).trim())) {
        parent?.children.splice(index - 1, 1)
        return index - 1
      }
    })
  }
}

/** A line of pipes whose every cell is a rule's: `|------+------|`. */
function isRuleLine(line: string): boolean {
  if (!line.includes('|')) return false
  const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|')
  return cells.length > 0 && cells.every(isRuleCell)
}

/** A delimiter row's cells, each dashes with their colons or empty (`| ----- | :---: |       |`), tested cell by cell. */
function delimiterCells(line: string): string[] | undefined {
  const trimmed = line.trim()
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2) return undefined
  const cells = trimmed.slice(1, -1).split('|')
  return cells.every((cell) => /^[ \t]*:?-*:?[ \t]*$/.test(cell)) ? cells : undefined
}

/**
 * A table that opens on its delimiter row, without a header (`| --- | --- |` then `| **Index** | 0 |`…), as kramdown reads one
 * (review 144, a hash-table tutorial kept by Jekyll): GFM read its rows as a paragraph of pipes, shown as raw text. Its first
 * row takes the header's place, above the delimiter row, and the two lines trade places, so every line keeps its number.
 * Only a delimiter row after a blank line (or none), its row under it of as many cells. Pure.
 */
export function withHeaderlessTables(text: string): string {
  if (!/^[ \t]*\|[ \t]*:?-{3,}/m.test(text)) return text
  const lines = text.split('\n')
  let changed = false
  for (let index = 0; index + 1 < lines.length; index++) {
    const cells = lines[index].includes('-') ? delimiterCells(lines[index]) : undefined
    if (!cells || cells.length < 2 || !cells.every((cell) => cell.includes('-'))) continue
    if (index > 0 && lines[index - 1].trim() !== '') continue
    const row = lines[index + 1].trim()
    if (!row.startsWith('|') || delimiterCells(row) || row.replace(/\\\|/g, '').split('|').length - 2 !== cells.length) continue
    ;[lines[index], lines[index + 1]] = [lines[index + 1], lines[index]]
    changed = true
    index++
  }
  return changed ? lines.join('\n') : text
}

/** Cells of a table row written between pipes (`| a | b |`), escaped pipes aside; undefined for any other line. */
function rowCells(line: string): number | undefined {
  const row = line.trim()
  if (row.length < 3 || !row.startsWith('|') || !row.endsWith('|') || delimiterCells(row)) return undefined
  return row.replace(/\\\|/g, '').split('|').length - 2
}

/** A line a table's header may follow without joining it: none, a blank, a heading or a paragraph's (not a list's, a quote's, code's or HTML's). */
const beforeTable = /^(?:[ \t]*|#{1,6}\s.*|(?![-*+]\s|\d+[.)]\s|[>\s<])\S.*)$/u

/** The tag opening a kramdown block of markdown (`<div class="table-responsive" markdown="1">`): the deck reads it as a blank line. */
const markdownBlockOpen = /^[ \t]*<[a-z][\w-]*\b[^>]*\bmarkdown=(["']?)(?:1|block)\1[^>]*>[ \t]*$/i

/**
 * A table written without a delimiter row (`| Community | MIN | MEDIAN |` over `| Canton | 0 | 26.67 |`…), as kramdown reads
 * one, every row a body row (review 146, M-Lab's write-up on Baltimore's Internet speeds): GFM read its rows as a paragraph of
 * pipes, shown as raw text. Its first row becomes the header: it moves up into the blank line before it, and a delimiter row
 * takes its line, so the rows after it keep their lines' numbers. Only a run of two rows or more after a blank line, each of
 * as many cells (two or more), none a delimiter row. Pure.
 */
export function withDelimiterlessTables(text: string): string {
  if (!/^[ \t]*\|.*\|[ \t]*\n[ \t]*\|.*\|[ \t]*$/m.test(text)) return text
  const lines = text.split('\n')
  let changed = false
  for (let index = 1; index + 1 < lines.length; index++) {
    if (lines[index - 1].trim() !== '' || (index >= 2 && !beforeTable.test(lines[index - 2]) && !markdownBlockOpen.test(lines[index - 2])))
      continue
    const cells = rowCells(lines[index])
    if (cells === undefined || cells < 2) continue
    let end = index + 1
    while (end < lines.length && rowCells(lines[end]) === cells) end++
    // (A row of dashes under the run, or any line that goes on its paragraph, and it is no such table.)
    const after = lines[end]?.trim() ?? ''
    if (end - index < 2 || (after !== '' && !/^#{1,6}\s/.test(after))) {
      index = end
      continue
    }
    const indent = /^[ \t]*/.exec(lines[index])?.[0] ?? ''
    lines[index - 1] = lines[index]
    lines[index] = `${indent}|${' --- |'.repeat(cells)}`
    changed = true
    index = end
  }
  return changed ? lines.join('\n') : text
}

/**
 * A table whose delimiter row leaves a cell empty, as Python-Markdown (Pelican's) accepts and GFM
 * does not (review 99, a talk's transcript: `| ----------- |:---: |:--: |               |` under a
 * row whose first cell is empty): GFM read its rows as a paragraph of pipes. The empty cells get
 * their dashes; lines keep their places. Pure.
 */
export function withFilledDelimiterRows(text: string): string {
  if (!/\|[ \t]*\|/.test(text)) return text
  const lines = text.split('\n')
  let changed = false
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]
    const cells = line.includes('-') ? delimiterCells(line) : undefined
    if (!cells?.some((cell) => cell.trim() === '') || !cells.some((cell) => cell.includes('-'))) continue
    // (Right under the header that opens its table only: not a body row of dashes and empty cells, "| - |   | - |".)
    const header = lines[index - 1].trim()
    const above = lines[index - 2]?.trim() ?? ''
    if (!header.startsWith('|') || header.replace(/\\\|/g, '').split('|').length - 2 !== cells.length) continue
    if (above.startsWith('|') || delimiterCells(header)) continue

    const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
    lines[index] =
      `${indent}|${cells.map((cell) => (cell.trim() === '' ? ` ${'-'.repeat(Math.max(3, cell.length - 2))} ` : cell)).join('|')}|`
    changed = true
  }
  return changed ? lines.join('\n') : text
}

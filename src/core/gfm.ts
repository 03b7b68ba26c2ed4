import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'

export interface GfmOptions {
  /**
   * Parse tables (default true). The table construct is tried at the start of every line of
   * the article, a fifth of a long article's parse; `mayHaveTables` says when it can be left out.
   */
  tables?: boolean
}

/**
 * GitHub's markdown: tables, footnotes, strikethrough and task lists, as remark-gfm adds
 * them, but without its autolink-literal extension. That one checks every character of
 * the text for a URL start and more than doubles the parse time of a long article;
 * `remarkLinks` finds bare URLs in text nodes afterwards, in one cheap pass.
 */
export function remarkGfmWithoutAutolinks(this: Processor, { tables = true }: GfmOptions = {}) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem(), ...(tables ? [gfmTable()] : []))
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

import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify, { type Options } from 'remark-stringify'
import { unified } from 'unified'

/** The one markdown style every importer writes, so imports diff cleanly against hand-written articles. */
export const markdownStyle: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
}

const processor = unified().use(remarkFrontmatter).use(remarkGfm).use(remarkStringify, markdownStyle)

/** Serialize an mdast tree (frontmatter and GFM included); text is escaped so it renders as written. */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree)
}

import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkStringify, { type Options } from 'remark-stringify'
import { unified } from 'unified'
import { EXIT, visit } from 'unist-util-visit'

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
// Only a tree with formulas (a page MathJax typesets) is written with math syntax: it escapes every other `$`.
const mathProcessor = unified().use(remarkFrontmatter).use(remarkGfm).use(remarkMath).use(remarkStringify, markdownStyle)

/** Serialize an mdast tree (frontmatter and GFM included); text is escaped so it renders as written. */
export function stringifyMarkdown(tree: Root): string {
  let math = false
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') math = true
    return math ? EXIT : undefined
  })
  return (math ? mathProcessor : processor).stringify(tree)
}

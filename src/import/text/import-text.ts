import type { Root } from 'mdast'
import { VFile } from 'vfile'
import type { ImportOptions } from '../import-options.ts'
import { hasMatter, matterToYaml } from '../matter.ts'
import { stringifyMarkdown } from '../stringify-markdown.ts'
import { textBlocks } from './blocks.ts'
import { readBody } from './body.ts'
import { readByline } from './byline.ts'
import { splitLeadLines } from './lead-lines.ts'
import { textLines } from './lines.ts'

/**
 * Convert an article copied as plain text into lectern markdown: frontmatter from the
 * byline block, `#` title, `##` headings read from the layout, paragraphs kept word for word.
 * Returns a `VFile` whose `value` is the markdown and whose `messages` are warnings, with
 * line and column, about lines whose role was a guess.
 */
export function importText(text: string, options: ImportOptions = {}): VFile {
  const file = new VFile({ path: options.path, value: text })
  file.value = stringifyMarkdown(textToMdast(text, file))
  return file
}

/** The mdast of a plain-text article; warnings go to `file`. */
export function textToMdast(text: string, file: VFile): Root {
  const blocks = splitLeadLines(textBlocks(textLines(text)))
  const { matter, body } = readByline(blocks, file)
  const tree: Root = { type: 'root', children: [] }
  if (hasMatter(matter)) tree.children.push(matterToYaml(matter))
  if (matter.title) tree.children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: matter.title }] })
  tree.children.push(...readBody(body, file))
  return tree
}

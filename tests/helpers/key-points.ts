import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { extractKeyPoints, type KeyPointContext } from '../../src/core/index.ts'

/** Each top-level paragraph's key point as text (undefined where it gets none), in `auto` mode for an English section. */
export function points(markdown: string, context: Partial<KeyPointContext> = {}): Array<string | undefined> {
  const paragraphs = unified()
    .use(remarkParse)
    .parse(markdown)
    .children.filter((node): node is Paragraph => node.type === 'paragraph')
  return extractKeyPoints(paragraphs, { heading: 'A section', lang: 'en', mode: 'auto', ...context }).map(
    (point) => point && toString({ type: 'paragraph', children: point }),
  )
}

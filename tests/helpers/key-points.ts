import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { extractKeyPoints, type KeyPointContext, renderDeck } from '../../src/core/index.ts'

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

/**
 * The points and lead-in lines a deck's slides show, in order, as text: the markdown rendered whole (under a talk's title
 * unless it opens on its frontmatter), its notes left out.
 */
export function slidePoints(markdown: string): string[] {
  const html = renderDeck(markdown.startsWith('---') ? markdown : `# Talk\n\n${markdown}`).html.replace(
    /<aside class="notes">[\s\S]*?<\/aside>/g,
    '',
  )
  return [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''))
}

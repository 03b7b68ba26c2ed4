import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The AWS talk, the benchmarks' base article. */
export const awsArticlePath = fileURLToPath(new URL('../content/aws-founding-story.md', import.meta.url))

/** The AWS article with its sections repeated `times` times (headings numbered so each stays distinct). */
export function repeatedArticle(times: number): string {
  const source = readFileSync(awsArticlePath, 'utf8')
  const first = source.indexOf('\n## ')
  const head = source.slice(0, first + 1)
  const sections = source.slice(first + 1)
  if (times === 1) return source
  const copies = Array.from({ length: times }, (_, index) => sections.replace(/^## (.+)$/gm, `## $1 (${index + 1})`))
  return head + copies.join('\n')
}

/** The same content as a Marp deck: one slide per section, split by hand with `---`, as Marp needs. */
export function marpDeck(article: string): string {
  const body = article.replace(/^---\n[\s\S]*?\n---\n/, '')
  const slides = body.split(/\n(?=## )/).map((slide) => slide.trim())
  return '---\nmarp: true\n---\n\n' + slides.join('\n\n---\n\n') + '\n'
}

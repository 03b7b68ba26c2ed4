import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importHtml } from '../../src/import/index.ts'
import { nodesOfType, parseMarkdown } from '../helpers/parse-markdown.ts'

// Whole saved pages of the corpus, at their real size (Readability on a long page with comments).
describe('importHtml on real pages laid out in tables', () => {
  const read = (path: string) => {
    const markdown = String(importHtml(readFileSync(new URL(`../fixtures/articles/${path}`, import.meta.url), 'utf8'), { path }).value)
    return { markdown, ...parseMarkdown(markdown) }
  }

  it('should make a picture with its caption of a one-column table (Blogger)', () => {
    const { markdown, tree } = read('html-blogger-comments/index.html')
    expect(nodesOfType(tree, 'table')).toEqual([])
    expect(markdown).toMatch(/\/s640\/block-diagram\.png\)\]\([^)]*\)\n\nSLG46620V block diagram \(from device datasheet\)\n/)
  })

  it('should make paragraphs of a page laid out in tables, without the frame’s corner pictures', () => {
    const { markdown, tree } = read('html-hukumusume-ja/index.html')
    expect(nodesOfType(tree, 'table')).toEqual([])
    expect(markdown).not.toMatch(/corner_\d\.gif/)
    expect(markdown).toMatch(/\n♪音声配信\(html5\)\n/)
    expect(markdown).toContain('![よくばりなイヌ](../../../gazou/pc_gazou/aesop/aesop052.jpg)')
  })
})

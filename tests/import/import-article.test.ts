import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LecternError } from '../../src/core/errors.ts'
import { importArticle } from '../../src/import/index.ts'
import { headings, parseMarkdown } from '../helpers/parse-markdown.ts'

const text = 'Title Line\n\nA paragraph.\n\nSection\n\nAnother paragraph.\n'
const html = '<title>Page</title><article><h1>Page</h1><p>A paragraph.</p><h2>Section</h2><p>More.</p></article>'

describe('importArticle', () => {
  it('should read .txt files as plain text', () => {
    const file = importArticle(text, { path: 'notes/talk.txt' })
    expect(file.path).toBe('notes/talk.txt')
    expect(headings(parseMarkdown(String(file.value)).blocks)).toEqual(['# Title Line', '## Section'])
  })

  it('should read .html and .htm files, in any case, as web pages', () => {
    for (const path of ['page.html', 'PAGE.HTM', 'saved.page.htm']) {
      expect(headings(parseMarkdown(String(importArticle(html, { path }).value)).blocks)).toEqual(['# Page', '## Section'])
    }
  })

  it('should pass .md and .markdown files through unchanged', () => {
    const markdown = readFileSync(new URL('../../content/aws-founding-story.md', import.meta.url), 'utf8')
    expect(importArticle(markdown, { path: 'a.md' }).value).toBe(markdown)
    expect(importArticle('# *x*\n', { path: 'a.markdown' }).value).toBe('# *x*\n')
  })

  it('should pass MDX, Quarto, R Markdown and Lektor posts through unchanged, in any case', () => {
    for (const path of ['post.mdx', 'post.qmd', 'post.Rmd', 'post.Rmarkdown', 'contents.lr']) {
      expect(importArticle("import X from './x';\n\n# T\n", { path }).value).toBe("import X from './x';\n\n# T\n")
    }
  })

  it('should refuse other extensions with a LecternError naming the file', () => {
    expect(() => importArticle('x', { path: 'slides.pdf' })).toThrow(LecternError)
    expect(() => importArticle('x', { path: 'slides.pdf' })).toThrow(/^slides\.pdf: cannot import '\.pdf' files/)
    expect(() => importArticle('x', { path: 'README' })).toThrow(/without an extension/)
  })
})

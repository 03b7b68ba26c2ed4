import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importHtml } from '../../src/import/html/import-html.ts'

/*
 * What a review of articles lectern had not seen (round 134) found wrong on their slides. Each case is written from the
 * article's own words.
 */

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Actions to increase diversity in the R-Ladies São Paulo community</title></head><body><header><h1>Actions to increase diversity in the R-Ladies São Paulo community</h1></header><article>${body}</article></body></html>`

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the post says what the community learned from its survey, in a sentence long enough to be prose, and a second sentence after it.</p>`

describe('review 134', () => {
  it("should keep a section's heading whose words are mostly the title's", () => {
    // A saved R-Ladies post: "Actions taken to increase diversity" was dropped as the title said again, and its sections
    // ran on under the one before.
    const markdown = String(
      importHtml(
        page(
          `${paragraph(1)}<h2>Community survey</h2>${paragraph(2)}${paragraph(3)}<h2 id=actions-taken-to-increase-diversity>Actions taken to increase diversity</h2>${paragraph(4)}${paragraph(5)}`,
        ),
        { path: 'index.html' },
      ).value,
    )
    expect(markdown).toContain('## Actions taken to increase diversity')
    expect(markdown).toContain('## Community survey')
    expect(markdown.match(/^# /gm)).toHaveLength(1)
    // (As the saved page has it, its sections' headings with ids, "actions-taken-to-increase-diversity".)
    const saved = String(
      importHtml(readFileSync('tests/fixtures/articles/html-rladies-diversity/index.html', 'utf8'), { path: 'index.html' }).value,
    )
    expect(saved).toContain('## Actions taken to increase diversity')
  })
})

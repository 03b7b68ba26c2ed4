import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { convertBlockSyntax } from '../../src/core/block-syntax.ts'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, selectAll, slidesOf, text } from '../helpers/html.ts'

// From Quarto's blog post "Code Annotation" (quarto-web, docs/blog/posts/2023-03-13-code-annotation).
const post = [
  '---',
  'title: Code Annotation',
  '---',
  '',
  'For example, this code uses annotation to describe the steps in an R dplyr pipeline in plain language:',
  '',
  '``` r',
  'library(tidyverse)',
  'penguins |>                                            # <1>',
  '  mutate(                                              # <2>',
  '    bill_ratio = bill_depth_mm / bill_length_mm,       # <2>',
  '  )                                                    # <2>',
  '```',
  '',
  '1.  Take `penguins`, and then,',
  '2.  add new columns for the bill ratio and bill area.',
  '',
  '::: panel-tabset',
  '#### PDF',
  '',
  'The PDF format numbers each annotation and prints its text below the code.',
  '',
  '#### GitHub Flavored Markdown',
  '',
  '```` markdown',
  'penguins |>                                      # <1>',
  '````',
  ':::',
  '',
  'To add code annotation to a code block, you need to add two things: specially formatted code comments, and an ordered list.',
  '',
].join('\n')

describe('Quarto syntax', () => {
  it('should take the annotation markers (`# <1>`) off annotated code, but keep them in a markdown example', () => {
    const converted = convertBlockSyntax(post).text
    expect(converted.split('\n')).toHaveLength(post.split('\n').length)
    const code = selectAll('pre code', parseDeck(renderDeck(new VFile({ path: 'index.qmd', value: post })).html)).map((each) => text(each))
    expect(code[0]).toMatch(/^library\(tidyverse\) penguins \|> mutate\( bill_ratio = bill_depth_mm \/ bill_length_mm, \)$/)
    expect(code[1]).toMatch(/# <1>$/)
  })

  it("should read a tabset's tab names as labels, not as the talk's sections", () => {
    const { html } = renderDeck(new VFile({ path: 'index.qmd', value: post }))
    const titles = slidesOf(parseDeck(html)).map((slide) => String(slide.properties.dataLecternTitle))
    expect(titles.some((title) => /GitHub Flavored Markdown|PDF/.test(title))).toBe(false)
    expect(html).toMatch(/<strong>PDF<\/strong>/)
  })
})

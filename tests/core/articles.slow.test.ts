import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Element, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { normalize, parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

/*
 * Every markdown article of the corpus (real posts from Hugo, Zola, Jekyll, the Go blog,
 * Franklin, VitePress), rendered as a user would get it. Articles added later are checked
 * the same way; the table below adds what is known of some of them.
 */
const corpus = fileURLToPath(new URL('../fixtures/articles/', import.meta.url))
const articles = existsSync(corpus) ? readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'index.md'))) : []

const known: Record<string, { title: string; author?: string; date?: string }> = {
  'rust-match-enums-zola': { title: 'Mixing matching, mutation, and moves in Rust', author: 'Felix S. Klock II' },
  'bevy-first-birthday-zola': { title: "Bevy's First Birthday", author: 'Carter Anderson', date: '2021-08-10' },
  'go-blog-gif-decoder': { title: 'A GIF decoder: an exercise in Go interfaces', author: 'Rob Pike', date: '2011-05-25' },
  'go-blog-ismm-keynote-transcript': { title: "Getting to Go: The Journey of Go's Garbage Collector", author: 'Rick Hudson' },
  'jekyll-3-3-liquid': {
    title: 'Jekyll 3.3 is here with better theme support, new URL filters, and tons more',
    author: 'parkr',
    date: '2016-10-06',
  },
  'julia-diffeqflux-math': {
    title: 'DiffEqFlux.jl – A Julia Library for Neural Differential Equations',
    author: 'Chris Rackauckas, Mike Innes, Yingbo Ma, Jesse Bettencourt, Lyndon White, Vaibhav Dixit',
  },
  'ar-vue-plugins': { title: 'الملحقات' },
  'docusaurus-2-announcement-mdx': {
    title: 'Announcing Docusaurus 2.0',
    author: 'slorber, Josh-Cena, yangshun, lex111, zpao and JMarcey',
  },
  'docusaurus-docsearch-mdx': { title: 'DocSearch migration', author: 'shortcuts and slorber' },
  'astro-alpinejs-mdx': { title: '@astrojs/alpinejs' },
  'msdocs-maui-snackbar-alerts': { title: 'Snackbar - .NET MAUI Community Toolkit', author: 'VladislavAntonyuk' },
}

/** What the corpus's posts hold that must show as their site shows it, and how many of each (at least). */
const shown: Record<string, Record<string, number>> = {
  'docusaurus-2-announcement-mdx': { 'blockquote.lectern-callout-info': 3, 'blockquote.lectern-callout-tip': 3 },
  'docusaurus-docsearch-mdx': { 'blockquote.lectern-callout-info': 1 },
  'quartz-callout-wikilinks': { 'blockquote.lectern-callout-warning': 1 },
  'msdocs-maui-snackbar-alerts': { 'blockquote.lectern-callout-note': 1 },
}

/** The deck's words outside code: what must show no template or TeX source. */
function prose(tree: Root): string {
  const copy = structuredClone(tree)
  for (const code of selectAll('pre, code', copy)) code.children = []
  return text(copy)
}

describe.skipIf(articles.length === 0)('real articles', () => {
  it.each(articles)('should read %s as its blog wrote it', (name) => {
    const path = join(corpus, name, 'index.md')
    const rendered = renderDeck(new VFile({ path, value: readFileSync(path, 'utf8') }))
    const tree = parseDeck(rendered.html)
    const { meta } = rendered.deck

    // The title slide shows the article's title and author, never the file name.
    const titleSlide = select('section.lectern-title', tree)
    // The title slide shows the article's `#` heading as written, else the frontmatter's title (its `code` as code).
    const shownTitle = text(select('h1', titleSlide))
    // (The title in the metadata keeps its no-break spaces, as the typography step set them.)
    if (shownTitle !== normalize(meta.title).replace(/`([^`]+)`/g, '$1'))
      expect(readFileSync(path, 'utf8')).toContain(`\n# ${shownTitle}\n`)
    expect(meta.title).not.toBe('index')
    if (meta.author) expect(text(select('.lectern-author', titleSlide))).toBe(meta.author)
    if (known[name]) expect(meta).toMatchObject(known[name])

    // Every slide has its heading, those of the opening under the title too.
    const headless = slidesOf(tree).filter((slide) => !select('h1, h2', slide))
    expect(headless.map((slide) => slide.properties.id)).toEqual([])

    // No template tags, frontmatter or TeX source on any slide or in the notes.
    const words = prose(tree)
    expect(words).not.toMatch(/\{\{|\}\}|\{%|%\}|:::/)
    expect(words).not.toMatch(/^\+\+\+|\n\+\+\+|@def /)
    expect(words).not.toMatch(/\\(frac|alpha|sigma|text|cdot|int|sum)\b|\$\$|\\\(|\\\[/)
    // No MDX statements or components, wiki links, alert markers, kramdown attribute lists or DocFX includes.
    expect(words).not.toMatch(/^import |\bimport \w+ from ['"]|<\/?[A-Z][\w.]*[\s/>]|\{'|\[\[|\]\]|\[!\w+\]|\{:[^}]*\}/m)
    for (const [selector, count] of Object.entries(shown[name] ?? {}))
      expect(selectAll(selector, tree).length, selector).toBeGreaterThanOrEqual(count)
    // No heading attribute lists left in any heading.
    for (const heading of selectAll('h1, h2', tree) as Element[]) expect(text(heading)).not.toMatch(/\{#[\w-]+\}/)

    // Built offline (every picture a placeholder), the deck loads nothing from elsewhere: markdown and raw HTML alike.
    const offline = new Map(rendered.file.data.assets?.map((asset) => [asset.url, null]) ?? [])
    const built = renderDeck(new VFile({ path, value: readFileSync(path, 'utf8') }), {}, offline).html
    expect(built).not.toMatch(/\s(src|srcset|poster|data)\s*=\s*["']?(https?:)?\/\/|url\(\s*["']?(https?:)?\/\//i)
  })

  it('should typeset the math-heavy post and mark footnotes apart from the numbers before them', () => {
    const math = join(corpus, 'julia-diffeqflux-math', 'index.md')
    if (existsSync(math)) {
      const tree = parseDeck(renderDeck(new VFile({ path: math, value: readFileSync(math, 'utf8') })).html)
      expect(selectAll('.katex', tree).length).toBeGreaterThan(20)
      expect(selectAll('.katex-display', tree).length).toBeGreaterThan(3)
    }
    const footnotes = join(corpus, 'rust-i128-layout-footnotes-tables', 'index.md')
    if (existsSync(footnotes)) {
      const tree = parseDeck(renderDeck(new VFile({ path: footnotes, value: readFileSync(footnotes, 'utf8') })).html)
      // Every reference is a marker of its own (the post cites three footnotes four times).
      expect(selectAll('sup.lectern-footnote-ref', tree)).toHaveLength(selectAll('[data-footnote-ref]', tree).length)
      expect(selectAll('aside.notes .lectern-footnotes li', tree)).toHaveLength(3)
      // Each cited footnote is in the notes of a slide that shows its marker.
      for (const slide of slidesOf(tree)) {
        for (const item of selectAll('aside.notes .lectern-footnotes li', slide)) {
          const shown = selectAll('sup.lectern-footnote-ref', slide).map((marker) => text(marker))
          expect(shown).toContain(String(item.properties.value))
        }
      }
    }
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { placeInSource } from '../../src/core/source-places.ts'
import { importHtml } from '../../src/import/index.ts'

const corpus = (name: string) => fileURLToPath(new URL(`../fixtures/articles/${name}/index.html`, import.meta.url))
const prose = (sentence: string) =>
  `<p>${sentence} ${'The article goes on with more of the same careful prose about the subject at hand. '.repeat(4)}</p>`

/** A blog post page as saved from a browser, with the site leftovers around the article. */
const page = `<!doctype html>
<html><head><title>Cache invalidation in practice | Example Blog</title>
<meta property="og:title" content="Cache invalidation in practice"></head>
<body>
<header><a href="/">Example Blog</a><nav><a href="/a">About</a></nav></header>
<main>
<article>
<h1>Cache invalidation in practice</h1>
<p class="meta"><span class="reading-time">6 min read</span></p>
${prose('Caches make systems fast until the data behind them changes.')}
<img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="figures/ttl.png" alt="Hit rate against TTL">
${prose('Time-to-live is the simplest policy and the easiest to reason about.')}
<img src="figures/small.png" srcset="figures/small.png 480w, figures/large.png 1600w, figures/huge.png 4000w" alt="Write-through diagram">
<img src="https://pixel.wp.com/g.gif?blog=1" alt="">
<img src="figures/spacer.gif" width="1" height="1" alt="">
${prose('Write-through caches trade write latency for freshness.')}
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="https://twitter.com/share">Twitter</a></li></ul></div>
</article>
<section>
<h2>More Posts</h2>
<div><a href="/p/1"><img src="../../teaser/one.jpg" alt="Teaser one"><h3>Ten tips for faster builds</h3></a><p>Builds slow down as projects grow, and here is why that happens to everyone.</p></div>
<div><a href="/p/2"><h3>Why we moved to Rust</h3></a><p>Memory safety without a garbage collector changed how we ship.</p></div>
</section>
<div id="comments"><h3>3 Comments</h3><p>Great post! I always wondered about caches and finally I understand them.</p></div>
<div class="newsletter"><h3>Subscribe to our newsletter</h3><form><input type="email"></form></div>
</main>
</body></html>`

describe('importHtml on a saved blog page', () => {
  const file = importHtml(page, { path: 'post.html' })
  const markdown = String(file.value)

  it('should keep the article’s paragraphs and drop More Posts, comments, share and newsletter boxes', () => {
    for (const sentence of ['Caches make systems fast', 'Time-to-live is the simplest', 'Write-through caches trade']) {
      expect(markdown).toContain(sentence)
    }
    for (const leftover of [
      'More Posts',
      'Ten tips for faster builds',
      'Why we moved to Rust',
      'teaser/one.jpg',
      '3 Comments',
      'Great post',
      'Share this',
      'Twitter',
      'newsletter',
    ]) {
      expect(markdown).not.toContain(leftover)
    }
  })

  it('should give lazy images their real source and the best srcset candidate, and drop tracking pixels', () => {
    const images = [...markdown.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((match) => [match[1], match[2]])
    expect(images).toEqual([
      ['Hit rate against TTL', 'figures/ttl.png'],
      ['Write-through diagram', 'figures/large.png'],
    ])
  })

  it('should keep the reading time in the frontmatter, not in the text', () => {
    expect(markdown).toMatch(/^---\n[\s\S]*readingTime: "6 min read"\n[\s\S]*---\n/)
    expect(markdown.split('---').slice(2).join('---')).not.toContain('6 min read')
  })

  it('should know where each of its paragraphs, headings and images is in the .html file', () => {
    const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1
    const pairs = [
      ['# Cache invalidation', '<h1>Cache invalidation'],
      ['figures/ttl.png', 'figures/ttl.png'],
      ['Write-through diagram', 'Write-through diagram'],
      ['Write-through caches trade', 'Write-through caches trade'],
    ]
    for (const [written, original] of pairs) {
      const place = placeInSource(file.data.sourcePlaces!, { line: lineOf(markdown, written), column: 1 })
      expect(place, written).toEqual({ line: lineOf(page, original), column: 1 })
    }
  })
})

describe('importHtml on real saved pages', () => {
  it('should keep a Blogger post and drop its comment form and Popular Posts', () => {
    const markdown = String(importHtml(readFileSync(corpus('html-blogger-comments'), 'utf8'), { path: 'index.html' }).value)
    expect(markdown).toMatch(/^# Open Verilog flow for Silego GreenPak4 programmable logic devices$/m)
    expect(markdown).toContain('My thanks go out to Clifford Wolf')
    for (const leftover of ['Post a Comment', 'Popular Posts', 'Blog Archive', 'Followers']) expect(markdown).not.toContain(leftover)
  })

  it('should keep a WordPress post and drop its Share this and Like this boxes', () => {
    const markdown = String(importHtml(readFileSync(corpus('html-wordpress-share'), 'utf8'), { path: 'index.html' }).value)
    expect(markdown).toContain('Stack Overflow published its analysis')
    expect(markdown).toContain('the report’s recommendation for those working in technologies oversaturated')
    for (const leftover of ['Share this:', 'Like this:', 'Primary Sidebar']) expect(markdown).not.toContain(leftover)
  })
})

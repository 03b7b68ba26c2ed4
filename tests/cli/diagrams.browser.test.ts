import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck, type OpenDeck } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-diagrams-'))
const cache = join(work, 'cache')

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

const article = `---
title: Drawn from Text
---

# Drawn from Text

Pictures a talk can keep in its source.

## The Build

The build reads the article and draws each diagram before it writes the deck.

\`\`\`mermaid
flowchart LR
  A[Write the article] --> B{Any diagrams?}
  B -->|yes| C[Draw in Chromium]
  B -->|no| D[Skip the browser]
\`\`\`

## Who Talks

\`\`\`mermaid
sequenceDiagram
  participant Author
  participant Lectern
  Author->>Lectern: lectern build talk.md
  Lectern-->>Author: a deck with diagrams
\`\`\`

## Broken

This one is wrong on purpose.

\`\`\`mermaid
flowchart LR
  A -->
  B -->> ]]
\`\`\`

## Mischief

\`\`\`mermaid
%%{init: {"securityLevel": "loose", "htmlLabels": true, "themeCSS": ".node rect { fill: url(https://example.com/x.png) }"}}%%
flowchart LR
  X["<img src=x onerror=alert(1)>"] --> Y[Harmless]
  click X "javascript:alert(2)"
  click Y call alert(3)
\`\`\`
`

/** The line of the broken diagram's opening fence. */
const brokenLine = article.split('\n').indexOf('This one is wrong on purpose.') + 3

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

describe('mermaid diagrams as a user sees them', () => {
  it('should draw diagrams as inline SVG on screen and in both PDFs, with no request and no script of their own', async () => {
    const dir = join(work, 'talk')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'talk.md'), article)
    const env = { LECTERN_CACHE_DIR: cache }
    const result = await runCli(['pdf', 'talk.md', '--out', 'out'], { cwd: dir, env })
    expect(result.code, result.stderr).toBe(0)
    // One warning, for the broken diagram, at its fence's line; none about highlighting mermaid.
    const warnings = result.stderr.split('\n').filter((line) => line.includes('warning:'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      new RegExp(`^talk\\.md:${brokenLine}:1: warning: This diagram could not be drawn \\(Parse error on line 3 of the diagram`),
    )
    expect(result.stderr).not.toMatch(/Cannot highlight/)
    const out = join(dir, 'out')
    // The article's %%{init}%% could not bring its own styles in.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('example.com')

    let deck: OpenDeck | undefined
    const dialogs: string[] = []
    try {
      deck = await openDeck(out)
      deck.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      const slideCount = await deck.page.evaluate(() => window.lectern?.reveal?.getTotalSlides() ?? 0)
      for (let index = 0; index < slideCount; index++) await deck.page.evaluate((at) => window.lectern?.reveal?.slide(at, 0), index)
      const seen = await deck.page.evaluate(() => {
        const figures = [...document.querySelectorAll('.slides figure.lectern-diagram')]
        return {
          figures: figures.map((figure) => ({
            slide: figure.closest('section')?.id,
            heading: figure.closest('section')?.querySelector('h2')?.textContent,
            text: [...figure.querySelectorAll('svg text tspan:not(:has(tspan)), svg text:not(:has(tspan))')]
              .map((label) => label.textContent?.trim())
              .join(' '),
            textElements: figure.querySelectorAll('svg text').length,
            foreignObjects: figure.querySelectorAll('foreignObject').length,
          })),
          scriptsInSlides: document.querySelectorAll('.slides script, .slides [onerror], .slides [onclick], .slides a[href^="javascript"]')
            .length,
          // Scripts that run (lectern's config is JSON data).
          scripts: [...document.scripts]
            .filter((script) => script.type !== 'application/json')
            .map((script) => script.getAttribute('src') ?? 'inline'),
          broken: document.querySelector('section#broken pre code.lectern-diagram-source')?.textContent,
        }
      })
      expect(seen.figures.map((figure) => figure.slide)).toEqual(['the-build', 'who-talks', 'mischief'])
      expect(seen.figures.map((figure) => figure.heading)).toEqual(['The Build', 'Who Talks', 'Mischief'])
      expect(seen.figures[0].text).toContain('Draw in Chromium')
      expect(seen.figures[1].text).toContain('lectern build talk.md')
      for (const figure of seen.figures) {
        expect(figure.textElements).toBeGreaterThan(0)
        expect(figure.foreignObjects).toBe(0)
      }
      // Shown, each diagram is wide on its slide (Reveal shows the slide at the window's scale).
      for (const at of [1, 2, 4]) {
        const share = await deck.page.evaluate((h) => {
          window.lectern?.reveal?.slide(h, 0)
          const slide = document.querySelector('.slides section.present:not(.lectern-group)')!
          return slide.querySelector('figure.lectern-diagram svg')!.getBoundingClientRect().width / slide.getBoundingClientRect().width
        }, at)
        expect(share).toBeGreaterThan(0.3)
      }
      // The injection attempt is text in its node, nothing more.
      expect(seen.figures[2].text).toContain('Harmless')
      expect(seen.scriptsInSlides).toBe(0)
      expect(seen.scripts.length).toBeGreaterThan(0)
      for (const src of seen.scripts) expect(src).toMatch(/^assets\/[\w-]+\.js$/)
      expect(seen.broken).toContain('B -->> ]]')

      // Clicking the nodes that asked for a link and a callback does nothing either.
      await deck.page.evaluate(() => window.lectern?.reveal?.slide(4, 0))
      for (const node of await deck.page.$$('section#mischief svg .node')) await node.click().catch(() => undefined)
      expect(dialogs).toEqual([])
      expect(deck.errors).toEqual([])
      for (const url of deck.requests) expect(url.startsWith(deck.server.url) || url.startsWith('data:')).toBe(true)
      expect(deck.page.url().startsWith(deck.server.url)).toBe(true)
    } finally {
      await closeDeck(deck)
    }

    // The labels are text in both PDFs.
    for (const pdf of ['slides.pdf', 'handout.pdf']) {
      const text = pdfText(join(out, pdf))
      for (const label of ['Write the article', 'Any diagrams?', 'Draw in', 'Chromium', 'Author', 'lectern build talk.md', 'Harmless']) {
        expect(text, pdf).toContain(label)
      }
    }
    expect(readdirSync(join(cache, 'diagrams')).filter((name) => name.endsWith('.json'))).toHaveLength(4)
  })

  it('should build again from the cache without a browser, and never start one for a deck without diagrams', async () => {
    const dir = join(work, 'again')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'talk.md'), article)
    // A browser that cannot start: the build must not need one.
    const env = { LECTERN_CACHE_DIR: cache, PUPPETEER_EXECUTABLE_PATH: join(work, 'no-such-browser') }
    const cached = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir, env })
    expect(cached.code, cached.stderr).toBe(0)
    expect(cached.stderr.split('\n').filter((line) => line.includes('warning:'))).toHaveLength(1)
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8')
    expect(html.match(/<figure class="lectern-diagram"><svg /g)).toHaveLength(3)

    writeFileSync(join(dir, 'plain.md'), '# Plain\n\n## Words\n\nNothing to draw here.\n')
    const plain = await runCli(['build', 'plain.md', '--out', 'plain'], { cwd: dir, env })
    expect(plain.code, plain.stderr).toBe(0)
    expect(plain.stderr).not.toMatch(/warning/)

    // A new diagram without a browser: shown as code, with a warning saying why, and the build still succeeds.
    writeFileSync(join(dir, 'new.md'), '# New\n\n## One\n\n```mermaid\npie title Pets\n  "Dogs" : 3\n  "Cats" : 2\n```\n')
    const fresh = await runCli(['build', 'new.md', '--out', 'new'], { cwd: dir, env })
    expect(fresh.code, fresh.stderr).toBe(0)
    expect(fresh.stderr).toMatch(/new\.md:5:1: warning: This diagram could not be drawn \(.*browser/)
    expect(readFileSync(join(dir, 'new', 'index.html'), 'utf8')).toContain('lectern-diagram-source')

    // Drawings are kept per theme: in another theme the same diagrams need drawing again.
    const night = await runCli(['build', 'talk.md', '--out', 'night', '--theme', 'night'], { cwd: dir, env })
    expect(night.code, night.stderr).toBe(0)
    expect(night.stderr.split('\n').filter((line) => /warning: This diagram could not be drawn \(.*browser/.test(line))).toHaveLength(4)
  })
})

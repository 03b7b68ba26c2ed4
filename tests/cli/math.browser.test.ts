import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck, type OpenDeck } from '../helpers/deck-page.ts'
import { readPdf } from '../helpers/read-pdf.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-math-'))
const images = fileURLToPath(new URL('../fixtures/decks/images/images', import.meta.url))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/** A post as Hugo writes one: TOML frontmatter, a figure shortcode, math in every notation, a footnote in a table. */
const post = `+++
title = "Energy and Motion"
authors = ["Emmy Noether", "Paul Dirac"]
date = 2024-05-01
+++

Why the formulas matter.

### Warm-up

Every body has energy $E = mc^2$, and a moving one has more of it than that.

{{< figure src="images/diagram.svg" caption="Energy over time" >}}

## Integrals

The area is \\(\\int_0^1 x\\,dx = \\frac{1}{2}\\) exactly, whatever the notation.

$$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$

| quantity | value |
| --- | --- |
| speed < 1.77[^c] | fast |

A broken one: $\\frac{1}{$ stays readable.

[^c]: Measured in units of the speed of light.
`

describe('math, shortcodes and footnotes as a user sees them', () => {
  it('should typeset the math on screen and in both PDFs, with KaTeX shipped in the deck and nothing loaded from elsewhere', async () => {
    const dir = join(work, 'post')
    mkdirSync(dir, { recursive: true })
    cpSync(images, join(dir, 'images'), { recursive: true })
    writeFileSync(join(dir, 'index.md'), post)
    const result = await runCli(['pdf', 'index.md', '--out', 'out', '--quiet'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    const out = join(dir, 'out')

    // The invalid formula is a warning with its line; no template tag is left for a warning.
    const built = await runCli(['build', 'index.md', '--out', 'built'], { cwd: dir })
    expect(built.stderr).toMatch(/index\.md:25:\d+: warning: This formula could not be typeset/)
    expect(built.stderr).not.toMatch(/template tag/)

    const html = readFileSync(join(out, 'index.html'), 'utf8')
    expect(html).toContain('href="assets/katex/katex.min.css"')
    expect(existsSync(join(out, 'assets/katex/fonts/KaTeX_Main-Regular.woff2'))).toBe(true)

    let deck: OpenDeck | undefined
    try {
      deck = await openDeck(out)
      const seen = await deck.page.evaluate(async () => {
        await document.fonts.ready
        const slides = [...document.querySelectorAll('.slides section.lectern-group > section')]
        return {
          katex: document.querySelectorAll('.slides .katex').length,
          display: document.querySelectorAll('.slides .katex-display').length,
          fontLoaded:
            document.fonts.check('1em KaTeX_Main') &&
            [...document.fonts].some((face) => face.family.includes('KaTeX') && face.status === 'loaded'),
          title: document.querySelector('.lectern-title h1')?.textContent,
          author: document.querySelector('.lectern-title .lectern-author')?.textContent,
          headless: slides.filter((slide) => !slide.matches('.lectern-title') && !slide.querySelector('h2')).map((slide) => slide.id),
          text: slides.map((slide) => (slide as HTMLElement).innerText).join('\n'),
          marker: document.querySelector('td .lectern-footnote-ref')?.textContent,
          figure: (document.querySelector('img[src="images/diagram.svg"]') as HTMLImageElement | null)?.alt,
        }
      })
      expect(seen.katex).toBeGreaterThanOrEqual(4)
      expect(seen.display).toBeGreaterThanOrEqual(1)
      expect(seen.fontLoaded).toBe(true)
      expect(seen.title).toBe('Energy and Motion')
      expect(seen.author).toBe('Emmy Noether and Paul Dirac')
      // The ### before the first ## is a section of its own, with its heading.
      expect(seen.headless).toEqual([])
      expect(seen.text).toContain('Warm-up')
      expect(seen.text).not.toMatch(/\{\{|\}\}|\+\+\+|\\int|\\sum|\\\(|\$\$/)
      expect(seen.marker).toBe('1')
      expect(seen.figure).toBe('Energy over time')
      expect(deck.errors.filter((error) => !/favicon/.test(error))).toEqual([])
      for (const url of deck.requests) expect(url.startsWith(deck.server.url) || url.startsWith('data:')).toBe(true)

      // The speaker view shows the notes' formulas styled by KaTeX too.
      await deck.page.evaluate(() => window.lectern?.reveal?.slide(2, 0))
      const popup = new Promise<import('puppeteer-core').Page | null>((resolve) => deck!.page.once('popup', resolve))
      await deck.page.keyboard.press('s')
      const speaker = await popup
      expect(speaker).not.toBeNull()
      const styled = await speaker!.waitForFunction(
        () => {
          const mathml = document.querySelector('.speaker-controls-notes .katex-mathml')
          return mathml ? getComputedStyle(mathml).position === 'absolute' : false
        },
        { timeout: 10_000 },
      )
      expect(await styled.jsonValue()).toBe(true)
      await speaker!.close()
    } finally {
      await closeDeck(deck)
    }

    const slides = await readPdf(join(out, 'slides.pdf'))
    const slideText = slides.text.join('\n')
    // KaTeX draws the formulas as text: the integral, the sum and the fraction's digits are there, the TeX is not.
    expect(slideText).toMatch(/∫/)
    expect(slideText).toMatch(/∑/)
    expect(slideText).toMatch(/E\s*=\s*m\s*c\s*2/)
    expect(slideText).not.toMatch(/\\int|\\frac\{1\}\{2|\\sum|\{\{</)
    // The formula KaTeX could not read shows as written, as code.
    expect(slideText).toContain('\\frac{1}{')
    // The marker stays apart from the number before it.
    expect(slideText).toMatch(/1\.77\s*\[1\]/)

    const handout = await readPdf(join(out, 'handout.pdf'))
    const handoutText = handout.text.join('\n')
    expect(handoutText).toMatch(/∫/)
    expect(handoutText).toContain('Measured in units of the speed of light.')
    expect(handoutText).not.toMatch(/\\int|\\frac\{1\}\{2/)
  })

  it('should put KaTeX, its fonts cut to the deck, inside a single-file deck with math', async () => {
    const dir = join(work, 'single')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'talk.md'), '# Single\n\n## One\n\nThe sum $\\sum_{i=1}^n i$ grows.\n')
    const result = await runCli(['build', 'talk.md', '--single-file', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    const html = readFileSync(join(dir, 'out/talk.html'), 'utf8')
    expect(html).toMatch(/\.katex\{/)
    expect(html).toMatch(/font-family:KaTeX_Size\d[^}]*url\(data:font\/woff2;base64,/)
    expect(html).not.toMatch(/url\(\s*['"]?fonts\/KaTeX/)
  })

  it('should link no KaTeX and ship none of it in a deck without math', async () => {
    const dir = join(work, 'plain')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'talk.md'), '# Plain\n\n## One\n\nIt costs $5 and $6.\n')
    const result = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(join(dir, 'out/index.html'), 'utf8')).not.toContain('katex')
    expect(existsSync(join(dir, 'out/assets/katex'))).toBe(false)
  })
})

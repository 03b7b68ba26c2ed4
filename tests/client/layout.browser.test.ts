import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawingFloor, fitFloor } from '../../src/client/fit.ts'
import { buildDeck } from '../../src/node/build.ts'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck, type PastEdges, pastEdgesIn, type OpenDeck } from '../helpers/deck-page.ts'
import { readPdf } from '../helpers/read-pdf.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-layout-'))
const kindsArticle = fileURLToPath(new URL('../fixtures/decks/slide-kinds/input.md', import.meta.url))
const crowdedArticle = fileURLToPath(new URL('../fixtures/layout/crowded.md', import.meta.url))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/**
 * Every element of every slide (notes aside) that reaches past its slide's edges, by slide
 * id, and each slide's scale. On screen, each slide is shown in turn (Reveal lays out only a
 * few); in the print view, all are laid out.
 */
async function outOfBounds(page: Page, onScreen: boolean) {
  const pastEdges = await pastEdgesIn(page)
  return page.evaluate(
    (onScreen: boolean, pastEdges: PastEdges) => {
      const reveal = window.lectern!.reveal
      const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].filter(
        (section) => !section.querySelector('section'),
      )
      return sections.map((section) => {
        if (onScreen) {
          const { h, v } = reveal!.getIndices(section)
          reveal!.slide(h, v ?? 0)
        }
        const box = section.getBoundingClientRect()
        const past = pastEdges(section)
        // A code block that scrolls inside itself hides the end of its long lines.
        const scrolls = [...section.querySelectorAll<HTMLElement>('pre')].filter((code) => code.scrollWidth > code.clientWidth + 1).length
        return { id: section.id, shown: box.height > 0, past, scrolls, scale: Number(section.dataset.fit ?? 1) }
      })
    },
    onScreen,
    pastEdges,
  )
}

describe('slide kinds in Chromium', () => {
  let deck: OpenDeck
  beforeAll(async () => {
    const built = await buildDeck({ article: kindsArticle, outDir: join(work, 'kinds') })
    deck = await openDeck(built.outDir)
  })
  afterAll(() => closeDeck(deck))

  it('should give each slide its kind’s class', async () => {
    const kinds = await deck.page.$$eval('.reveal .slides section[id]', (sections) =>
      sections.map((section) => [section.id, section.className]),
    )
    expect(kinds).toEqual([
      ['title', expect.stringContaining('lectern-title')],
      ['the-spark', expect.stringContaining('lectern-statement')],
      ['in-their-words', expect.stringContaining('lectern-quote')],
      ['the-architecture', expect.stringContaining('lectern-image-text')],
      ['two-ideas', expect.stringContaining('lectern-few-points')],
      ['many-ideas', expect.not.stringMatching(/statement|quote|image-text|few-points/)],
    ])
  })

  it('should set one or two points in larger type than many', async () => {
    const measure = (id: string) =>
      deck.page.evaluate((id: string) => {
        window.lectern!.reveal!.slide(
          [...document.querySelectorAll('.reveal .slides > section')].findIndex((group) => group.querySelector(`#${id}`)),
          0,
        )
        const section = document.getElementById(id)!
        const point = section.querySelector('.lectern-points > li')!
        const scale = section.getBoundingClientRect().height / section.offsetHeight
        const top = (point.getBoundingClientRect().top - section.getBoundingClientRect().top) / scale
        const headingBottom = (section.querySelector('h2')!.getBoundingClientRect().bottom - section.getBoundingClientRect().top) / scale
        return { size: parseFloat(getComputedStyle(point).fontSize), top, gap: top - headingBottom }
      }, id)
    const few = await measure('two-ideas')
    const many = await measure('many-ideas')
    expect(few.size).toBeGreaterThan(many.size * 1.15)
    // Both balanced in the room below the heading (see balance.browser.test.ts), not at the top of it.
    // Set at the top, the first point would sit a heading's margin (about 25 px) below it.
    expect(few.gap).toBeGreaterThan(40)
    expect(many.gap).toBeGreaterThan(40)
  })

  it('should centre a statement on the slide', async () => {
    const placed = await deck.page.evaluate(() => {
      window.lectern!.reveal!.slide(1, 0)
      const section = document.getElementById('the-spark')!
      const statement = section.querySelector('p.lectern-statement')!
      const range = document.createRange()
      range.selectNodeContents(statement)
      const text = range.getBoundingClientRect()
      const box = section.getBoundingClientRect()
      return {
        align: getComputedStyle(statement).textAlign,
        x: (text.left + text.width / 2 - box.left) / box.width,
        y: (text.top + text.height / 2 - box.top) / box.height,
        size: parseFloat(getComputedStyle(statement).fontSize),
        heading: parseFloat(getComputedStyle(section.querySelector('h2')!).fontSize),
      }
    })
    expect(placed.align).toBe('center')
    expect(placed.x).toBeGreaterThan(0.45)
    expect(placed.x).toBeLessThan(0.55)
    expect(placed.y).toBeGreaterThan(0.3)
    expect(placed.y).toBeLessThan(0.7)
    expect(placed.size).toBeGreaterThan(placed.heading)
  })

  it('should put a picture twice as wide as high below its two points, wider than it would be beside them', async () => {
    const placed = await deck.page.evaluate(() => {
      window.lectern!.reveal!.slide(3, 0)
      const section = document.getElementById('the-architecture')!
      const image = section.querySelector('img')!.getBoundingClientRect()
      const points = section.querySelector('.lectern-points')!.getBoundingClientRect()
      const box = section.getBoundingClientRect()
      return {
        imageLeft: image.left,
        pointsRight: points.right,
        imageTop: image.top,
        pointsBottom: points.bottom,
        imageBottom: image.bottom,
        slideBottom: box.bottom,
        imageWidth: image.width / box.width,
      }
    })
    // Beside the points it would have under half the slide's width (wide-picture.browser.test.ts).
    expect(placed.imageTop).toBeGreaterThanOrEqual(placed.pointsBottom - 1)
    expect(placed.imageBottom).toBeLessThan(placed.slideBottom)
    expect(placed.imageWidth).toBeGreaterThan(0.5)
  })
})

describe('a crowded article', () => {
  let built: Awaited<ReturnType<typeof buildDeck>>
  beforeAll(async () => {
    built = await buildDeck({ article: crowdedArticle, outDir: join(work, 'crowded') })
  })

  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should keep every element on its slide %s, shrinking no slide below the floor', async (_, query) => {
    const deck = await openDeck(built.outDir, query)
    try {
      const slides = await outOfBounds(deck.page, query === '')
      expect(slides).toHaveLength(built.rendered.deck.slideCount)
      for (const slide of slides) {
        expect(slide.shown, slide.id).toBe(true)
        expect(slide.past, slide.id).toEqual([])
        expect(slide.scrolls, slide.id).toBe(0)
        expect(slide.scale, slide.id).toBeGreaterThanOrEqual(fitFloor)
      }
      // The picture with its list, the tall table, the wide one and the long line of code did not fit as laid out.
      // (A transaction's hash in a point breaks where it must, as a long word does: it shrinks nothing.)
      const shrunk = slides.filter((slide) => slide.scale < 1).map((slide) => slide.id)
      expect(shrunk).toEqual(['a-picture-and-many-points', 'a-huge-table', 'a-wide-table', 'a-long-line-of-code'])
      // (A listing with one line too long among eleven wraps that line, at the size the rest is read at.)
      expect(await deck.page.$eval('#a-few-long-lines pre', (code) => code.dataset.lecternWrap)).toBe('true')
      expect(await deck.page.$eval('#a-long-line-of-code pre', (code) => code.dataset.lecternWrap)).toBeUndefined()
      expect(await deck.page.evaluate(() => window.lectern!.fit!.filter((slide) => slide.overflow))).toEqual([])
      // Compiler output and ASCII diagrams show the characters typed, not a code font's ligatures (`-->` as an arrow).
      expect(await deck.page.$eval('#compiler-output pre code', (code) => getComputedStyle(code).fontVariantLigatures)).toBe('none')
      // A tab indents four columns, as an editor shows it, not the browser's eight.
      expect(await deck.page.$eval('#compiler-output pre code', (code) => getComputedStyle(code).tabSize)).toBe('4')
    } finally {
      await closeDeck(deck)
    }
  })

  it('should fit the same slides in the print view for print only, which shows nothing on screen', async () => {
    const preview = await openDeck(built.outDir, '?print-pdf')
    const printOnly = await openDeck(built.outDir, '?print-pdf&pdf-export')
    try {
      const fitted = (deck: OpenDeck) =>
        deck.page.evaluate(() => window.lectern!.fit!.map((slide) => [slide.id, slide.scale, slide.overflow]))
      const expected = await fitted(preview)
      expect(expected).toHaveLength(4)
      expect(await fitted(printOnly)).toEqual(expected)
      // Measured, then hidden again: the print-only view still lays out nothing on screen.
      expect(await printOnly.page.$eval('.reveal .slides', (slides) => getComputedStyle(slides).display)).toBe('none')
    } finally {
      await closeDeck(preview)
      await closeDeck(printOnly)
    }
  })

  it('should print every slide whole in slides.pdf and the handout, and warn about none', async () => {
    const out = join(work, 'crowded-pdf')
    const result = await runCli(['pdf', crowdedArticle, '--out', out])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/warning/)
    const slides = await readPdf(join(out, 'slides.pdf'))
    expect(slides.pages).toBe(built.rendered.deck.slideCount)
    slides.items.forEach((items, page) => {
      const { width, height } = slides.sizes[page]
      for (const item of items.filter((item) => item.str.trim())) {
        expect(item.y, `page ${page + 1}: ${item.str}`).toBeGreaterThanOrEqual(0)
        expect(item.y, `page ${page + 1}: ${item.str}`).toBeLessThanOrEqual(height)
        expect(item.x, `page ${page + 1}: ${item.str}`).toBeLessThanOrEqual(width)
      }
    })
    const table = slides.text.findIndex((text) => text.includes('A Huge Table'))
    expect(slides.text[table]).toContain('Region 9')
    expect(slides.text.join(' ')).toContain("'item number 6'")
    const handout = await readPdf(join(out, 'handout.pdf'))
    expect(handout.text.join(' ')).toContain('Region 9')
  })
})

describe('a text drawing taller than a slide', () => {
  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should show it whole on one slide, smaller than prose may be but never cut off, %s', async (_, query) => {
    // As DataFusion's aggregation post draws its hash tables (review 51): 30 to 36 lines of boxes,
    // each cut across two slides before.
    const dir = join(work, 'drawing')
    mkdirSync(dir, { recursive: true })
    const rows = Array.from({ length: 34 }, (_, row) =>
      row % 4 === 0
        ? '+--------------+        +--------------+'
        : `| stage ${String(row).padStart(2)}     | -----> | result ${String(row).padStart(2)}    |`,
    )
    const article = join(dir, 'drawing.md')
    writeFileSync(
      article,
      `# Drawing\n\n## Two phases\n\nEach core groups its own rows before the repartition.\n\n\`\`\`\n${rows.join('\n')}\n\`\`\`\n`,
    )
    const built = await buildDeck({ article, outDir: join(dir, 'deck') })
    const deck = await openDeck(built.outDir, query)
    try {
      const slides = await outOfBounds(deck.page, query === '')
      const drawn = await deck.page.$$eval('code.lectern-drawing', (codes) =>
        codes.map((code) => code.textContent?.split('\n').filter(Boolean).length),
      )
      expect(drawn).toEqual([34])
      for (const slide of slides) expect(slide.past, slide.id).toEqual([])
      const fit = await deck.page.evaluate(() => window.lectern!.fit!)
      expect(fit.filter((slide) => slide.overflow)).toEqual([])
      const shrunk = fit.find((slide) => slide.floor === drawingFloor)
      expect(shrunk?.scale).toBeGreaterThanOrEqual(drawingFloor)
      expect(shrunk?.scale).toBeLessThan(fitFloor)
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('a displayed derivation taller than a slide', () => {
  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should show it whole, smaller than prose may be but never cut off, %s', async (_, query) => {
    // As a VAE explainer derives the ELBO (review 69): eight rows of integrals, fractions and
    // underbraces, cut off at the bottom at 70%.
    const dir = join(work, 'derivation')
    mkdirSync(dir, { recursive: true })
    const fraction = String.raw`&= \max \int q(z|x) \ln \frac{p(x|z)p(z)}{p(z|x)} dz`
    const braced = String.raw`&= \max \underbrace{\int q(z|x) \ln \frac{q(z|x)}{p(z|x)} dz}_{KL\ Divergence} + \int q(z|x) \ln \frac{p(x|z)p(z)}{q(z|x)} dz`
    const rows = [
      String.raw`\max p(x) &= \max \ln p(x)`,
      ...Array.from({ length: 4 }, () => fraction),
      ...Array.from({ length: 3 }, () => braced),
    ]
    const article = join(dir, 'derivation.md')
    writeFileSync(
      article,
      `# Derivation\n\n## From p(x) to ELBO\n\nThe derivation of maximizing p(x) is as follows:\n\n$$\n\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}\n$$\n\nWe plug in Bayes' formula and get the lower bound, which is the ELBO.\n`,
    )
    const built = await buildDeck({ article, outDir: join(dir, 'deck') })
    const deck = await openDeck(built.outDir, query)
    try {
      const fit = await deck.page.evaluate(() => window.lectern!.fit!)
      expect(fit.filter((slide) => slide.overflow)).toEqual([])
      const shrunk = fit.find((slide) => slide.floor === drawingFloor)
      expect(shrunk?.scale).toBeGreaterThanOrEqual(drawingFloor)
      expect(shrunk?.scale).toBeLessThan(fitFloor)
      const slides = await outOfBounds(deck.page, query === '')
      for (const slide of slides) expect(slide.past, slide.id).toEqual([])
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('a slide still too tall at the floor', () => {
  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should give its picture less height rather than cut it off %s', async (_, query) => {
    // As a docs survey's slide (seen in review 8): a two-line "Section: question" title, a point
    // with six answers under it, and their bar chart, cut off below the fourth bar at the floor.
    const dir = join(work, 'tall-picture')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'chart.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="746" height="461" viewBox="0 0 746 461"><rect width="746" height="461" fill="#eef"/><rect x="20" y="420" width="300" height="30" fill="#336"/></svg>',
    )
    const answers = [
      'More examples: 17 (35%)',
      'Deeper coverage: 13 (27%)',
      'Better structure: 8 (17%)',
      'Code repository docs: 5 (10%)',
      'Other: 2 (4%)',
      'No response: 7 (15%)',
    ]
    writeFileSync(
      join(dir, 'talk.md'),
      `# Survey\n\n## Detailed insights\n\n### Documentation wish list\n\n#### Q: What features or information would you like to see added to the documentation that are not there yet?\n\nWe asked respondents to describe in their own words what they would like to see added to the documentation. We loosely grouped their responses into six categories. Some answers fell in more than one category.\n\n${answers.map((answer) => `- ${answer}`).join('\n')}\n\n![What information would you like to see added](chart.svg)\n`,
    )
    const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, `deck${query ? '-print' : ''}`) })
    const deck = await openDeck(built.outDir, query)
    try {
      const seen = await deck.page.evaluate(() => {
        const picture = document.querySelector<HTMLElement>('section img')!
        const section = picture.closest('section')!
        if (!location.search.includes('print')) {
          const reveal = window.lectern!.reveal!
          const { h, v } = reveal.getIndices(section)
          reveal.slide(h, v ?? 0)
        }
        const box = section.getBoundingClientRect()
        const image = picture.getBoundingClientRect()
        return {
          fit: Number(section.dataset.fit ?? 1),
          points: section.querySelectorAll('li').length,
          shrunk: picture.dataset.lecternShrunk === 'true',
          inside: image.bottom <= box.bottom + 1 && image.height > 0,
          overflow: (window.lectern!.fit ?? []).filter((slide) => slide.overflow).length,
        }
      })
      // The answers, their point and the chart share the slide, shrunk to the floor…
      expect(seen.points).toBeGreaterThanOrEqual(6)
      expect(seen.fit).toBeLessThan(0.75)
      // …and the chart is made smaller to fit whole, so nothing is reported cut off.
      expect(seen.shrunk).toBe(true)
      expect(seen.inside).toBe(true)
      expect(seen.overflow).toBe(0)
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('a divider', () => {
  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should set a heading with nothing under it large and low on its slide %s', async (_, query) => {
    // As html-afl-fuzzing's "2. Preparing the fuzzing campaign" (seen in review): a heading straight before the next.
    const dir = join(work, 'divider')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'talk.md'),
      '# Fuzzing\n\n## 2. Preparing the fuzzing campaign\n\n## a) Collecting inputs\n\nCollect the smallest inputs that reach the most code.\n',
    )
    const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, `deck${query ? '-print' : ''}`) })
    const deck = await openDeck(built.outDir, query)
    try {
      const placed = await deck.page.evaluate(() => {
        window.lectern!.reveal?.slide(1, 0)
        const measure = (id: string) => {
          const section = document.getElementById(id)!
          const box = section.getBoundingClientRect()
          const heading = section.querySelector('h2')!
          return {
            className: section.className,
            top: (heading.getBoundingClientRect().top - box.top) / box.height,
            size: parseFloat(getComputedStyle(heading).fontSize),
          }
        }
        return { divider: measure('2-preparing-the-fuzzing-campaign'), next: measure('a-collecting-inputs') }
      })
      expect(placed.divider.className).toContain('lectern-divider')
      expect(placed.next.className).not.toContain('lectern-divider')
      expect(placed.divider.top).toBeGreaterThan(0.3)
      expect(placed.next.top).toBeLessThan(0.15)
      expect(placed.divider.size).toBeGreaterThan(placed.next.size * 1.2)
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('a right-to-left deck with a logo', () => {
  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should put the logo at the left, clear of the heading that starts at the right %s', async (_, query) => {
    const dir = join(work, 'rtl-logo')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'talk.md'),
      '---\nlang: ar\n---\n# عن الملحقات\n\n## كتابة ملحق\n\nمن أجل فهم أفضل لكيفية إنشاء ملحقات خاصة بك.\n',
    )
    const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck'), overrides: { theme: 'meetup' } })
    const deck = await openDeck(built.outDir, query)
    try {
      const placed = await deck.page.evaluate((print: boolean) => {
        const section = document.querySelector<HTMLElement>('section.lectern-slide')!
        window.lectern!.reveal?.slide(1, 0)
        const box = section.getBoundingClientRect()
        const range = document.createRange()
        range.selectNodeContents(section.querySelector('h2')!)
        const heading = range.getBoundingClientRect()
        // The logo is the slide's ::before on screen, the page overlay's in print: a box of 30% of
        // the slide's width with the picture drawn at its outer edge.
        const logo = print ? section.parentElement!.querySelector('.lectern-page-overlay')! : section
        const style = getComputedStyle(logo, '::before')
        const width = parseFloat(style.width)
        const left = print ? parseFloat(style.marginLeft) : parseFloat(style.left)
        return {
          logoLeft: left / box.width,
          logoRight: (left + width) / box.width,
          drawnAt: style.backgroundPosition,
          headingLeft: (heading.left - box.left) / box.width,
        }
      }, query !== '')
      expect(placed.logoLeft).toBeLessThan(0.01)
      expect(placed.drawnAt.startsWith('0%') || placed.drawnAt.startsWith('0px')).toBe(true)
      expect(placed.headingLeft).toBeGreaterThan(placed.logoRight)
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('the talk’s opening', () => {
  it.each(['lectern', 'meetup', 'night'])(
    'should not show the talk’s title again over the opening, and set its one point as a statement in the %s theme',
    async (theme) => {
      // Review 8 saw every deck's second slide repeat the title the title slide had just shown.
      const dir = join(work, `opening-${theme}`)
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        join(dir, 'talk.md'),
        '# The long history of the public library\n\nPublic libraries began as subscription rooms for the few who could pay a yearly fee. Within a century, towns paid for them from taxes, and anyone could borrow a book.\n\n## Reading rooms\n\nReading rooms were quiet, lit by gas, and open late for workers.\n',
      )
      const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck'), overrides: { theme } })
      const deck = await openDeck(built.outDir)
      try {
        const seen = await deck.page.evaluate(() => {
          window.lectern!.reveal!.slide(0, 1)
          const section = document.querySelector<HTMLElement>('section.lectern-opening')!
          const heading = section.querySelector('h2')!
          const point = section.querySelector('.lectern-points > li')!
          const range = document.createRange()
          range.selectNodeContents(point)
          const text = range.getBoundingClientRect()
          const box = section.getBoundingClientRect()
          const reading = document.querySelector('section.lectern-slide:not(.lectern-opening) h2')!
          return {
            heading: heading.textContent,
            headingWidth: heading.getBoundingClientRect().width,
            sectionHeading: reading.getBoundingClientRect().width,
            bullet: getComputedStyle(point, '::before').content,
            x: (text.left + text.width / 2 - box.left) / box.width,
            y: (text.top + text.height / 2 - box.top) / box.height,
          }
        })
        // Still there for outlines and screen readers, but not drawn.
        expect(seen.heading).toBe('Introduction')
        expect(seen.headingWidth).toBeLessThanOrEqual(1)
        expect(seen.sectionHeading).toBeGreaterThan(100)
        expect(seen.bullet).toBe('none')
        expect(seen.x).toBeGreaterThan(0.4)
        expect(seen.x).toBeLessThan(0.6)
        expect(seen.y).toBeGreaterThan(0.25)
        expect(seen.y).toBeLessThan(0.7)
      } finally {
        await closeDeck(deck)
      }
    },
  )
})

describe('a statement with links', () => {
  it('should set its words on one line as a sentence, not each link on a line of its own', async () => {
    // Review 41 (Neovim's news): "You can now sponsor Neovim via / Github Sponsors / or / OpenCollective / ." on five lines.
    const dir = join(work, 'statement-links')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'talk.md'),
      '# News\n\n## Intro\n\nWords to open the talk with, said first.\n\n## Sponsors\n\nYou can sponsor us via [GitHub](https://github.com/sponsors) or [OC](https://opencollective.com).\n',
    )
    const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck') })
    const deck = await openDeck(built.outDir)
    try {
      const lines = await deck.page.evaluate(() => {
        window.lectern!.reveal!.slide(2, 0)
        const statement = document.querySelector('#sponsors p.lectern-statement')!
        const range = document.createRange()
        range.selectNodeContents(statement)
        return range.getBoundingClientRect().height / parseFloat(getComputedStyle(statement).lineHeight)
      })
      expect(lines).toBeLessThan(1.5)
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('an opening that shows more than points', () => {
  it('should lay its blocks out below where a heading would be, not flush with the top edge', async () => {
    // Review 31: a transcript's "Speaker / Date / Video" list sat against the slide's top edge. (Such a list of the talk's
    // details is now its credit, on the title slide, review 146: a list of other details opens the talk here.)
    const dir = join(work, 'opening-blocks')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'talk.md'),
      // (In a language lectern has no word "Introduction" for, the opening's heading is the talk's title, not shown.)
      '---\nlang: sv\n---\n\n# Libraries in seven minutes\n\n- **Founded: 1850**\n- **Branches: twelve**\n\nPublic libraries began as subscription rooms for the few who could pay a yearly fee.\n\n## Reading rooms\n\nReading rooms were quiet, lit by gas, and open late for workers.\n',
    )
    const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck') })
    const deck = await openDeck(built.outDir)
    try {
      const seen = await deck.page.evaluate(() => {
        window.lectern!.reveal!.slide(0, 1)
        const section = document.querySelector<HTMLElement>('section.lectern-opening')!
        const first = section.querySelector(':scope > h2 + *')!
        const box = section.getBoundingClientRect()
        const heading = document.querySelector('section.lectern-slide:not(.lectern-opening) > h2')!
        return {
          top: (first.getBoundingClientRect().top - box.top) / box.height,
          headingBottom: (heading.getBoundingClientRect().bottom - heading.closest('section')!.getBoundingClientRect().top) / box.height,
        }
      })
      expect(seen.top).toBeGreaterThan(0.08)
      expect(seen.top).toBeGreaterThanOrEqual(seen.headingBottom - 0.05)
    } finally {
      await closeDeck(deck)
    }
  })
})

describe('the title slide’s byline', () => {
  it('should put a dot between the author and the date, and none before a date without an author', async () => {
    // As opinion-talks-good (Pelican, seen in review): a date and no author showed "· February 10, 2024".
    const dir = join(work, 'byline')
    mkdirSync(dir, { recursive: true })
    const body = '\n\n## One\n\nTalks are better when they are short and when they tell one story.\n'
    writeFileSync(join(dir, 'dated.md'), `---\ntitle: Good talks\ndate: 2024-02-10\n---\n${body}`)
    writeFileSync(join(dir, 'signed.md'), `---\ntitle: Good talks\nauthor: Ana\ndate: 2024-02-10\n---\n${body}`)
    const separators: string[] = []
    for (const name of ['dated', 'signed']) {
      const built = await buildDeck({ article: join(dir, `${name}.md`), outDir: join(dir, name) })
      const deck = await openDeck(built.outDir)
      try {
        separators.push(
          await deck.page.evaluate(() => getComputedStyle(document.querySelector('.lectern-byline time')!, '::before').content),
        )
      } finally {
        await closeDeck(deck)
      }
    }
    expect(separators).toEqual(['none', '" · "'])
  })
})

describe('a long slide heading', () => {
  it.each(['lectern', 'meetup', 'night'])(
    'should set a long "section: topic" heading smaller, down to a floor, rather than on three lines, in the %s theme',
    async (theme) => {
      // As review 2 saw on long sections cut into topics: "Section: a keyphrase" on three lines over the points.
      const dir = join(work, `long-title-${theme}`)
      mkdirSync(dir, { recursive: true })
      const heading = 'Why the postal service still matters to rural communities: sensors on every delivery vehicle in the country'
      writeFileSync(
        join(dir, 'talk.md'),
        `# Post\n\n## ${heading}\n\nCarriers drive every road six days a week, so sensors could map potholes for the cities.\n\n## Short\n\nThe network reaches every address in the country.\n\n## ${heading.slice(0, 90)}\n\nThe parcels grow every year while letters become fewer.\n`,
      )
      const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck'), overrides: { theme } })
      const deck = await openDeck(built.outDir)
      try {
        const measured = await deck.page.evaluate(() => {
          const lines = (heading: HTMLElement) => {
            window.lectern!.reveal?.slide(
              [...document.querySelectorAll('.reveal .slides > section')].indexOf(heading.closest('.lectern-group')!),
              0,
            )
            const style = getComputedStyle(heading)
            return {
              lines: Math.round(
                heading.getBoundingClientRect().height /
                  (parseFloat(style.lineHeight) * (heading.getBoundingClientRect().height / heading.offsetHeight)),
              ),
              size: parseFloat(style.fontSize),
            }
          }
          const [long, short, middle] = [...document.querySelectorAll<HTMLElement>('section.lectern-slide h2')]
          return { long: lines(long), short: lines(short), middle: lines(middle) }
        })
        expect(measured.short.lines).toBe(1)
        // Smaller, but not below the floor (70%): only there may a very long heading take a third line.
        for (const long of [measured.middle, measured.long]) {
          expect(long.size).toBeLessThan(measured.short.size)
          expect(long.size).toBeGreaterThanOrEqual(measured.short.size * 0.7 - 0.5)
          if (long.size > measured.short.size * 0.7 + 0.5) expect(long.lines).toBeLessThanOrEqual(2)
          expect(long.lines).toBeLessThanOrEqual(3)
        }
      } finally {
        await closeDeck(deck)
      }
    },
  )
})

describe('a heading marked by an anchor', () => {
  it('should set the heading in the heading’s colour, not as a link, where the anchor links nowhere', async () => {
    // A trip report's headings, `# <a name="network">Fostering networking</a>` (review 150): every slide title was blue and
    // underlined as a link. (A link that does link stays one.)
    const dir = join(work, 'anchors')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'post.md'),
      [
        '# A trip',
        '',
        '# <a name="network">Fostering networking</a>',
        '',
        'Coffee breaks were where the useful conversations happened, as the [programme](https://example.org/) promised.',
        '',
      ].join('\n'),
    )
    const built = await buildDeck({ article: join(dir, 'post.md'), outDir: join(dir, 'out') })
    const deck = await openDeck(built.outDir)
    try {
      const styles = await deck.page.evaluate(() => {
        const style = (element: Element) => {
          const computed = getComputedStyle(element)
          return { color: computed.color, line: computed.textDecorationLine }
        }
        const named = document.querySelector('.reveal h2 a:not([href])')!
        return {
          named: style(named),
          heading: style(named.closest('h2')!),
          link: style(document.querySelector('.reveal a[href^="https"]')!),
        }
      })
      expect(styles.named).toEqual(styles.heading)
      expect(styles.link.line).toBe('underline')
      expect(styles.link.color).not.toBe(styles.heading.color)
    } finally {
      await closeDeck(deck)
    }
  })
})

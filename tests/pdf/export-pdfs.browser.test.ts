import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { BrowserSession, exportPdfs } from '../../src/pdf/index.ts'
import { linksOf, normalise, readingPages, readingText, readPdf, structureOf, type ReadPdf } from '../helpers/read-pdf.ts'

/** The handout footer sits in the bottom margin (18 mm ≈ 51 pt). */
const footerAbove = 45

const article = 'content/aws-founding-story.md'
const longNotes = 'tests/fixtures/pdf/long-notes.md'

/** The article's body paragraphs (after the frontmatter, without headings): each is a speaker note. */
async function paragraphsOf(path: string): Promise<string[]> {
  const text = (await readFile(path, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '')
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('#'))
    .map(normalise)
}

let dir: string
let session: BrowserSession
let slideCount: number
let outline: Array<{ title: string; slides: Array<{ title: string }> }>
let slides: ReadPdf
let handout: ReadPdf

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-pdf-'))
  // One browser for the whole file: its launch is the slowest thing here.
  session = new BrowserSession({ timeout: 60_000 })
  const built = await buildDeck({ article, outDir: join(dir, 'aws') })
  slideCount = built.rendered.deck.slideCount
  outline = built.rendered.deck.outline
  await exportPdfs({ deck: built.outDir, outDir: built.outDir, session })
  ;[slides, handout] = await Promise.all([readPdf(join(built.outDir, 'slides.pdf')), readPdf(join(built.outDir, 'handout.pdf'))])
})

afterAll(async () => {
  await session?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('slides.pdf', () => {
  it('should have one page per slide', () => {
    expect(slideCount).toBe(11)
    expect(slides.pages).toBe(slideCount)
  })

  it('should have pages at the deck’s 16:9 aspect ratio', () => {
    for (const size of slides.sizes) expect(size.width / size.height).toBeCloseTo(16 / 9, 2)
  })

  it('should have selectable text on every page and no blank page', () => {
    for (const text of slides.text) expect(text.length).toBeGreaterThan(10)
    expect(slides.text[2]).toContain('Seeds in Amazon’s Own Codebase')
  })

  it('should number slides as the screen does (c/t)', () => {
    slides.text.forEach((text, index) => expect(text).toContain(`${index + 1} / ${slideCount}`))
  })

  it('should carry title, author, subject and keywords from the frontmatter', () => {
    expect(slides.info.Title).toBe('The Founding Story of AWS: How Amazon Built the Backbone of the Modern Internet')
    expect(slides.info.Author).toBe('Vishnu Dileesh')
    expect(String(slides.info.Subject)).toMatch(/^AWS was born from Amazon’s internal infrastructure struggles/)
    expect(String(slides.info.Keywords)).toContain('cloud computing history')
  })

  it('should have one bookmark per slide group with its vertical slides nested', () => {
    expect(slides.outline.map((bookmark) => bookmark.title)).toEqual(outline.map((group) => group.title))
    slides.outline.forEach((bookmark, index) => {
      const group = outline[index]
      expect(bookmark.children.map((child) => child.title)).toEqual(group.slides.length > 1 ? group.slides.map((slide) => slide.title) : [])
    })
    expect(slides.outline.find((bookmark) => bookmark.title === 'Relentless Expansion')?.children).toHaveLength(2)
  })

  it('should open each bookmark at its slide’s page', () => {
    // A page per slide, in the outline's order: a group opens at its first slide.
    const firstPages = outline.map((_, index) => outline.slice(0, index).reduce((sum, group) => sum + group.slides.length, 0))
    expect(slides.outline.map((bookmark) => bookmark.page)).toEqual(firstPages)
    slides.outline.forEach((bookmark, index) => {
      expect(bookmark.children.map((child) => child.page)).toEqual(bookmark.children.map((_, slide) => firstPages[index] + slide))
    })
    // Each page shows the slide its bookmark names.
    for (const bookmark of slides.outline.flatMap((group) => [group, ...group.children])) {
      expect(slides.text[bookmark.page]).toContain(bookmark.title.replace(/ \(\d+\)$/, ''))
    }
  })

  it('should stay tagged', () => {
    expect(slides.tagged).toBe(true)
  })

  it('should embed its fonts as themselves, not as nameless Type 3 outlines', async () => {
    for (const pdf of ['slides.pdf', 'handout.pdf']) {
      const raw = (await readFile(join(dir, 'aws', pdf))).toString('latin1')
      expect(raw, pdf).not.toMatch(/\/Subtype\s*\/Type3/)
      expect(raw, pdf).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Inter-Regular/)
    }
  })
})

describe('slides.pdf printed in parts (as a long deck is)', () => {
  it('should equal the deck printed whole: pages, text, numbers, bookmarks, metadata and tags', async () => {
    const whole = join(dir, 'aws', 'slides.pdf')
    await exportPdfs({ deck: join(dir, 'aws'), outDir: join(dir, 'parts'), pdfs: ['slides'], parts: 3, session })
    const parts = join(dir, 'parts', 'slides.pdf')
    const joined = await readPdf(parts)
    // Positions agree to far below a point (the parts' pages sit at other offsets in Chromium's document).
    const rounded = (pdf: ReadPdf) => ({
      ...pdf,
      info: pdf.info.Title,
      items: pdf.items.map((page) => page.map((item) => ({ ...item, x: item.x.toFixed(2), y: item.y.toFixed(2) }))),
    })
    expect(rounded(joined)).toEqual(rounded(slides))
    expect(await structureOf(parts)).toEqual(await structureOf(whole))
  })

  it('should keep links working and tagged across the parts', async () => {
    const source = join(dir, 'links.md')
    const groups = ['One', 'Two', 'Three', 'Four'].map(
      (name, index) => `## ${name}\n\n- See [page ${index}](https://example.com/${index}) now\n`,
    )
    await writeFile(source, `---\ntitle: Links\n---\n\n${groups.join('\n')}`)
    const built = await buildDeck({ article: source, outDir: join(dir, 'links') })
    await exportPdfs({ deck: built.outDir, outDir: join(dir, 'links-whole'), pdfs: ['slides'], parts: 1, session })
    await exportPdfs({ deck: built.outDir, outDir: join(dir, 'links-parts'), pdfs: ['slides'], parts: 2, session })
    const [whole, parts] = [join(dir, 'links-whole', 'slides.pdf'), join(dir, 'links-parts', 'slides.pdf')]
    expect(await linksOf(parts)).toEqual([[], ...[0, 1, 2, 3].map((index) => [`https://example.com/${index}`])])
    expect(await linksOf(parts)).toEqual(await linksOf(whole))
    expect(await structureOf(parts)).toEqual(await structureOf(whole))
    expect((await readPdf(parts)).outline).toEqual((await readPdf(whole)).outline)
  })
})

describe('slides.pdf of a theme that draws pictures of its own', () => {
  it('should draw them, though the slides’ styles ask for them only when printed', async () => {
    // The theme's folder: a bar under every slide title, from a PNG beside the stylesheet.
    const theme = join(dir, 'pictures-theme')
    await mkdir(theme, { recursive: true })
    await writeFile(
      join(theme, 'theme.css'),
      ".reveal .slides section.lectern-slide h2 { background: url('bar.png') no-repeat left bottom / 100% 8px; }\n",
    )
    const onePixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
    await writeFile(join(theme, 'bar.png'), Buffer.from(onePixel, 'base64'))
    const built = await buildDeck({ article, outDir: join(dir, 'pictures'), overrides: { theme } })
    for (const parts of [1, 2]) {
      const out = join(dir, `pictures-${parts}`)
      await exportPdfs({ deck: built.outDir, outDir: out, pdfs: ['slides'], parts, session })
      const raw = (await readFile(join(out, 'slides.pdf'))).toString('latin1')
      expect(raw.match(/\/Subtype\s*\/Image\b/g)?.length ?? 0, `printed in ${parts} part(s)`).toBeGreaterThanOrEqual(parts)
    }
  })
})

describe('slides.pdf with --fragments', () => {
  it('should still give one page per slide of a deck without fragments, numbered as on screen, with bookmarks', async () => {
    await exportPdfs({ deck: join(dir, 'aws'), outDir: join(dir, 'fragments'), pdfs: ['slides'], fragments: true, session })
    const pdf = await readPdf(join(dir, 'fragments', 'slides.pdf'))
    expect(pdf.pages).toBe(slideCount)
    pdf.text.forEach((text, index) => expect(text).toContain(`${index + 1} / ${slideCount}`))
    expect(pdf.outline).toEqual(slides.outline)
    expect(pdf.tagged).toBe(true)
  })
})

describe('handout.pdf', () => {
  it('should be A4 portrait', () => {
    for (const size of handout.sizes) {
      expect(size.width).toBeCloseTo(595, 0)
      expect(size.height).toBeCloseTo(842, 0)
    }
  })

  it('should contain every paragraph of the article, complete', async () => {
    const text = readingText(handout, { footerAbove })
    const paragraphs = await paragraphsOf(article)
    expect(paragraphs.length).toBeGreaterThan(25)
    for (const paragraph of paragraphs) expect(text).toContain(paragraph)
  })

  it('should have no blank pages and a footer with the title and page numbers', () => {
    handout.text.forEach((text, index) => {
      expect(text).toContain(`${index + 1} / ${handout.pages}`)
    })
    for (const page of readingPages(handout, { footerAbove })) expect(page.length).toBeGreaterThan(20)
  })

  it('should have a bookmark per section, metadata and tags', () => {
    expect(handout.outline.map((bookmark) => bookmark.title)).toEqual(outline.map((group) => group.title))
    expect(handout.info.Author).toBe('Vishnu Dileesh')
    expect(handout.tagged).toBe(true)
  })
})

describe('handout.pdf with long notes', () => {
  it('should keep all 1,500 words of a single slide’s notes, flowing onto further pages', async () => {
    const built = await buildDeck({ article: longNotes, outDir: join(dir, 'long') })
    expect(built.rendered.deck.slideCount).toBe(2)
    await exportPdfs({ deck: built.outDir, outDir: built.outDir, pdfs: ['handout'], session })
    const pdf = await readPdf(join(built.outDir, 'handout.pdf'))
    const paragraphs = await paragraphsOf(longNotes)
    expect(paragraphs.join(' ').split(' ').length).toBeGreaterThanOrEqual(1500)
    const text = readingText(pdf, { footerAbove })
    for (const paragraph of paragraphs) expect(text).toContain(paragraph)
    expect(pdf.pages).toBeGreaterThan(2)
    // No blank page: each has something above its footer.
    for (const page of readingPages(pdf, { footerAbove })) expect(page.length).toBeGreaterThan(5)
  })
})

describe('handout.pdf on letter, three per page', () => {
  it('should print letter pages with every paragraph beside its slide', async () => {
    const outDir = join(dir, 'aws')
    await exportPdfs({ deck: outDir, outDir: join(dir, 'letter'), pdfs: ['handout'], paper: 'letter', perPage: 3, session })
    const pdf = await readPdf(join(dir, 'letter', 'handout.pdf'))
    expect(pdf.sizes[0].width).toBeCloseTo(612, 0)
    expect(pdf.sizes[0].height).toBeCloseTo(792, 0)
    expect(pdf.pages).toBeLessThan(handout.pages)
    // The notes column starts after the 15 mm margin, the picture (45 %) and the gap.
    const text = readingText(pdf, { footerAbove, columnAt: 42 + 0.45 * (612 - 85) + 5 })
    for (const paragraph of await paragraphsOf(article)) expect(text).toContain(paragraph)
  })
})

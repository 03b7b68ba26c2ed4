import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { scaffoldTheme } from '../../src/node/scaffold-theme.ts'
import { closeBrowser, closeDeck, openDeck, type PastEdges, pastEdgesIn } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-balance-'))
const article = fileURLToPath(new URL('../fixtures/layout/kinds.md', import.meta.url))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/** What a viewer sees of one slide, in the slide's own pixels (Reveal's scaling undone). */
interface Seen {
  id: string
  kind: string
  /** The slide's size. */
  width: number
  height: number
  /** Where the heading's text ends. */
  headingBottom: number
  /** The box round everything shown below the heading: text as drawn, pictures as drawn. */
  content: { left: number; right: number; top: number; bottom: number }
  /** Font size of the key points, of the statement or of the quote. */
  fontSize: number
  /** Font size of the code or the table, as drawn (its zoom included). */
  blockFontSize: number
  /** The picture as drawn (object-fit), and the box it is drawn in. */
  picture?: { left: number; right: number; top: number; bottom: number; boxWidth: number; boxHeight: number }
  /** The points' box, beside a picture. */
  points?: { left: number; right: number; top: number; bottom: number }
  textAlign: string
  /** Elements reaching past the slide's edges. */
  past: string[]
}

/** Every slide as a viewer sees it: on screen each shown in turn, in the print view as printed. */
async function look(page: Page, onScreen: boolean): Promise<Seen[]> {
  const pastEdges = await pastEdgesIn(page)
  return page.evaluate(
    (onScreen: boolean, pastEdges: PastEdges) => {
      const reveal = window.lectern!.reveal
      const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].filter(
        (section) => !section.querySelector('section') && section.classList.contains('lectern-slide'),
      )
      return sections.map((section) => {
        if (onScreen) {
          const { h, v } = reveal!.getIndices(section)
          reveal!.slide(h, v ?? 0)
        }
        const box = section.getBoundingClientRect()
        const unit = box.height / section.offsetHeight
        const rel = (rect: DOMRect | { left: number; right: number; top: number; bottom: number }) => ({
          left: (rect.left - box.left) / unit,
          right: (rect.right - box.left) / unit,
          top: (rect.top - box.top) / unit,
          bottom: (rect.bottom - box.top) / unit,
        })
        const textOf = (element: Element) => {
          const range = document.createRange()
          range.selectNodeContents(element)
          return range.getBoundingClientRect()
        }
        const union = (rects: Array<{ left: number; right: number; top: number; bottom: number }>) => ({
          left: Math.min(...rects.map((rect) => rect.left)),
          right: Math.max(...rects.map((rect) => rect.right)),
          top: Math.min(...rects.map((rect) => rect.top)),
          bottom: Math.max(...rects.map((rect) => rect.bottom)),
        })
        // A picture drawn with object-fit: contain fills its element's box in one direction only.
        const drawn = (image: HTMLImageElement) => {
          const rect = image.getBoundingClientRect()
          const scale = Math.min(rect.width / image.naturalWidth, rect.height / image.naturalHeight)
          const [width, height] = [image.naturalWidth * scale, image.naturalHeight * scale]
          const left = rect.left + (rect.width - width) / 2
          const top = rect.top + (rect.height - height) / 2
          return { left, right: left + width, top, bottom: top + height }
        }
        const heading = section.querySelector(':scope > h2')!
        const body = [...section.children].filter((child) => !child.matches('h2, .lectern-kicker, aside.notes, .lectern-pdf-mark'))
        const parts = body.flatMap((child) => {
          if (child.matches('ul.lectern-points')) return [...child.children].map((item) => item.getBoundingClientRect())
          if (child.matches('p.lectern-statement, div.lectern-passage, blockquote')) return [textOf(child)]
          const image = child.querySelector('img')
          if (image) return [drawn(image)]
          return [child.getBoundingClientRect()]
        })
        const image = section.querySelector<HTMLImageElement>('p.lectern-picture img')
        const picture = image
          ? {
              ...rel(drawn(image)),
              boxWidth: image.parentElement!.getBoundingClientRect().width / unit,
              boxHeight: image.parentElement!.getBoundingClientRect().height / unit,
            }
          : undefined
        const block = section.querySelector<HTMLElement>(':scope > pre code, :scope > table td')
        const drawnSize = (element: HTMLElement) =>
          parseFloat(getComputedStyle(element).fontSize) * ((element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1)
        const points = section.querySelector('ul.lectern-points')
        const typeSetter = section.querySelector('ul.lectern-points > li, p.lectern-statement, div.lectern-passage, blockquote')
        const past = pastEdges(section)
        return {
          id: section.id,
          kind: section.dataset.kind ?? '',
          width: section.offsetWidth,
          height: section.offsetHeight,
          headingBottom: rel(textOf(heading)).bottom,
          content: rel(union(parts)),
          fontSize: typeSetter ? parseFloat(getComputedStyle(typeSetter).fontSize) : 0,
          blockFontSize: block ? drawnSize(block) : 0,
          picture,
          points: points && image ? rel(union([...points.children].map((item) => item.getBoundingClientRect()))) : undefined,
          textAlign: getComputedStyle(section.querySelector('p.lectern-statement') ?? section).textAlign,
          past,
        }
      })
    },
    onScreen,
    pastEdges,
  )
}

/** Room kept free at the slide's bottom for the footer and slide number (as fit.ts keeps). */
const footer = 36

/** How far the content's middle is from the middle of the room below the heading, as a share of that room. */
function offCentre(slide: Seen): number {
  const room = { top: slide.headingBottom, bottom: slide.height - footer }
  const middle = (slide.content.top + slide.content.bottom) / 2
  return (middle - (room.top + room.bottom) / 2) / (room.bottom - room.top)
}

const themes = ['lectern', 'night', 'meetup', 'custom'] as const

describe.each(themes)('slides of every kind in the %s theme', (theme) => {
  const views: Record<string, Seen[]> = {}

  beforeAll(async () => {
    const themePath =
      theme === 'custom'
        ? await scaffoldTheme('four-colours', join(work, theme), {
            background: '#fdf6e3',
            text: '#33302a',
            headings: '#7a2e0e',
            accent: '#2a7a5e',
          })
        : theme
    const built = await buildDeck({ article, outDir: join(work, theme, 'deck'), overrides: { theme: themePath } })
    for (const [view, query] of [
      ['screen', ''],
      ['print', '?print-pdf'],
    ] as const) {
      const deck = await openDeck(built.outDir, query)
      try {
        views[view] = await look(deck.page, view === 'screen')
      } finally {
        await closeDeck(deck)
      }
    }
  })

  const both = ['screen', 'print'] as const
  const slide = (view: string, id: string) => {
    const found = views[view].find((seen) => seen.id === id)
    expect(found, id).toBeDefined()
    return found!
  }

  it.each(both)('should keep everything on the slide and off its bottom edge (%s)', (view) => {
    expect(views[view].length).toBeGreaterThan(10)
    for (const seen of views[view]) {
      expect(seen.past, seen.id).toEqual([])
      expect(seen.content.bottom, seen.id).toBeLessThanOrEqual(seen.height - 20)
      expect(seen.content.top, seen.id).toBeGreaterThanOrEqual(seen.headingBottom)
    }
  })

  it.each(both)('should balance slides of points in the room below the heading, the fewer the larger (%s)', (view) => {
    const ids = ['one-point', 'two-ideas', 'three-ideas', 'many-ideas', 'a-subsection-with-a-rather-long-heading-that-wraps-onto-a-se']
    for (const id of ids) expect(Math.abs(offCentre(slide(view, id))), id).toBeLessThan(0.1)
    const size = (id: string) => slide(view, id).fontSize
    expect(size('one-point')).toBeGreaterThan(size('two-ideas'))
    expect(size('two-ideas')).toBeGreaterThan(size('three-ideas'))
    expect(size('three-ideas')).toBeGreaterThan(size('many-ideas'))
    expect(size('two-ideas')).toBeGreaterThan(size('many-ideas') * 1.2)
  })

  it.each(both)('should set a statement large and centred, and a quote in the middle of the room (%s)', (view) => {
    const statement = slide(view, 'the-spark')
    expect(statement.kind).toBe('statement')
    expect(statement.textAlign).toBe('center')
    const middle = (statement.content.left + statement.content.right) / 2
    expect(Math.abs(middle / statement.width - 0.5)).toBeLessThan(0.02)
    expect(Math.abs(offCentre(statement))).toBeLessThan(0.1)
    expect(statement.fontSize).toBeGreaterThan(slide(view, 'one-point').fontSize)
    expect(Math.abs(offCentre(slide(view, 'in-their-words')))).toBeLessThan(0.1)
  })

  it.each(both)(
    'should show a section’s few sentences without a point in the middle of the room, its words, link and code in one paragraph (%s)',
    (view) => {
      const passage = slide(view, 'anyone-else')
      expect(passage.kind).toBe('passage')
      expect(Math.abs(offCentre(passage))).toBeLessThan(0.1)
      expect(passage.fontSize).toBeGreaterThan(slide(view, 'many-ideas').fontSize)
      // Two or three lines of text, not a line for each run of words, the link and the code.
      expect(passage.content.bottom - passage.content.top).toBeLessThan(passage.fontSize * 1.4 * 3.5)
    },
  )

  it.each(both)('should draw a picture beside its points as large as the room allows, level with them (%s)', (view) => {
    for (const id of ['the-architecture', 'a-tall-photo']) {
      const seen = slide(view, id)
      expect(seen.kind, id).toBe('image-text')
      const { picture, points } = seen
      expect(picture!.left, id).toBeGreaterThanOrEqual(points!.right)
      // Contained: it fills its box in width or in height.
      const fills = Math.max((picture!.right - picture!.left) / picture!.boxWidth, (picture!.bottom - picture!.top) / picture!.boxHeight)
      expect(fills, id).toBeGreaterThan(0.98)
      expect(picture!.boxWidth / seen.width, id).toBeGreaterThan(0.4)
      const level = (picture!.top + picture!.bottom) / 2 - (points!.top + points!.bottom) / 2
      expect(Math.abs(level), id).toBeLessThan(60)
    }
    // Beside one point, the picture takes more of the width than beside two or three.
    const one = slide(view, 'one-chart')
    expect(one.kind).toBe('image-text')
    expect(one.picture!.boxWidth / one.width).toBeGreaterThan(slide(view, 'the-architecture').picture!.boxWidth / one.width + 0.05)
  })

  it.each(both)('should show a picture alone large and in the middle of the slide (%s)', (view) => {
    for (const id of ['just-a-picture', 'a-small-diagram']) {
      const seen = slide(view, id)
      const picture = seen.picture!
      expect(seen.kind, id).toBe('image')
      expect(Math.abs((picture.left + picture.right) / 2 / seen.width - 0.5), id).toBeLessThan(0.02)
      expect(picture.bottom - picture.top, id).toBeGreaterThan((seen.height - seen.headingBottom) * 0.6)
    }
  })

  it.each(both)('should enlarge a short slide of mixed blocks and move it into the room below its heading (%s)', (view) => {
    // Code is set at 0.6em and tables at 0.7em of the 32px text on a full slide.
    expect(slide(view, 'code-and-a-point').blockFontSize).toBeGreaterThan(32 * 0.6 * 1.15)
    expect(slide(view, 'a-small-table').blockFontSize).toBeGreaterThan(32 * 0.7 * 1.15)
    for (const id of ['code-and-a-point', 'a-small-table']) {
      const seen = slide(view, id)
      expect(seen.content.top - seen.headingBottom, id).toBeGreaterThan(60)
      expect(Math.abs(offCentre(seen)), id).toBeLessThan(0.15)
    }
  })
})

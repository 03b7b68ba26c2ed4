import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { closeBrowser, closeDeck, openDeck, pastEdgesIn } from '../helpers/deck-page.ts'

/*
 * A listing split over slides (a Go server of fifty lines after two paragraphs): its pieces
 * sit beside different text, so each slide's fit alone gave each a size of its own, three
 * sizes on three slides (review 55). A viewer sees one listing: one size, on screen and in print.
 */

const work = mkdtempSync(join(tmpdir(), 'lectern-code-pieces-'))
const article = fileURLToPath(new URL('../fixtures/layout/listing.md', import.meta.url))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

interface Piece {
  id: string
  /** The code's font size as drawn, its slide's zoom included. */
  size: number
  past: string[]
}

const seen: Record<string, Piece[]> = {}

beforeAll(async () => {
  const built = await buildDeck({ article, outDir: join(work, 'deck') })
  for (const [view, query] of [
    ['screen', ''],
    ['print', '?print-pdf'],
  ] as const) {
    const deck = await openDeck(built.outDir, query)
    try {
      const pastEdges = await pastEdgesIn(deck.page)
      seen[view] = await deck.page.evaluate(
        (onScreen: boolean, pastEdges) => {
          const reveal = window.lectern!.reveal
          return [...document.querySelectorAll<HTMLElement>('.reveal .slides section.lectern-slide')]
            .filter((section) => section.querySelector('code[data-lectern-piece]'))
            .map((section) => {
              if (onScreen) {
                const { h, v } = reveal!.getIndices(section)
                reveal!.slide(h, v ?? 0)
              }
              const code = section.querySelector<HTMLElement>('code[data-lectern-piece]')!
              const zoom = (element: HTMLElement) => (element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1
              return { id: section.id, size: parseFloat(getComputedStyle(code).fontSize) * zoom(code), past: pastEdges(section) }
            })
        },
        view === 'screen',
        pastEdges,
      )
    } finally {
      await closeDeck(deck)
    }
  }
})

describe('a listing split over slides', () => {
  for (const view of ['screen', 'print'] as const) {
    it(`should show every piece in one size, inside its slide (${view})`, () => {
      const pieces = seen[view]
      expect(pieces.length).toBeGreaterThanOrEqual(2)
      const sizes = pieces.map((piece) => piece.size)
      expect(Math.max(...sizes) - Math.min(...sizes), JSON.stringify(pieces)).toBeLessThan(0.5)
      for (const piece of pieces) expect(piece.past, piece.id).toEqual([])
    })
  }
})

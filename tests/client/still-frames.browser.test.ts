import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { closeBrowser, closeDeck, openDeck } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-gif-'))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

// Two frames of 40×20: a white one, as an animation's first often is, then a grey checkerboard.
const animation = Buffer.from(
  'R0lGODlhKAAUAPAAAP///wAAACH5BABkAAAAIf8LTkVUU0NBUEUyLjADAQAAACwAAAAAKAAUAAACGoSPqcvtD6OctNqLs968+w+G4kiW5omm6ooVACH5BABkAAAALAAAAAAoABQAgGZmZpmZmQI8jI8Jy+0JY3S0ySurxhzp2oUfFXbjU2KnlV4r07ovEGdzPd24ou/HTPP9ekKgisgBjlLKD7MJKkGjok8BADs=',
  'base64',
)

describe('an animated GIF in print', () => {
  it('should print its fullest frame, not its blank first one', async () => {
    const dir = join(work, 'gif')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'sparks.gif'), animation)
    writeFileSync(
      join(dir, 'talk.md'),
      '# Loot\n\n## Sparks\n\nAt every loot slide the organisers had spark fountains, and the crowd cheered.\n\n![The spark fountains firing on stage](sparks.gif)\n',
    )
    const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck') })
    for (const [query, still] of [
      ['?print-pdf', true],
      ['', false],
    ] as const) {
      const deck = await openDeck(built.outDir, query)
      try {
        const shown = await deck.page.evaluate(() => {
          const image = document.querySelector<HTMLImageElement>('p.lectern-picture img')!
          const canvas = document.createElement('canvas')
          canvas.width = 40
          canvas.height = 20
          const context = canvas.getContext('2d')!
          context.drawImage(image, 0, 0, 40, 20)
          const pixels = context.getImageData(0, 0, 40, 20).data
          const values = new Set<number>()
          for (let at = 0; at < pixels.length; at += 4) values.add(pixels[at])
          return { src: image.getAttribute('src')!, values: values.size }
        })
        // In print, a still of the checkerboard (two greys); on screen the animation itself.
        expect(shown.src.startsWith('data:image/png'), query).toBe(still)
        if (still) expect(shown.values).toBeGreaterThan(1)
      } finally {
        await closeDeck(deck)
      }
    }
  })
})

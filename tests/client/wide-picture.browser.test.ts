import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { closeBrowser, closeDeck, openDeck } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-wide-'))

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/** A grey PNG of the given size: real picture bytes with the proportions of a screenshot. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const rows = Buffer.alloc((width + 1) * height, 0x80)
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('a wide picture beside a point', () => {
  it.each([
    ['on screen', ''],
    ['in the print view', '?print-pdf'],
  ])('should go below the point at the slide’s full width %s', async (_, query) => {
    // As a debugging story's profiler screenshots (seen in review): one point, then a picture five times as wide as it is high.
    // (Each sentence within the 15 words a point may have, so that each section has its point.)
    const dir = join(work, `wide${query ? '-print' : ''}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'wide.png'), png(1500, 300))
    writeFileSync(join(dir, 'tall.png'), png(400, 300))
    writeFileSync(join(dir, 'table.png'), png(1200, 500))
    writeFileSync(join(dir, 'chart.png'), png(1264, 632))
    writeFileSync(
      join(dir, 'talk.md'),
      [
        '# Spikes',
        '',
        '## Digging deeper',
        '',
        'I drilled down to the callstack with the most waits and found a lock.',
        '',
        '![The callstack view of the profiler](wide.png)',
        '',
        '## Taking a step back',
        '',
        'My first thought was to look at the machines one at a time.',
        '',
        '![Latency per machine](tall.png)',
        '',
        '## The wait analysis',
        '',
        'The wait table shows which threads waited on the lock, and for how long.',
        '',
        'Most waits came from the allocator freeing large objects under the heap lock.',
        '',
        '![The wait analysis table](table.png)',
        '',
        '## Under load',
        '',
        'The mesh kept its latency flat while the request rate grew a hundredfold.',
        '',
        '![Latency at 2000 requests per second](chart.png)',
      ].join('\n'),
    )
    const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck') })
    const deck = await openDeck(built.outDir, query)
    try {
      const placed = await deck.page.evaluate(() => {
        const measure = (id: string) => {
          window.lectern!.reveal?.slide(
            [...document.querySelectorAll('.reveal .slides > section')].findIndex((group) => group.querySelector(`#${id}`)),
            0,
          )
          const section = document.getElementById(id)!
          const box = section.getBoundingClientRect()
          const point = section.querySelector('.lectern-points')!.getBoundingClientRect()
          const image = section.querySelector<HTMLImageElement>('p.lectern-picture img')!
          const picture = image.getBoundingClientRect()
          // What is drawn: the picture is contained in its box, as wide as its height allows.
          const drawn = Math.min(picture.width, (picture.height * image.naturalWidth) / image.naturalHeight)
          return {
            className: section.className,
            below: picture.top >= point.bottom - 1,
            top: (point.top - box.top) / box.height,
            width: picture.width / box.width,
            drawn: drawn / box.width,
            inside: picture.bottom <= box.bottom + 1,
          }
        }
        return {
          wide: measure('digging-deeper'),
          tall: measure('taking-a-step-back'),
          table: measure('the-wait-analysis'),
          chart: measure('under-load'),
        }
      })
      expect(placed.wide.className).toContain('lectern-wide-picture')
      expect(placed.wide.below).toBe(true)
      expect(placed.wide.width).toBeGreaterThan(0.6)
      expect(placed.wide.inside).toBe(true)
      // A screenshot of a table, not quite as wide (seen in review at half the slide's width, its
      // point floating mid-slide): most of the slide's width, the point at the top.
      expect(placed.table.className).toContain('lectern-wide-picture')
      expect(placed.table.drawn).toBeGreaterThan(0.6)
      expect(placed.table.top).toBeLessThan(0.3)
      expect(placed.table.inside).toBe(true)
      // A chart twice as wide as high under one point (seen in review at a quarter of the slide
      // beside it): below, drawn wider than the half of the slide it had beside the point.
      expect(placed.chart.className).toContain('lectern-wide-picture')
      expect(placed.chart.drawn).toBeGreaterThan(0.55)
      expect(placed.chart.inside).toBe(true)
      // A picture of ordinary proportions stays beside its points.
      expect(placed.tall.className).not.toContain('lectern-wide-picture')
      expect(placed.tall.below).toBe(false)
    } finally {
      await closeDeck(deck)
    }
  })
})

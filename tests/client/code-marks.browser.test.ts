import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { closeBrowser, closeDeck, openDeck } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-code-marks-'))
let deckDir: string

beforeAll(async () => {
  const article = join(work, 'talk.md')
  writeFileSync(
    article,
    [
      '# Marked lines',
      '',
      '## Code',
      '',
      'The second line is the one to look at.',
      '',
      '```js {2}',
      'let sum = 0',
      'for (const x of a) sum += x',
      'console.log(sum)',
      '```',
      '',
    ].join('\n'),
  )
  deckDir = (await buildDeck({ article, outDir: join(work, 'deck') })).outDir
})

afterAll(async () => {
  await closeBrowser()
  rmSync(work, { recursive: true, force: true })
})

/** Each code line's opacity on the slide holding code, once its fading has settled. */
async function opacities(page: Page): Promise<number[]> {
  await new Promise((resolve) => setTimeout(resolve, 400))
  return page.evaluate(() => {
    const code = document.querySelector('.lectern-code-lines')!
    return [...code.querySelectorAll('.lectern-line')].map((line) => Number(getComputedStyle(line).opacity))
  })
}

describe('a code block with marked lines (```js {2})', () => {
  it('should dim the other lines on screen, and keep them readable in print', async () => {
    const screen = await openDeck(deckDir)
    try {
      const [first, marked, last] = await opacities(screen.page)
      expect(marked).toBe(1)
      expect(first).toBeLessThan(0.5)
      expect(last).toBeLessThan(0.5)
    } finally {
      await closeDeck(screen)
    }
    const print = await openDeck(deckDir, '?print-pdf')
    try {
      const [first, marked, last] = await opacities(print.page)
      expect(marked).toBe(1)
      // Still marked on paper, but legible: a reader has no presenter to point at the line.
      expect(first).toBeGreaterThanOrEqual(0.7)
      expect(first).toBeLessThan(1)
      expect(last).toBe(first)
    } finally {
      await closeDeck(print)
    }
  })
})

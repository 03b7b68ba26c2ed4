import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { closeBrowser, openFile, openSpeakerView } from '../helpers/deck-page.ts'

const root = join(import.meta.dirname, '../..')
const temp = await mkdtemp(join(tmpdir(), 'lectern-disk-'))

afterAll(async () => {
  await closeBrowser()
  await rm(temp, { recursive: true, force: true })
})

describe('a built deck opened from disk (file://)', () => {
  it('should start Reveal with no console error and no request off the disk, and open the speaker view with the notes', async () => {
    const built = await buildDeck({ article: join(root, 'content/aws-founding-story.md'), outDir: join(temp, 'deck') })
    const { page, errors, requests } = await openFile(join(built.outDir, 'index.html'))
    try {
      expect(await page.evaluate(() => window.lectern!.reveal!.getTotalSlides())).toBe(built.rendered.deck.slideCount)
      expect(await page.$eval('.present h1', (element) => element.textContent)).toMatch(/Founding Story of AWS/)
      // Fonts and styles load from the deck's folder too.
      expect(
        await page.evaluate(async () => {
          await document.fonts.ready
          return document.fonts.check('32px Inter')
        }),
      ).toBe(true)

      // The talk's opening is said on the slide after the title.
      await page.evaluate(() => window.lectern!.reveal!.next())
      const notes = await openSpeakerView(page)
      await notes.waitForFunction(() => document.body.innerText.includes('founding story of Amazon Web Services'), { timeout: 10_000 })
      await notes.close()

      expect(errors).toEqual([])
      expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'))).toEqual([])
    } finally {
      await page.close()
    }
  })
})

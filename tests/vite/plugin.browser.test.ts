import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { lectern } from '../../src/vite/index.ts'
import { closeBrowser, closeDeck, openDeck } from '../helpers/deck-page.ts'

const project = mkdtempSync(join(tmpdir(), 'lectern-vite-'))

afterAll(async () => {
  await closeBrowser()
  rmSync(project, { recursive: true, force: true })
})

describe('the lectern Vite plugin', () => {
  it('should build an article into a deck in a user’s own Vite project', async () => {
    writeFileSync(join(project, 'talk.md'), '---\ntitle: My Talk\ntheme: night\n---\n\n## Hello\n\nA **first point** here.\n\n## Bye\n\nThe end.\n')
    await build({
      root: project,
      configFile: false,
      logLevel: 'silent',
      plugins: [lectern({ article: 'talk.md' })],
      build: { outDir: 'dist' },
    })
    const html = readFileSync(join(project, 'dist/index.html'), 'utf8')
    expect(html).toMatch(/<h2>Hello<\/h2>/)
    expect(readdirSync(join(project, 'dist/assets')).some((name) => name.endsWith('.js'))).toBe(true)
    const deck = await openDeck(join(project, 'dist'))
    try {
      expect(await deck.page.evaluate(() => window.lectern!.reveal!.getTotalSlides())).toBe(3)
      expect(deck.errors).toEqual([])
    } finally {
      await closeDeck(deck)
    }
  })
})

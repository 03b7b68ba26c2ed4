import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
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
    writeFileSync(
      join(project, 'talk.md'),
      '---\ntitle: My Talk\ntheme: night\n---\n\n## Hello\n\nA **first point** here.\n\n## Bye\n\nThe end.\n',
    )
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

  it('should carry only the fallback fonts the article’s text needs', async () => {
    const dir = join(project, 'chinese')
    mkdirSync(dir)
    writeFileSync(join(dir, 'talk.md'), '## 活字印刷\n\n毕昇发明了泥活字。\n')
    await build({ root: dir, configFile: false, logLevel: 'silent', plugins: [lectern({ article: 'talk.md' })], build: { outDir: 'dist' } })
    const fonts = readdirSync(join(dir, 'dist/assets')).filter((name) => name.startsWith('noto-'))
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((name) => name.startsWith('noto-sans-sc-'))).toBe(true)
    // A few of Noto Sans SC's two hundred faces (about a hundred ranges, two weights).
    expect(fonts.length).toBeLessThan(40)
    expect(readdirSync(join(project, 'dist/assets')).filter((name) => name.startsWith('noto-'))).toEqual([])
  })
})

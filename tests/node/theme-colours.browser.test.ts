import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { scaffoldTheme } from '../../src/node/scaffold-theme.ts'
import type { FourColours } from '../../src/theme/theme-source.ts'
import { closeBrowser, closeDeck, openDeck, sharedBrowser } from '../helpers/deck-page.ts'
import { contrastFailures, visibleTexts } from '../helpers/visible-contrast.ts'

const root = join(import.meta.dirname, '../..')
const articles = [join(root, 'content/aws-founding-story.md'), join(root, 'tests/fixtures/themes/every-text.md')]
const temp = await mkdtemp(join(tmpdir(), 'lectern-colours-'))

/** Themes of Reveal's four colours only, as a meetup organiser writes them. */
const themes: Record<string, FourColours> = {
  // The organiser's navy theme from the issue that asked for derived colours.
  navy: { background: '#0b2545', text: '#eef4ed', headings: '#ffd166', accent: '#8ecae6' },
  // Light and warm: cream paper, brown text.
  paper: { background: '#fbf5e9', text: '#2b2118', headings: '#7a2e0e', accent: '#1d5fa3' },
  // As dark as it gets, with an orange accent.
  black: { background: '#000000', text: '#d4d4d4', headings: '#ffffff', accent: '#ff9f43' },
}

beforeAll(async () => {
  await sharedBrowser()
  for (const [name, colours] of Object.entries(themes)) await scaffoldTheme(name, temp, colours)
})

afterAll(async () => {
  await closeBrowser()
  await rm(temp, { recursive: true, force: true })
})

describe('a theme of four colours', () => {
  for (const name of Object.keys(themes)) {
    it(`should give every visible text on every slide WCAG AA contrast (${name})`, async () => {
      const texts = []
      for (const [index, article] of articles.entries()) {
        const built = await buildDeck({
          article,
          outDir: join(temp, 'decks', `${name}-${index}`),
          overrides: { theme: join(temp, 'themes', name), footer: 'CloudConf 2026 · #cloudconf' },
          checkContrast: true,
        })
        // What build measures agrees: no derived pair below AA.
        expect(built.contrast?.filter((pair) => !pair.passes)).toEqual([])
        const deck = await openDeck(built.outDir)
        try {
          texts.push(...(await visibleTexts(deck.page)))
        } finally {
          await closeDeck(deck)
        }
      }
      // The measurement saw the texts a theme colours: quotes, code tokens, kicker, footer, slide numbers.
      const seen = texts.map((text) => text.text).join('\n')
      for (const sample of [
        'The best way to predict',
        'Count the words',
        'countWords',
        'A Sub-section',
        'footer',
        'slide number',
        'Ada Example',
      ]) {
        expect(seen).toContain(sample)
      }
      expect(texts.length).toBeGreaterThan(100)
      expect(contrastFailures(texts)).toEqual([])
    })
  }

  it('should say which pair falls below AA when the four colours themselves make it impossible', async () => {
    await scaffoldTheme('washed', temp, { background: '#ffffff', text: '#9a9a9a', headings: '#111111', accent: '#1d5fa3' })
    const built = await buildDeck({
      article: articles[1],
      outDir: join(temp, 'decks', 'washed'),
      overrides: { theme: join(temp, 'themes', 'washed') },
    })
    const warnings = built.rendered.file.messages.map((message) => message.reason)
    expect(warnings).toContainEqual(expect.stringMatching(/^theme contrast: body text #9a9a9a on #ffffff: 2\.\d\d:1, below the 4\.5:1/))
  })
})

describe('lectern theme new with colours', () => {
  it('should write a theme of those four colours only', async () => {
    const dir = await scaffoldTheme('four', temp, { background: '#0b2545', text: '#eef4ed', headings: '#ffd166', accent: '#8ecae6' })
    const css = await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'theme.css'), 'utf8'))
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '').match(/--[\w-]+:/g)).toEqual([
      '--r-background-color:',
      '--r-main-color:',
      '--r-heading-color:',
      '--r-link-color:',
    ])
    await expect(scaffoldTheme('bad', temp, { background: 'red; } body { display: none' })).rejects.toThrow(/not a CSS colour/)
    await writeFile(join(temp, 'unused'), '')
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/core/index.ts'
import { parseDeck, select, selectAll, slidesOf, text } from '../helpers/html.ts'

/*
 * Real posts of the Electron blog (electron/website, Apache-2.0), built as a user builds them:
 * the shapes of slides their structure must give.
 */
function deck(name: string) {
  const path = fileURLToPath(new URL(`../fixtures/articles/${name}/index.md`, import.meta.url))
  const rendered = renderDeck(new VFile({ path, value: readFileSync(path, 'utf8') }))
  return slidesOf(parseDeck(rendered.html))
}

const heading = (slide: Parameters<typeof text>[0] & object) => text(select('h1, h2', slide))
const points = (slide: Parameters<typeof text>[0] & object) => selectAll('.lectern-points > li', slide).map(text)

describe('Electron blog posts as talks', () => {
  it('should close "WebView2 and Electron" on its summary’s claim, not on the heading "Summary" alone', () => {
    const summary = deck('electron-webview2-tables').find((slide) => heading(slide) === 'Summary')
    expect(summary).toBeDefined()
    expect(summary!.properties.dataKind).not.toBe('divider')
    expect(points(summary!)).toEqual(['Electron and WebView2 have a number of differences'])
  })
})

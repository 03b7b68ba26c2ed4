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
function deck(name: string, offline = false) {
  const path = fileURLToPath(new URL(`../fixtures/articles/${name}/index.md`, import.meta.url))
  const value = readFileSync(path, 'utf8')
  // Offline, as `--offline` plans it: every remote picture not loaded.
  const first = offline ? renderDeck(new VFile({ path, value })) : undefined
  const sources = first && new Map((first.file.data.assets ?? []).filter((asset) => asset.remote).map((asset) => [asset.url, null]))
  const rendered = renderDeck(new VFile({ path, value }), {}, sources)
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

  it('should show the remote screenshots of "Project of the Week: Jasper", offline, as caption lines, never as frames', () => {
    const slides = deck('electron-jasper-interview', true)
    expect(slides.flatMap((slide) => selectAll('.lectern-missing-image', slide))).toEqual([])
    const captions = slides.flatMap((slide) => selectAll('.lectern-image-caption', slide).map((node) => [heading(slide), text(node)]))
    expect(captions).toContainEqual(['What is Jasper?', 'Jasper App Screenshot'])
    expect(captions).toContainEqual(['How does Jasper work?', 'Jasper Start Screen'])
    // The two tweets' screenshots have no alt text: named by where they live, never by their hash.
    const tweets = captions.filter(([title]) => title.startsWith('Who’s using Jasper?') || title.startsWith("Who's using Jasper?"))
    expect(tweets.map(([, caption]) => caption)).toEqual(['picture: cloud.githubusercontent.com', 'picture: cloud.githubusercontent.com'])
    // No slide is only a picture's caption line.
    for (const slide of slides) if (selectAll('.lectern-image-caption', slide).length > 0) expect(points(slide).length).toBeGreaterThan(0)
  })

  it('should give each post’s opening words a subtitle or a slide with a point, never the title slide’s notes alone', () => {
    // Jasper's one-sentence opening is its subtitle; WebView2's two paragraphs are a slide with points.
    const jasper = deck('electron-jasper-interview')[0]
    expect(text(select('.lectern-description', jasper))).toBe(
      'This week we interviewed the creator of Jasper, an Electron-based tool for managing GitHub notifications.',
    )
    const [title, opening] = deck('electron-webview2-tables')
    expect(select('aside.notes', title)).toBeUndefined()
    expect(heading(opening)).toBe('Introduction')
    expect(points(opening).length).toBeGreaterThan(1)
    expect(text(select('aside.notes', opening))).toMatch(/^Over the past weeks, we’ve received several questions/)
  })
})

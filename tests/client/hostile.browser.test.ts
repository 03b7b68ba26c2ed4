import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck, type OpenDeck } from '../helpers/deck-page.ts'

/*
 * The hostile article as an attacker would use it: built, opened in Chromium, every slide
 * shown. Nothing may run (no dialog), load from anywhere but the deck's server, or forge a slide.
 */

const work = mkdtempSync(join(tmpdir(), 'lectern-hostile-'))
const hostile = fileURLToPath(new URL('../fixtures/hostile/script/', import.meta.url))

/** A server on another port of 127.0.0.1 that counts what reaches it. */
let bait: Server
let baitUrl = ''
const baitHits: string[] = []

beforeAll(async () => {
  bait = createServer((request, response) => {
    baitHits.push(request.url ?? '')
    response.end('<script>alert("bait")</script>')
  })
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve))
  baitUrl = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`
})

afterAll(async () => {
  await closeBrowser()
  await new Promise((resolve) => bait.close(resolve))
  rmSync(work, { recursive: true, force: true })
})

/** The hostile article with loads aimed at the bait server, and raw HTML that needs no script to leave. */
function article(allowHtml: boolean): string {
  const dir = join(work, allowHtml ? 'allow' : 'default')
  cpSync(hostile, dir, { recursive: true })
  const path = join(dir, 'article.md')
  const extra = `
## Bait

<img src="${baitUrl}/img.png"><iframe src="${baitUrl}/frame"></iframe><video src="${baitUrl}/v.mp4"></video>

<meta http-equiv="refresh" content="0;url=${baitUrl}/refresh"><link rel="prefetch" href="${baitUrl}/prefetch"><style>@import url("${baitUrl}/style.css"); body { background: url("${baitUrl}/bg.png") }</style>

<div data-background-image="${baitUrl}/bg2.png" data-src="${baitUrl}/src" style="background-image: url('${baitUrl}/inline.png')">styled</div>
`
  let text = readFileSync(path, 'utf8').replace('## The end', extra + '\n## The end')
  if (allowHtml) text = text.replace('title: Hostile article', 'title: Hostile article\nallowHtml: true')
  writeFileSync(path, text)
  return path
}

for (const allowHtml of [false, true]) {
  describe(`the hostile article in Chromium${allowHtml ? ' with allowHtml: true' : ''}`, () => {
    let deck: OpenDeck
    let groups = 0
    let slides = 0
    const dialogs: string[] = []
    /** URLs that got an answer (a request the page's policy refused gets none). */
    const answered: string[] = []

    beforeAll(async () => {
      baitHits.length = 0
      const built = await buildDeck({ article: article(allowHtml), outDir: join(work, `deck-${allowHtml}`), checkContrast: false })
      groups = built.rendered.deck.outline.length
      slides = built.rendered.deck.slideCount
      deck = await openDeck(built.outDir)
      deck.page.on('response', (response) => answered.push(response.url()))
      deck.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
    })
    afterAll(() => closeDeck(deck))

    it('should show every slide with no dialog, no forged slide and no request off the deck’s server', async () => {
      const counted = await deck.page.evaluate(() => ({
        groups: document.querySelectorAll('.reveal .slides > section').length,
        total: window.lectern!.reveal!.getTotalSlides(),
      }))
      expect(counted).toEqual({ groups, total: slides })
      for (let shown = 1; shown < slides; shown++) {
        await deck.page.evaluate(() => window.lectern!.reveal!.next())
        // Reveal loads a slide's backgrounds and lazy media as it comes near.
        await new Promise((resolve) => setTimeout(resolve, 30))
      }
      expect(await deck.page.evaluate(() => window.lectern!.reveal!.isLastSlide())).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(dialogs).toEqual([])
      expect(baitHits).toEqual([])
      const origin = new URL(deck.server.url).origin
      expect(answered.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([])
      expect(await deck.page.evaluate(() => location.pathname)).toBe('/')
    })
  })
}

describe('lectern pdf of the hostile article with allowHtml: true', () => {
  it('should send nothing off the deck’s server while it prints', async () => {
    baitHits.length = 0
    const path = article(true)
    const result = await runCli(['pdf', path, '--out', join(work, 'pdf'), '--quiet'])
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.code).toBe(0)
    expect(baitHits).toEqual([])
  })
})

describe('the export browser’s request guard', () => {
  it('should refuse a navigation to another port of 127.0.0.1, which no page policy can stop', async () => {
    const { onlyRequestsTo } = await import('../../src/node/request-guard.ts')
    const { serveStatic } = await import('../../src/node/serve.ts')
    const { sharedBrowser } = await import('../helpers/deck-page.ts')
    baitHits.length = 0
    const server = await serveStatic(hostile)
    const page = await (await sharedBrowser()).newPage()
    try {
      await onlyRequestsTo(page, server.url)
      expect((await page.goto(server.url + 'article.md'))?.status()).toBe(200)
      await expect(page.goto(`${baitUrl}/navigate`)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/)
      expect(baitHits).toEqual([])
    } finally {
      await page.close()
      await server.close()
    }
  })
})

describe('lectern pdf of an article with raw sections and empty sections', () => {
  it('should print every slide whole: its heading and points, and a divider for an empty section, with no blank page', async () => {
    const { readPdf } = await import('../helpers/read-pdf.ts')
    const dir = join(work, 'print')
    const path = join(work, 'print.md')
    writeFileSync(
      path,
      '# Print\n\n## Empty\n## Full\n\nThe first point stands on its own.\n\n<section><p>Inside a raw section.</p></section>\n\nA closing point follows the first one.\n\n' +
        '## \n'.repeat(2000) +
        '\n## Last\n\nThe end.\n',
    )
    const result = await runCli(['pdf', path, '--out', dir, '--quiet', '--only', 'slides'])
    expect(result.code).toBe(0)
    const pdf = await readPdf(join(dir, 'slides.pdf'))
    const pages = pdf.text
    expect(pdf.pages).toBe(4)
    expect(pages[1]).toContain('Empty')
    expect(pages[2]).toMatch(
      /Full[\s\S]*The first point stands on its own[\s\S]*Inside a raw section[\s\S]*A closing point follows the first one/,
    )
    expect(pages[3]).toContain('Last')
  })
})

describe('the speaker view under the deck’s Content-Security-Policy', () => {
  it('should run its inline script and show the current slide’s notes', async () => {
    const { sharedBrowser } = await import('../helpers/deck-page.ts')
    const built = await buildDeck({
      article: fileURLToPath(new URL('../../content/aws-founding-story.md', import.meta.url)),
      outDir: join(work, 'speaker'),
      checkContrast: false,
    })
    const deck = await openDeck(built.outDir)
    const browser = await sharedBrowser()
    try {
      const popup = new Promise<import('puppeteer-core').Page>((resolve) =>
        browser.once('targetcreated', async (target) => resolve((await target.page())!)),
      )
      // The talk's opening is said on the slide after the title.
      await deck.page.evaluate(() => window.lectern!.reveal!.next())
      await deck.page.evaluate(() => (window.lectern!.reveal!.getPlugin('notes') as unknown as { open(): void }).open())
      const speaker = await popup
      await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').length > 20, {
        timeout: 15_000,
      })
      expect(deck.errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([])
      await speaker.close()
    } finally {
      await closeDeck(deck)
    }
  })
})

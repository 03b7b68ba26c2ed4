import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { BrowserSession } from '../../src/pdf/browser-session.ts'
import { serveDeck, type ServedDeck } from '../../src/pdf/served-deck.ts'
import { printSlides } from '../../src/pdf/print-slides.ts'

let dir: string
let session: BrowserSession
let source: ServedDeck

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-print-layout-'))
  const sections = Array.from(
    { length: 40 },
    (_, index) => `## Section ${index + 1}\n\nA paragraph of notes for section ${index + 1}, with a point.\n\n- A point\n- Another point\n`,
  )
  await writeFile(join(dir, 'talk.md'), `# Forty sections\n\n${sections.join('\n')}`)
  const built = await buildDeck({ article: join(dir, 'talk.md'), outDir: join(dir, 'deck') })
  source = await serveDeck(built.outDir)
  session = new BrowserSession({ timeout: 60_000 })
})

afterAll(async () => {
  await session?.close()
  await source?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** Print slides.pdf in lectern's print view, tracing the renderer: how often it lays out (nearly) every page. */
async function fullLayouts(printOnly: boolean): Promise<number> {
  const view = await session.openPrintView(source.url, '?print-pdf&pdf-export', { what: 'slides.pdf', printOnly })
  try {
    await view.page.tracing.start({ categories: ['devtools.timeline'] })
    const printed = await printSlides(view, { timeout: 60_000 })
    expect(printed.length).toBeGreaterThan(1000)
    const trace = JSON.parse(Buffer.from((await view.page.tracing.stop())!).toString('utf8')) as {
      traceEvents: Array<{ name: string; ph: string; args?: { beginData?: { dirtyObjects?: number; totalObjects?: number } } }>
    }
    const layouts = trace.traceEvents
      .filter((event) => event.name === 'Layout' && event.ph === 'X')
      .map((event) => event.args?.beginData ?? {})
    const most = Math.max(...layouts.map((layout) => layout.totalObjects ?? 0))
    return layouts.filter((layout) => (layout.dirtyObjects ?? 0) > most / 2).length
  } finally {
    await view.page.close()
  }
}

describe('lectern’s print view for print only', () => {
  it('should be laid out once when Chromium prints it, not first at the tab’s size as well', async () => {
    // In an ordinary tab, Chromium before 150 laid the whole document out twice: once to find
    // what the print will load, then for the pages; Chromium 150 (Debian's, December 2026) lays
    // it out once there too. A print-only view in a small tab lays it out once in either.
    const ordinary = await fullLayouts(false)
    expect(ordinary).toBeGreaterThanOrEqual(1)
    expect(ordinary).toBeLessThanOrEqual(2)
    expect(await fullLayouts(true)).toBe(1)
  })
})

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { exportPdfs } from '../../src/pdf/index.ts'
import { stillRunning, watchChromium } from '../helpers/processes.ts'
import { readPdf } from '../helpers/read-pdf.ts'

// Chromium writing a PDF that lectern cannot join (a new PDF writer, say): the merge gives up.
vi.mock('../../src/pdf/merge-pdfs.ts', () => ({ mergeChromiumPdfs: () => undefined }))

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-join-fallback-'))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('slides.pdf printed in parts that cannot be joined', () => {
  it('should be printed whole instead, though the export’s browser has gone, and leave no Chromium running', async () => {
    const built = await buildDeck({ article: 'content/aws-founding-story.md', outDir: join(dir, 'aws') })
    const { result, seen } = await watchChromium(process.pid, () =>
      exportPdfs({ deck: built.outDir, outDir: built.outDir, pdfs: ['slides'], parts: 2 }),
    )
    expect(result.status).toBe('fulfilled')
    const pdf = await readPdf(join(built.outDir, 'slides.pdf'))
    expect(pdf.pages).toBe(built.rendered.deck.slideCount)
    expect(pdf.outline.map((bookmark) => bookmark.title)).toEqual(built.rendered.deck.outline.map((group) => group.title))
    // The export's own browser, and the one that printed the deck whole.
    expect(seen.size).toBeGreaterThan(0)
    expect(await stillRunning(seen), 'Chromium still running').toEqual([])
    // Two browsers, one after the other: on a busy machine (load 20 on two cores) this took over a minute.
  }, 150_000)
})

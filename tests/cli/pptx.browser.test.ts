import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { stillRunning, watchChromium } from '../helpers/processes.ts'

const root = join(import.meta.dirname, '../..')
const article = join(root, 'tests/fixtures/pptx/talk.md')
const temp = await mkdtemp(join(tmpdir(), 'lectern-pptx-'))
const out = join(temp, 'deck')

/** LibreOffice's command, if installed (CI installs libreoffice-impress). */
const soffice = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
})()

interface Written {
  code: number | null
  stdout: string
  stderr: string
  chromium: Set<number>
  files: Record<string, Uint8Array>
  /** The built deck's slides: their headings and each paragraph of their notes. */
  slides: Array<{ heading: string; notes: string[] }>
}

let written: Written

beforeAll(async () => {
  const { result, seen } = await watchChromium(process.pid, () => runCli(['pptx', article, '--out', out]))
  if (result.status === 'rejected') throw result.reason
  const { code, stdout, stderr } = result.value
  const files = code === 0 ? unzipSync(await readFile(join(out, 'slides.pptx'))) : {}
  const { document } = parseHTML(await readFile(join(out, 'index.html'), 'utf8'))
  const slides = [...document.querySelectorAll('.slides section[id]')].map((section) => ({
    heading: section.querySelector('h1, h2')?.textContent?.trim() ?? '',
    notes: [...section.querySelectorAll('aside.notes > *')].map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim()),
  }))
  written = { code, stdout, stderr, chromium: seen, files, slides }
}, 180_000)

afterAll(async () => {
  await rm(temp, { recursive: true, force: true })
})

const slideXml = (number: number) => strFromU8(written.files[`ppt/slides/slide${number}.xml`])
const texts = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<'))
/** The media a slide's pictures point to. */
const mediaOf = (number: number) => {
  const rels = strFromU8(written.files[`ppt/slides/_rels/slide${number}.xml.rels`])
  return [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((match) => `ppt/media/${match[1]}`)
}

describe('lectern pptx', () => {
  it('should write DIR/slides.pptx with one slide per slide of the deck, and leave no Chromium running', async () => {
    expect(written.code, written.stderr).toBe(0)
    expect(written.stdout).toMatch(/^Wrote .*slides\.pptx \(10 slides, \d+ kB\)\n$/)
    const slides = Object.keys(written.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(written.slides).toHaveLength(10)
    expect(slides).toHaveLength(written.slides.length)
    expect(written.chromium.size).toBeGreaterThan(0)
    expect(await stillRunning(written.chromium), 'Chromium still running').toEqual([])
    const core = strFromU8(written.files['docProps/core.xml'])
    expect(core).toContain('<dc:title>Shipping Small Things</dc:title>')
    expect(core).toContain('<dc:creator>Grace Hopper</dc:creator>')
  })

  it('should put each slide’s heading and points on it as text, in order', () => {
    written.slides.forEach((slide, index) => {
      expect(texts(slideXml(index + 1)).join(''), `slide ${index + 1}`).toContain(slide.heading)
    })
    const lists = texts(slideXml(3))
    for (const item of ['Fewer bugs per release', 'Within hours, not months', 'git revert', 'review']) expect(lists).toContain(item)
    // The nested item is a level deeper, every item has a bullet.
    expect(slideXml(3)).toMatch(/<a:pPr [^>]*lvl="1"[^>]*>.*?<a:buChar char="&#x25e6;"\/>/)
    expect(slideXml(3).match(/<a:buChar /g)!.length).toBeGreaterThanOrEqual(5)
    // The title slide has the title, the description and the author.
    expect(texts(slideXml(1))).toEqual(
      expect.arrayContaining(['Shipping Small Things', 'How small releases beat big ones', 'Grace Hopper']),
    )
  })

  it('should write the table as a table and the code as monospace text in its highlighting colours', () => {
    const table = slideXml(4)
    expect(table).toContain('<a:tbl>')
    expect(table.match(/<a:tr /g)).toHaveLength(3)
    expect(texts(table)).toEqual(expect.arrayContaining(['Cadence', 'Lead time', 'Recovery', 'Daily', '1 week']))
    const code = slideXml(5)
    const runs = [
      ...code.matchAll(
        /<a:rPr[^>]*>(?:(?!<\/a:rPr>).)*?<a:srgbClr val="([0-9A-F]{6})"\/>(?:(?!<\/a:rPr>).)*?<a:latin typeface="JetBrains Mono"/g,
      ),
    ]
    expect(runs.length).toBeGreaterThan(10)
    expect(new Set(runs.map((match) => match[1])).size).toBeGreaterThanOrEqual(3)
    expect(texts(code).join('')).toContain('return release(build, { canary: 0.05 })')
  })

  it('should place the formula, the SVGs and the photo as pictures', async () => {
    // The formula: a captured PNG, its text as the alternative text.
    expect(slideXml(6)).toMatch(/<p:pic>[\s\S]*descr="C\(n\)=/)
    const formula = mediaOf(6)
    expect(formula).toHaveLength(1)
    expect(Buffer.from(written.files[formula[0]].subarray(0, 4)).toString('latin1')).toBe('\x89PNG')
    // The SVG: itself, and a PNG of it for viewers without SVG.
    expect(slideXml(7)).toContain('<asvg:svgBlip')
    const drawing = mediaOf(7)
    expect(strFromU8(written.files[drawing.find((name) => name.endsWith('.svg'))!])).toContain('diagram')
    // A capture of the drawing at twice its size, not pptxgenjs's placeholder for a preview it cannot make in Node.
    const preview = Buffer.from(written.files[drawing.find((name) => name.endsWith('.png'))!])
    expect(preview.readUInt32BE(16)).toBeGreaterThan(300)
    // The diagram, drawn as inline SVG by the build: an SVG picture with its labels as SVG text.
    expect(slideXml(9)).toContain('<asvg:svgBlip')
    expect(strFromU8(written.files[mediaOf(9).find((name) => name.endsWith('.svg'))!])).toContain('Release')
    // The photo: the article's own file, byte for byte.
    expect(slideXml(8)).toContain('descr="The team at the release party"')
    const photo = await readFile(join(root, 'tests/fixtures/pptx/images/photo.png'))
    expect(mediaOf(8).map((name) => Buffer.from(written.files[name]).equals(photo))).toContain(true)
  })

  it('should write every paragraph of every slide’s notes into its notes page', () => {
    written.slides.forEach((slide, index) => {
      const notes = strFromU8(written.files[`ppt/notesSlides/notesSlide${index + 1}.xml`])
      const body = /name="Notes Placeholder 2"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(notes)![1]
      // A notes page with nothing to say holds one empty paragraph, as PowerPoint writes it.
      const paragraphs = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((match) => texts(match[1]).join('')).filter(Boolean)
      expect(paragraphs, `notes of slide ${index + 1}`).toEqual(slide.notes)
    })
    expect(written.slides.at(-1)!.notes).toHaveLength(2)
  })

  it('should refuse a bad --timeout or --out with one line', async () => {
    const timeout = await runCli(['pptx', article, '--out', join(temp, 'bad'), '--timeout', 'soon'])
    expect(timeout.code).toBe(1)
    expect(timeout.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lectern: --timeout must be a number of seconds/)])
    const file = await runCli(['pptx', article, '--out', article])
    expect(file.code).toBe(1)
    expect(file.stderr.trim().split('\n')).toHaveLength(1)
  })

  it.skipIf(!soffice)(
    `should open in LibreOffice Impress with as many pages as slides, headings as text${soffice ? '' : ' (skipped: soffice, from libreoffice-impress, is not installed)'}`,
    async () => {
      const converted = join(temp, 'libreoffice')
      // A profile of its own: LibreOffice refuses to start beside another instance using the same one.
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=file://${join(temp, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          converted,
          join(out, 'slides.pptx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      )
      const pdf = join(converted, 'slides.pdf')
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
      expect(pages).toBe(written.slides.length)
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      // (The opening's one point is a statement whose heading, "Introduction", is drawn nowhere, as in the deck.)
      for (const slide of written.slides.filter((each) => each.heading !== 'Introduction')) expect(text).toContain(slide.heading)
      expect(text).not.toContain('Introduction')
      expect(text).toContain('Fewer bugs per release')
    },
    180_000,
  )
})

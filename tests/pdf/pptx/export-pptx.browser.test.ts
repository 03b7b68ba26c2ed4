import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { exportPptx } from '../../../src/pdf/pptx/export-pptx.ts'
import { runCli } from '../../helpers/cli.ts'

const root = join(import.meta.dirname, '../../..')
const temp = await mkdtemp(join(tmpdir(), 'lectern-export-pptx-'))

afterAll(async () => {
  await rm(temp, { recursive: true, force: true })
})

/** A diagram as the build inlines it: an <svg> in the slide, its labels as SVG text. */
const diagram =
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120" role="img" aria-label="Build, then release">' +
  '<rect x="4" y="30" width="90" height="60" fill="#d6e6ff"/><text x="20" y="66">Build</text>' +
  '<rect x="146" y="30" width="90" height="60" fill="#ffe3c4"/><text x="160" y="66">Release</text></svg>'

describe('exportPptx', () => {
  it('should place a diagram inlined as SVG as an SVG picture, with a PNG of it for older viewers', async () => {
    const out = join(temp, 'deck')
    const built = await runCli(['build', join(root, 'tests/fixtures/pptx/talk.md'), '--out', out])
    expect(built.code, built.stderr).toBe(0)
    const page = await readFile(join(out, 'index.html'), 'utf8')
    const photo = /<img src="images\/photo\.png"[^>]*>/.exec(page)![0]
    await writeFile(join(out, 'index.html'), page.replace(photo, diagram))
    const events: string[] = []
    const written = await exportPptx({ deck: out, outDir: out, onProgress: (event) => events.push(event.step) })
    expect(written.slides).toBe(10)
    expect(events).toEqual(['browser', 'read', 'pictures', 'write'])
    const files = unzipSync(await readFile(written.file))
    const slide = strFromU8(files['ppt/slides/slide8.xml'])
    expect(slide).toContain('descr="Build, then release"')
    expect(slide).toContain('<asvg:svgBlip')
    const media = [...strFromU8(files['ppt/slides/_rels/slide8.xml.rels']).matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map(
      (match) => `ppt/media/${match[1]}`,
    )
    const svg = strFromU8(files[media.find((name) => name.endsWith('.svg'))!])
    expect(svg).toContain('>Release</text>')
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"')
    const png = Buffer.from(files[media.find((name) => name.endsWith('.png'))!])
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    // Captured at twice the diagram's 240 pixels.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(440)
  }, 180_000)

  it("should write a listing's title over its lines, as the slide shows it", async () => {
    const out = join(temp, 'titled')
    const article = join(temp, 'titled.md')
    await writeFile(
      article,
      [
        '# Providers',
        '',
        '## Setup',
        '',
        'Each provider gets its own configuration, and you pick the one your team already uses.',
        '',
        '```ts [playwright]',
        'export default { provider: playwright() }',
        '```',
        '',
      ].join('\n'),
    )
    const built = await runCli(['build', article, '--out', out])
    expect(built.code, built.stderr).toBe(0)
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('<pre data-lectern-title="playwright">')
    const written = await exportPptx({ deck: out, outDir: out })
    const slide = strFromU8(unzipSync(await readFile(written.file))['ppt/slides/slide2.xml'])
    // The title is a paragraph of its own, before the paragraph of the listing's first line.
    const paragraphs = [...slide.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((match) =>
      [...match[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((text) => text[1]).join(''),
    )
    const title = paragraphs.indexOf('playwright')
    expect(title).toBeGreaterThan(-1)
    expect(paragraphs[title + 1]).toContain('export default')
  }, 180_000)
})

import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSlideList } from '../../src/pdf/export-pngs.ts'
import { runCli } from '../helpers/cli.ts'

const root = join(import.meta.dirname, '../..')
const article = join(root, 'content/aws-founding-story.md')
const temp = await mkdtemp(join(tmpdir(), 'lectern-png-'))

afterAll(async () => {
  await rm(temp, { recursive: true, force: true })
})

/** Width and height from a PNG's header. */
async function size(file: string): Promise<[number, number]> {
  const bytes = await readFile(file)
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

/** How many distinct colours ImageMagick finds: a blank picture has one. */
function colours(file: string): number {
  return Number(execFileSync('identify', ['-format', '%k', file], { encoding: 'utf8' }))
}

describe('lectern png', () => {
  it('should write a picture of every slide at the deck’s size, the title slide as the deck’s thumbnail', async () => {
    const out = join(temp, 'all')
    const result = await runCli(['png', article, '--out', out])
    expect(result.code, result.stderr).toBe(0)
    const files = (await readdir(join(out, 'png'))).sort()
    expect(files).toEqual(['01.png', '02.png', '03.png', '04.png', '05.png', '06.png', '07.png', '08.png', '09.png', '10.png', '11.png'])
    for (const name of files) {
      expect(await size(join(out, 'png', name))).toEqual([1280, 720])
      expect(colours(join(out, 'png', name))).toBeGreaterThan(50)
    }
    // Each picture is its own slide, not the same one eleven times.
    const pictures = await Promise.all(files.map((name) => readFile(join(out, 'png', name), 'base64')))
    expect(new Set(pictures).size).toBe(files.length)
    const page = await readFile(join(out, 'index.html'), 'utf8')
    expect(page).toContain('<meta property="og:image" content="png/01.png">')
  })

  it('should take --scale 2 and --only', async () => {
    const out = join(temp, 'some')
    const result = await runCli(['png', article, '--out', out, '--scale', '2', '--only', '1,3-4'])
    expect(result.code, result.stderr).toBe(0)
    expect((await readdir(join(out, 'png'))).sort()).toEqual(['01.png', '03.png', '04.png'])
    expect(await size(join(out, 'png/03.png'))).toEqual([2560, 1440])
  })

  it('should refuse a bad --only or --scale with one line', async () => {
    const bad = await runCli(['png', article, '--out', join(temp, 'bad'), '--only', 'two'])
    expect(bad.code).toBe(1)
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lectern: --only: “two” is not a slide number/)])
    const scale = await runCli(['png', article, '--out', join(temp, 'bad'), '--scale', '99'])
    expect(scale.stderr.trim()).toMatch(/^lectern: --scale must be a number from 0.25 to 4/)
    expect(() => parseSlideList('0')).toThrow()
    expect([...parseSlideList('2,4-5')!]).toEqual([2, 4, 5])
  })
})

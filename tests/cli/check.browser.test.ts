import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-check-test-'))
const tooBig = fileURLToPath(new URL('../fixtures/layout/too-big.md', import.meta.url))
const kinds = fileURLToPath(new URL('../fixtures/decks/slide-kinds/input.md', import.meta.url))
const lowContrast = fileURLToPath(new URL('../fixtures/themes/low-contrast.css', import.meta.url))

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('lectern check', () => {
  it('should report each problem at its line in the article, and exit 1 with --strict', async () => {
    const result = await runCli(['check', tooBig, '--strict'])
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(/too-big\.md:3:1: warning: the talk is estimated at 0:\d\d, \d+% shorter than its duration of 20:00/),
      expect.stringMatching(/too-big\.md:8:1: warning: slide “A Table Too Big” does not fit, even shrunk to 70%: part of it is cut off/),
      expect.stringMatching(/too-big\.md:22:1: warning: image images\/diagram\.svg on slide “Missing Words” has no alt text/),
    ])
    expect(result.stdout).toBe('3 warnings.\n')
  })

  it('should exit 0 without --strict, and print the warnings as JSON with --json', async () => {
    const result = await runCli(['check', tooBig, '--json'])
    expect(result.code).toBe(0)
    const warnings = JSON.parse(result.stdout) as Array<{ file: string; line: number; column: number; rule: string; message: string }>
    expect(warnings.map((warning) => [warning.line, warning.rule])).toEqual([
      [3, 'duration'],
      [8, 'overflow'],
      [22, 'alt-text'],
    ])
    expect(warnings[0].file).toBe(tooBig)
  })

  it('should report a theme’s text below WCAG AA', async () => {
    const result = await runCli(['check', kinds, '--theme', lowContrast, '--json'])
    const warnings = JSON.parse(result.stdout) as Array<{ rule: string; message: string }>
    const contrast = warnings.filter((warning) => warning.rule === 'contrast').map((warning) => warning.message)
    expect(contrast).toContainEqual(
      expect.stringMatching(/^theme contrast: body text #a0a4ab on #ffffff: 2\.50:1, below the 4\.5:1 WCAG AA/),
    )
  })

  it('should find nothing to say about a deck that fits', async () => {
    const result = await runCli(['check', kinds, '--strict'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('No warnings.\n')
    expect(result.code).toBe(0)
  })
})

describe('lectern check on a saved page', () => {
  it('should report at lines of the .html, not of the markdown made from it', async () => {
    const dir = join(work, 'saved')
    mkdirSync(dir, { recursive: true })
    const prose = 'More words of the article follow here, enough for a reader to take it for prose.'
    const page = [
      '<!doctype html>',
      '<html><head><title>A saved post</title></head>',
      '<body>',
      '<article>',
      '<h1>A saved post</h1>',
      `<p>The first paragraph. ${prose}</p>`,
      '',
      '',
      '<h2>Results</h2>',
      `<p>The second paragraph, before the chart. ${prose}</p>`,
      '<img src="chart.png" alt="">',
      `<p>A tag an export left in: {{&lt; poll 1 &gt;}}. ${prose}</p>`,
      '</article>',
      '</body></html>',
    ].join('\n')
    writeFileSync(join(dir, 'post.html'), page)
    // A 1×1 PNG: the picture is there, only its alt text is missing.
    writeFileSync(
      join(dir, 'chart.png'),
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
    )
    const result = await runCli(['check', 'post.html', '--json'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    const warnings = JSON.parse(result.stdout) as Array<{ line: number; column: number; rule: string }>
    expect(warnings.map((warning) => [warning.rule, warning.line, warning.column])).toEqual([
      ['alt-text', 9, 1],
      ['template-tags', 12, 1],
    ])
  })
})

describe('lectern pdf', () => {
  it('should warn about a slide cut off even shrunk, at its line in the article', async () => {
    const result = await runCli(['pdf', tooBig, '--out', join(work, 'too-big'), '--only', 'slides'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/too-big\.md:8:1: warning: slide “A Table Too Big” does not fit, even shrunk to 70%/)
  })
})

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { repeatedArticle } from '../../scripts/synthetic.ts'
import { canStartInBackground } from '../../src/node/priority.ts'
import { browserStart, buildFirstBytes, slidesPerPart } from '../../src/pdf/plan.ts'
import { runCli } from '../helpers/cli.ts'
import { readPdf } from '../helpers/read-pdf.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-cli-pdf-'))
const article = fileURLToPath(new URL('../fixtures/decks/lists-code-tables/input.md', import.meta.url))

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('lectern pdf flags', () => {
  it.each([
    [['--only', 'both'], /^lectern: --only must be slides or handout, not “both”$/],
    [['--paper', 'a3'], /^lectern: --paper must be a4 or letter, not “a3”$/],
    [['--per-page', '4'], /^lectern: --per-page must be 1, 2 or 3, not “4”$/],
    [['--timeout', 'soon'], /^lectern: --timeout must be a number of seconds from 1 to 86400, not “soon”$/],
    [['--parts', '0'], /^lectern: --parts must be a whole number from 1 to 16, not “0”$/],
  ])('should refuse %j with one line, before building anything', async (flags, message) => {
    const out = join(work, `bad-${flags[0].slice(2)}`)
    const result = await runCli(['pdf', article, '--out', out, ...flags])
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toMatch(message)
    expect(existsSync(out)).toBe(false)
  })

  it('should say so and exit at once when the browser it is given exits instead of starting', async () => {
    // Puppeteer, connecting to it meanwhile, once kept the process alive for its three-minute protocol timeout.
    const result = await runCli(['pdf', article, '--out', join(work, 'no-browser'), '--browser', '/bin/false'], { timeout: 30_000 })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n').at(-1)).toBe('lectern: could not start the browser /bin/false: it exited (code 1)')
  })

  it('should print slides.pdf in the parts asked for, joined into one PDF', async () => {
    const out = join(work, 'parts')
    const result = await runCli(['pdf', article, '--out', out, '--only', 'slides', '--parts', '2', '--quiet'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(readdirSync(out).filter((name) => name.endsWith('.pdf'))).toEqual(['slides.pdf'])
    const pdf = await readPdf(join(out, 'slides.pdf'))
    // Its 40-line listing goes on over two slides, every line shown.
    expect(pdf.pages).toBe(9)
    expect(pdf.tagged).toBe(true)
    pdf.text.forEach((text, index) => expect(text).toContain(`${index + 1} / 9`))
    expect(pdf.text.join(' ')).toContain('line 15')
    expect(pdf.text.join(' ')).toContain('line 40')
  })

  it('should start the browser before building a usual article', async () => {
    const result = await runCli(['pdf', article, '--out', join(work, 'usual'), '--only', 'slides'])
    expect(result.code).toBe(0)
    const lines = result.stderr.trim().split('\n')
    expect(lines.indexOf('browser: starting')).toBeLessThan(lines.indexOf('build: deck'))
  })

  it('should export a long article, starting the browser in the background or after its build on a machine with few cores', async () => {
    const long = join(work, 'long.md')
    const text = repeatedArticle(36)
    writeFileSync(long, text)
    expect(statSync(long).size).toBeGreaterThanOrEqual(buildFirstBytes)
    const out = join(work, 'long')
    const result = await runCli(['pdf', long, '--out', out, '--only', 'slides'])
    expect(result.code).toBe(0)
    const lines = result.stderr.trim().split('\n')
    const built = lines.findIndex((line) => /^build: \d+ slides$/.test(line))
    expect(built).toBeGreaterThan(-1)
    const start = browserStart(statSync(long).size, availableParallelism(), canStartInBackground())
    if (start === 'after') expect(lines.indexOf('browser: starting')).toBe(built + 1)
    else expect(lines.indexOf('browser: starting')).toBeLessThan(lines.indexOf('build: deck'))
    // The whole deck, printed in parts and joined: a page, a number and a bookmark each.
    const slides = Number(/^build: (\d+) slides$/.exec(lines[built])![1])
    expect(slides).toBeGreaterThan(slidesPerPart)
    const pdf = await readPdf(join(out, 'slides.pdf'))
    expect(pdf.pages).toBe(slides)
    expect(pdf.text.at(-1)).toContain(`${slides} / ${slides}`)
    expect(pdf.outline).toHaveLength(text.match(/^## /gm)!.length + 1)
  })
})

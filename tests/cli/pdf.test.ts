import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { readPdf } from '../pdf/read-pdf.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-cli-pdf-'))
const article = fileURLToPath(new URL('../fixtures/decks/lists-code-tables/input.md', import.meta.url))

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('lectern pdf flags', () => {
  it.each([
    [['--only', 'both'], /^lectern: --only must be slides or handout, not “both”$/],
    [['--paper', 'a3'], /^lectern: --paper must be a4 or letter, not “a3”$/],
    [['--per-page', '4'], /^lectern: --per-page must be 1, 2 or 3, not “4”$/],
    [['--timeout', 'soon'], /^lectern: --timeout must be a number of seconds, not “soon”$/],
    [['--parts', '0'], /^lectern: --parts must be a whole number from 1 to 16, not “0”$/],
  ])('should refuse %j with one line, before building anything', async (flags, message) => {
    const out = join(work, `bad-${flags[0].slice(2)}`)
    const result = await runCli(['pdf', article, '--out', out, ...flags])
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toMatch(message)
    expect(existsSync(out)).toBe(false)
  })

  it('should print slides.pdf in the parts asked for, joined into one PDF', async () => {
    const out = join(work, 'parts')
    const result = await runCli(['pdf', article, '--out', out, '--only', 'slides', '--parts', '2', '--quiet'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(readdirSync(out).filter((name) => name.endsWith('.pdf'))).toEqual(['slides.pdf'])
    const pdf = await readPdf(join(out, 'slides.pdf'))
    expect(pdf.pages).toBe(10)
    expect(pdf.tagged).toBe(true)
    pdf.text.forEach((text, index) => expect(text).toContain(`${index + 1} / 10`))
  })
})

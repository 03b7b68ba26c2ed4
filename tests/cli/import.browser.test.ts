import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { headings, parseMarkdown } from '../helpers/parse-markdown.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const seed = fileURLToPath(new URL('../fixtures/seed/aws-founding-story.txt', import.meta.url))
const reference = readFileSync(join(root, 'content/aws-founding-story.md'), 'utf8')
const work = mkdtempSync(join(tmpdir(), 'lectern-import-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Run `lectern import …` as a user would. */
function lectern(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', ['bin/lectern.js', 'import', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

describe('lectern import', () => {
  it('should write the markdown to the -o file and nothing else', async () => {
    const out = join(work, 'talk.md')
    const result = await lectern(seed, '-o', out)
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(out, 'utf8')).toBe(reference)
    expect(readdirSync(work)).toEqual(['talk.md'])
  })

  it('should write to stdout without -o', async () => {
    const page = join(root, 'tests/fixtures/import/html/several-h1/input.html')
    const result = await lectern(page)
    expect(result.code).toBe(0)
    expect(headings(parseMarkdown(result.stdout).blocks)[0]).toBe('# A Field Guide to Rate Limiting')
  })

  it('should print warnings to stderr as file:line:column and still convert', async () => {
    const article = join(work, 'ambiguous.txt')
    writeFileSync(article, 'Title\n\nA paragraph.\n\nThe end without a stop\n')
    const result = await lectern(article, '--out', join(work, 'ambiguous.md'))
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      `${article}:5:1: warning: Ambiguous line "The end without a stop": short and without final punctuation, but it is the last line; kept as a paragraph, not a heading\n`,
    )
  })

  it('should report a missing file in one line with exit code 1 and no stack trace', async () => {
    const result = await lectern('no-such-article.txt')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('lectern: no-such-article.txt: no such file\n')
  })

  it('should refuse a directory, a non-UTF-8 file and an unknown extension with one line each', async () => {
    const latin1 = join(work, 'latin1.txt')
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))
    const unknown = join(work, 'slides.pdf')
    writeFileSync(unknown, 'x')
    const results = await Promise.all([lectern(work), lectern(latin1), lectern(unknown)])
    expect(results.map((result) => result.code)).toEqual([1, 1, 1])
    expect(results[0].stderr).toMatch(new RegExp(`^lectern: ${work}: is a directory.*\\n$`))
    expect(results[1].stderr).toBe(`lectern: ${latin1}: is not UTF-8 text; save it as UTF-8 and try again\n`)
    expect(results[2].stderr).toMatch(/^lectern: .*slides\.pdf: cannot import '\.pdf' files.*\n$/)
  })

  it('should leave no partial file when the output folder does not exist', async () => {
    const result = await lectern(seed, '-o', join(work, 'missing', 'talk.md'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^lectern: .*talk\.md: cannot write the file: its folder does not exist\n$/)
  })
})

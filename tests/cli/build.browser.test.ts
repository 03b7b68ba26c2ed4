import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-build-'))
const fixtures = fileURLToPath(new URL('../fixtures/decks/', import.meta.url))
const awsArticle = fileURLToPath(new URL('../../content/aws-founding-story.md', import.meta.url))

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Run `lectern build` on an article written to a fresh folder; return the result and the folder. */
async function buildArticle(name: string, content: string | Buffer, extra: string[] = []) {
  const dir = join(work, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'talk.md'), content)
  const result = await runCli(['build', 'talk.md', '--out', 'out', ...extra], { cwd: dir })
  return { ...result, dir }
}

/** One line, naming the file, no stack trace, exit code 1, nothing left behind. */
function expectCleanFailure(result: { code: number | null; stderr: string; stdout: string; dir: string }, pattern: RegExp) {
  expect(result.code).toBe(1)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(readdirSync(result.dir).filter((name) => name !== 'talk.md' && name !== 'images')).toEqual([])
}

describe('lectern build', () => {
  it('should build the AWS talk and print the talk length with a per-section breakdown', async () => {
    const out = join(work, 'aws')
    const result = await runCli(['build', awsArticle, '--out', out])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Estimated talk length: \d+:\d\d \(11 slides at 130 words per minute\)/)
    expect(result.stdout).toMatch(/Seeds in Amazon’s Own Codebase\s+\d:\d\d\s+1 slide/)
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    expect(html).toMatch(/<title>The Founding Story of AWS/)
    for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (match[1].startsWith('data:') || match[1].startsWith('http')) continue
      expect(existsSync(join(out, match[1])), match[1]).toBe(true)
    }
  })

  it('should copy the images an article uses into the deck', async () => {
    const dir = join(work, 'images')
    cpSync(join(fixtures, 'images'), dir, { recursive: true })
    const result = await runCli(['build', 'input.md', '--out', 'deck'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(existsSync(join(dir, 'deck/images/diagram.svg'))).toBe(true)
  })

  it('should build a .txt article through the import step', async () => {
    const seed = fileURLToPath(new URL('../fixtures/seed/aws-founding-story.txt', import.meta.url))
    const result = await runCli(['build', seed, '--out', join(work, 'from-text')])
    expect(result.code).toBe(0)
    expect(readFileSync(join(work, 'from-text/index.html'), 'utf8')).toMatch(/<h2>Andy Jassy’s Vision<\/h2>/)
  })

  it('should report a missing file', async () => {
    const result = await runCli(['build', 'nope.md'], { cwd: work })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('lectern: nope.md: no such file\n')
  })

  it('should report a directory', async () => {
    const result = await runCli(['build', '.'], { cwd: work })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^lectern: \.: is a directory/)
  })

  it('should refuse a binary file', async () => {
    expectCleanFailure(await buildArticle('binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), /talk.md: is a binary file/)
  })

  it('should refuse a file that is not UTF-8', async () => {
    expectCleanFailure(
      await buildArticle('latin1', Buffer.from('# Caf\xe9\n\n## Men\xfc\n\nS\xfc\xdf.', 'latin1')),
      /talk.md: is not UTF-8/,
    )
  })

  it('should report malformed frontmatter with line and column', async () => {
    expectCleanFailure(await buildArticle('yaml', '---\ntitle: Talk\ntags: [a, b\n---\n\n# Talk\n'), /talk.md:\d+:\d+: invalid frontmatter/)
  })

  it('should refuse an empty article', async () => {
    expectCleanFailure(await buildArticle('empty', '\n\n'), /talk.md: the article is empty/)
  })

  it('should keep the previous deck when a rebuild fails', async () => {
    const first = await buildArticle('rebuild', '# T\n\n## S\n\nFirst version.\n')
    expect(first.code).toBe(0)
    writeFileSync(join(first.dir, 'talk.md'), '---\ntitle: [\n---\n')
    const second = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: first.dir })
    expect(second.code).toBe(1)
    expect(readFileSync(join(first.dir, 'out/index.html'), 'utf8')).toMatch(/First version/)
    expect(readdirSync(first.dir).sort()).toEqual(['out', 'talk.md'])
  })

  it('should not build into the folder that holds the article', async () => {
    const dir = join(work, 'precious')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'talk.md'), '# T\n\n## S\n\nText.\n')
    writeFileSync(join(dir, 'thesis.tex'), 'years of work')
    const result = await runCli(['build', 'talk.md', '--out', '.'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'lectern: .: holds the article; choose a folder of its own for --out (the default is dist/<article name>/)\n',
    )
    expect(readFileSync(join(dir, 'thesis.tex'), 'utf8')).toBe('years of work')
    expect(readdirSync(dir).sort()).toEqual(['talk.md', 'thesis.tex'])
  })

  it('should warn with file, line and column', async () => {
    const result = await buildArticle('warn', 'Just prose, no headings.\n')
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/talk.md:1:1: warning: The article has no section headings/)
  })
})

describe('lectern --version', () => {
  it('should print the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
      version: string
    }
    const result = await runCli(['--version'], { cwd: work })
    expect({ code: result.code, stdout: result.stdout.trim() }).toEqual({ code: 0, stdout: version })
  })
})

describe('lectern build into a pipe that closes early', () => {
  it('should end quietly, as `lectern build talk.md | head -1` expects, not with a stack trace', async () => {
    const bin = fileURLToPath(new URL('../../bin/lectern.js', import.meta.url))
    const child = spawn(process.execPath, [bin, 'build', awsArticle, '--out', join(work, 'piped')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // The reader goes before lectern prints, as `head -1` does after its first line.
    child.stdout.destroy()
    const code = await new Promise((resolve) => child.once('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /)
    expect(code).toBe(0)
  })
})

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, type CliResult } from '../helpers/cli.ts'
import { deckProblems, filesIn, tinyPng } from '../helpers/deck-files.ts'
import { startTimeOf } from '../../src/node/process-alive.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-out-dir-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

const article = '# Talk\n\n## One\n\nThe first point.\n\n![a picture](images/a.png)\n'

/** A fresh folder with talk.md and its picture; returns the folder. */
function project(name: string, text = article): string {
  const dir = join(work, name)
  mkdirSync(join(dir, 'images'), { recursive: true })
  writeFileSync(join(dir, 'talk.md'), text)
  writeFileSync(join(dir, 'images/a.png'), tinyPng)
  writeFileSync(join(dir, 'images/b.png'), tinyPng)
  return dir
}

/** Every file under `dir` with its bytes, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(filesIn(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]))
}

/** One line, no stack trace, exit code 1. */
function expectOneLine(result: CliResult, message: RegExp): void {
  expect(result.code, result.stderr).toBe(1)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(message)
}

describe('an --out that is not lectern’s to replace', () => {
  it.each([
    ['build', 'the article itself', 'talk.md', /^lectern: talk\.md: is the article itself; choose a folder for --out/],
    ['build', 'a file', 'notes.txt', /^lectern: notes\.txt: is a file, not a folder; choose a folder for --out/],
    ['pdf', 'a file', 'report.pdf', /^lectern: report\.pdf: is a file, not a folder; choose a folder for --out/],
    ['build', 'the article’s folder', '.', /^lectern: \.: holds the article; choose a folder of its own for --out/],
    ['build', 'a folder above the article', '..', /^lectern: \.\.: holds the article/],
    [
      'build',
      'a folder of someone’s files',
      'thesis',
      /^lectern: thesis: is not a lectern deck and holds other files \(chapter-1\.tex\); choose a new or empty folder for --out/,
    ],
    ['pdf', 'a folder of someone’s files', 'thesis', /^lectern: thesis: is not a lectern deck and holds other files/],
    [
      'build',
      'a folder inside a file',
      'talk.md/deck',
      /^lectern: talk\.md\/deck: is inside talk\.md, which is a file; choose a folder for --out/,
    ],
  ])('should refuse `lectern %s --out` %s with one line and touch nothing', async (command, _what, out, message) => {
    const dir = project(`refuse-${command}-${out.replace(/\W/g, '_')}`)
    writeFileSync(join(dir, 'notes.txt'), 'my notes')
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4 my report')
    mkdirSync(join(dir, 'thesis'))
    writeFileSync(join(dir, 'thesis/chapter-1.tex'), 'years of work')
    const before = snapshot(work)
    expectOneLine(await runCli([command, 'talk.md', '--out', out], { cwd: dir }), message)
    expect(snapshot(work)).toEqual(before)
  })

  it('should never write a single-file deck over the saved page it is built from', async () => {
    const dir = join(work, 'single-file')
    mkdirSync(dir)
    const page = '<html><head><title>Page</title></head><body><article><h1>Page</h1><h2>One</h2><p>Text.</p></article></body></html>'
    writeFileSync(join(dir, 'page.html'), page)
    expectOneLine(
      await runCli(['build', 'page.html', '--single-file', '--out', '.'], { cwd: dir }),
      /^lectern: page\.html: is the article itself; choose another --out folder/,
    )
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe(page)
    expect(readdirSync(dir)).toEqual(['page.html'])
  })

  it('should never write the markdown of `lectern import` over the article it reads, even through a link', async () => {
    const dir = join(work, 'import')
    mkdirSync(dir)
    const page = '<html><head><title>Page</title></head><body><article><h1>Page</h1><p>Text.</p></article></body></html>'
    writeFileSync(join(dir, 'page.html'), page)
    symlinkSync('page.html', join(dir, 'link.html'))
    expectOneLine(
      await runCli(['import', 'page.html', '-o', 'page.html'], { cwd: dir }),
      /^lectern: page\.html: is the article being imported; give another file name/,
    )
    expectOneLine(
      await runCli(['import', 'page.html', '-o', 'link.html'], { cwd: dir }),
      /^lectern: link\.html: is the article being imported/,
    )
    expectOneLine(
      await runCli(['import', 'link.html', '-o', './page.html'], { cwd: dir }),
      /^lectern: \.\/page\.html: is the article being imported/,
    )
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe(page)
    expect(readdirSync(dir).sort()).toEqual(['link.html', 'page.html'])
  })
})

describe('a rebuild', () => {
  it('should replace only the files lectern wrote: a user’s file stays, a picture the article dropped goes', async () => {
    const dir = project('rebuild', article + '\n![another](images/b.png)\n')
    expect((await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })).code).toBe(0)
    const record = JSON.parse(readFileSync(join(dir, 'out/.lectern-deck.json'), 'utf8')) as {
      generator: string
      version: string
      files: string[]
    }
    expect(record.generator).toBe('lectern')
    expect(record.files).toContain('images/b.png')
    expect(record.files).toEqual(filesIn(join(dir, 'out')).filter((file) => file !== '.lectern-deck.json'))
    writeFileSync(join(dir, 'out/speaker-notes.txt'), 'mine')
    mkdirSync(join(dir, 'out/extra'))
    writeFileSync(join(dir, 'out/extra/todo.md'), 'also mine')

    writeFileSync(join(dir, 'talk.md'), article.replace('first point', 'second version'))
    const result = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(join(dir, 'out/index.html'), 'utf8')).toMatch(/second version/)
    expect(deckProblems(join(dir, 'out'))).toEqual([])
    expect(readFileSync(join(dir, 'out/speaker-notes.txt'), 'utf8')).toBe('mine')
    expect(readFileSync(join(dir, 'out/extra/todo.md'), 'utf8')).toBe('also mine')
    expect(existsSync(join(dir, 'out/images/b.png'))).toBe(false)
    expect(existsSync(join(dir, 'out/images/a.png'))).toBe(true)
    expect(
      readdirSync(join(dir, 'out'))
        .filter((name) => name.startsWith('.'))
        .sort(),
    ).toEqual(['.lectern-deck.json'])
  })

  it('should refuse, with one line, to replace a user’s file where the new deck needs its place', async () => {
    const dir = project('in-the-way')
    expect((await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })).code).toBe(0)
    writeFileSync(join(dir, 'out/images/b.png'), 'my own picture')
    writeFileSync(join(dir, 'talk.md'), article + '\n![another](images/b.png)\n')
    const before = snapshot(join(dir, 'out'))
    expectOneLine(
      await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir }),
      /^lectern: out\/images\/b\.png: lectern did not write this, and the deck needs its place/,
    )
    expect(snapshot(join(dir, 'out'))).toEqual(before)
  })

  it('should accept a deck built before lectern kept a record, and keep what it did not write', async () => {
    const dir = project('old-deck')
    expect((await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })).code).toBe(0)
    // As the previous version left it: no record, its generator tag in index.html, an asset of an older build.
    rmSync(join(dir, 'out/.lectern-deck.json'))
    writeFileSync(join(dir, 'out/assets/main-0ld.js'), '// an older build')
    writeFileSync(join(dir, 'out/slides.pdf'), '%PDF-1.4 an earlier export')
    writeFileSync(join(dir, 'out/mine.txt'), 'mine')
    const result = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    expect(deckProblems(join(dir, 'out'))).toEqual([])
    expect(existsSync(join(dir, 'out/assets/main-0ld.js'))).toBe(false)
    expect(readFileSync(join(dir, 'out/slides.pdf'), 'utf8')).toBe('%PDF-1.4 an earlier export')
    expect(readFileSync(join(dir, 'out/mine.txt'), 'utf8')).toBe('mine')
    expect(existsSync(join(dir, 'out/.lectern-deck.json'))).toBe(true)
  })

  it('should not remove a file outside the deck that a shared deck’s record names', async () => {
    const dir = project('hostile-record')
    expect((await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })).code).toBe(0)
    writeFileSync(join(dir, 'precious.txt'), 'keep me')
    const record = JSON.parse(readFileSync(join(dir, 'out/.lectern-deck.json'), 'utf8')) as { files: string[] }
    record.files.push('../precious.txt', join(dir, 'precious.txt'), 'images/../../precious.txt')
    writeFileSync(join(dir, 'out/.lectern-deck.json'), JSON.stringify(record))
    expect((await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })).code).toBe(0)
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me')
  })

  it('should keep slides.pdf and handout.pdf that `lectern pdf` wrote', async () => {
    const dir = project('pdf-then-build')
    const exported = await runCli(['pdf', 'talk.md', '--out', 'out', '--quiet'], { cwd: dir })
    expect(exported.code, exported.stderr).toBe(0)
    const pdfs = { slides: readFileSync(join(dir, 'out/slides.pdf')), handout: readFileSync(join(dir, 'out/handout.pdf')) }
    const built = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
    expect(built.code, built.stderr).toBe(0)
    expect(readFileSync(join(dir, 'out/slides.pdf'))).toEqual(pdfs.slides)
    expect(readFileSync(join(dir, 'out/handout.pdf'))).toEqual(pdfs.handout)
  })
})

describe('the lock on a deck folder', () => {
  it('should stop with one line while another live run holds it, and take over one whose pid now names another process', async () => {
    const dir = project('locked')
    expect((await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })).code).toBe(0)
    // This test's own process, alive: as if a lectern were writing the deck.
    writeFileSync(join(dir, 'out/.lectern-lock'), `${process.pid} ${startTimeOf(process.pid)}\n`)
    expectOneLine(
      await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir }),
      new RegExp(`^lectern: out: another lectern \\(process ${process.pid}\\) is writing here; wait for it to finish`),
    )
    // The same pid, but a process that started at another time: the lectern that held it is gone.
    writeFileSync(join(dir, 'out/.lectern-lock'), `${process.pid} 1\n`)
    const result = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(join(dir, 'out/.lectern-lock'))).toBe(false)
  })
})

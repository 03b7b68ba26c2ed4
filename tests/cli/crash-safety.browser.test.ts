import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch as fsWatch, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finishReplacements, journalOwner } from '../../src/node/write-atomic.ts'
import { deckProblems, filesIn, tinyPng } from '../helpers/deck-files.ts'

/*
 * A user's worst moments, done for real: the CLI is killed (kill -9, Ctrl-C, SIGTERM) at
 * many points of a rebuild of a deck with hundreds of pictures, and of an export, and two
 * exports run into one folder at once. After each, the folder must hold a whole deck, and
 * the next run must leave none of the killed runs' leftovers.
 */

const bin = fileURLToPath(new URL('../../bin/lectern.js', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'lectern-crash-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The same numbers every run: a kill's moment must be reproducible to be debugged. */
function seededRandom(seed: number): () => number {
  return () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647
}

/**
 * An article titled "Run N" with `count` pictures, from set `a` or `b` (so that a rebuild
 * replaces every picture of the deck before it), `perSection` to a section.
 */
function writeArticle(dir: string, run: number, count: number, perSection = 20): void {
  const set = run % 2 === 0 ? 'a' : 'b'
  const sections = Array.from({ length: Math.ceil(count / perSection) }, (_, section) => {
    const pictures = Array.from({ length: Math.min(perSection, count - section * perSection) }, (_, index) => {
      const number = String(section * perSection + index).padStart(3, '0')
      return `![picture ${number}](images/${set}-${number}.png)`
    })
    return `## Part ${section + 1}\n\nWhat run ${run} says about part ${section + 1}.\n\n${pictures.join('\n')}\n`
  })
  writeFileSync(join(dir, 'talk.md'), `# Run ${run}\n\nThe talk, as written for run ${run}.\n\n${sections.join('\n')}`)
}

/** A folder with the pictures of both sets. */
function project(name: string, count: number): string {
  const dir = join(work, name)
  mkdirSync(join(dir, 'images'), { recursive: true })
  for (const set of ['a', 'b'])
    for (let index = 0; index < count; index++) writeFileSync(join(dir, `images/${set}-${String(index).padStart(3, '0')}.png`), tinyPng)
  return dir
}

interface Run {
  pid: number
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  /** Milliseconds from spawn to exit. */
  took: number
  /** Milliseconds from the first change of a file matching `watch.name` in `watch.dir` to exit, when one changed. */
  sinceChange?: number
}

/** When to send `signal`: `after` ms from the start, or from the first change of a file matching `watch.name` in `watch.dir`. */
interface Kill {
  signal: NodeJS.Signals
  after: number
  watch?: Watch
}

interface Watch {
  dir: string
  name: RegExp
}

/**
 * Run the real CLI in `cwd`, and `kill` it if asked. Watching a file (the deck's record,
 * rewritten when the new deck starts to move in) aims a kill at the moments a deck folder
 * changes, which a kill at a random moment of a whole run rarely hits.
 */
function lectern(args: string[], cwd: string, kill?: Kill, watch = kill?.watch): Promise<Run> {
  const started = Date.now()
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  let timer: NodeJS.Timeout | undefined
  let changed: number | undefined
  const send = () => (timer = setTimeout(() => child.kill(kill!.signal), kill!.after))
  const watcher = watch
    ? fsWatch(watch.dir, (_event, name) => {
        if (changed !== undefined || !name || !watch.name.test(name)) return
        changed = Date.now()
        if (kill) send()
      })
    : undefined
  if (kill && !kill.watch) send()
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      watcher?.close()
      const ended = Date.now()
      resolve({
        pid: child.pid!,
        code,
        signal,
        stderr,
        took: ended - started,
        sinceChange: changed === undefined ? undefined : ended - changed,
      })
    })
  })
}

/** The run number in the title of the deck in `dir`. */
function deckRun(dir: string): number {
  return Number(/<title>Run (\d+)/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1])
}

/** The run number on the first page of a PDF, and whether qpdf finds it sound. */
function pdfRun(path: string): { run: number; sound: boolean } {
  const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' })
  const text = execFileSync('pdftotext', ['-l', '1', path, '-'], { encoding: 'utf8' })
  return { run: Number(/Run (\d+)/.exec(text)?.[1]), sound: check.status === 0 }
}

/** What killed runs leave, once the next run is over: none of it may remain. */
function leftovers(out: string): string[] {
  const inside = readdirSync(out).filter(
    (name) => name.startsWith('.lectern-staging-') || name.startsWith('.lectern-lock') || name.endsWith('.tmp'),
  )
  const beside = readdirSync(join(out, '..')).filter((name) => name.endsWith('.keep') || /\.tmp-\d+-\d+$/.test(name))
  return [...inside, ...beside]
}

/** A pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!
}

/** Chromium processes still running on a profile of lectern run `pid`. */
function browsersOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(`lectern-chromium-${pid}-`)
      } catch {
        return false
      }
    })
    .map(Number)
}

/** A profile left behind, with what would explain it: its browser's lock and whether that process runs. */
function describeProfile(profile: string): string {
  const lock = spawnSync('readlink', [join(profile, 'SingletonLock')], { encoding: 'utf8' }).stdout.trim()
  const pid = /-(\d+)$/.exec(lock)?.[1]
  const state = pid ? spawnSync('ps', ['-o', 'stat=,args=', '-p', pid], { encoding: 'utf8' }).stdout.trim().slice(0, 80) : ''
  return `${profile} (lock: ${lock || 'none'}${state ? `, ${state}` : ''})`
}

describe('lectern build killed at any moment', () => {
  const pictures = 150
  let dir: string
  let out: string

  beforeAll(() => {
    dir = project('build', pictures)
    out = join(dir, 'out')
  })

  it('should always leave a whole deck, the old one or the new one, and a user’s file', async () => {
    writeArticle(dir, 0, pictures)
    const first = await lectern(['build', 'talk.md', '--out', 'out', '--quiet'], dir)
    expect(first.code, first.stderr).toBe(0)
    writeFileSync(join(out, 'my-notes.txt'), 'mine')
    // How long the deck folder changes for: from the record's rewrite to the end of a rebuild.
    writeArticle(dir, 1, pictures)
    const record = { dir: out, name: /^\.lectern-deck\.json$/ }
    const measured = await lectern(['build', 'talk.md', '--out', 'out', '--quiet'], dir, undefined, record)
    expect(measured.code, measured.stderr).toBe(0)
    const random = seededRandom(15)
    const signals: NodeJS.Signals[] = ['SIGKILL', 'SIGKILL', 'SIGKILL', 'SIGTERM', 'SIGINT']
    let whole = 1
    const seen = { old: 0, new: 0, finished: 0 }
    // How long the folder changes for varies with the machine's load: a run that ends before its kill shortens it.
    let changing = measured.sinceChange!
    for (let run = 2; run <= 17; run++) {
      writeArticle(dir, run, pictures)
      // Every fourth kill at any moment of a whole run, the others while the folder changes.
      const anyMoment = run % 4 === 0
      const after = Math.round(anyMoment ? measured.took * random() * 1.1 : changing * random())
      const kill = { signal: signals[run % signals.length], after, watch: anyMoment ? undefined : record }
      const killed = await lectern(['build', 'talk.md', '--out', 'out', '--quiet'], dir, kill)
      expect(killed.stderr, `run ${run}`).not.toMatch(/\n\s+at /)
      expect(deckProblems(out), `run ${run}, killed ${after} ms after ${anyMoment ? 'its start' : 'the record changed'}`).toEqual([])
      const found = deckRun(out)
      expect([whole, run], `run ${run}`).toContain(found)
      if (killed.code === 0 && killed.sinceChange !== undefined) changing = Math.min(changing, killed.sinceChange)
      if (killed.code === 0) seen.finished++
      else seen[found === run ? 'new' : 'old']++
      whole = found
      expect(readFileSync(join(out, 'my-notes.txt'), 'utf8')).toBe('mine')
    }
    // Most kills landed before the run was over: the test saw the folder in the middle of a change.
    expect(seen.old + seen.new, JSON.stringify(seen)).toBeGreaterThanOrEqual(8)

    // The next run removes every leftover, of this version and of the one that built beside the deck.
    const dead = deadPid()
    mkdirSync(join(dir, `out.tmp-${dead}-1700000000000/assets`), { recursive: true })
    writeFileSync(join(dir, `.out.slides.pdf.${dead}.keep`), '%PDF-1.4 a kept PDF')
    mkdirSync(join(out, `.lectern-staging-${dead}-0123abcd/images`), { recursive: true })
    writeFileSync(join(out, `.lectern-lock`), `${dead}\n`)
    writeArticle(dir, 18, pictures)
    const last = await lectern(['build', 'talk.md', '--out', 'out', '--quiet'], dir)
    expect(last.code, last.stderr).toBe(0)
    expect(deckRun(out)).toBe(18)
    expect(leftovers(out)).toEqual([])
    const files = JSON.parse(readFileSync(join(out, '.lectern-deck.json'), 'utf8')) as { files: string[] }
    expect(filesIn(out).filter((file) => file !== '.lectern-deck.json' && file !== 'my-notes.txt')).toEqual(files.files)
    expect(files.files.filter((file) => file.startsWith('images/b-'))).toEqual([])
    expect(files.files.filter((file) => file.startsWith('images/a-'))).toHaveLength(pictures)
  }, 240_000)

  it('should let two builds into one folder run one after the other', async () => {
    writeArticle(dir, 30, pictures)
    const runs = await Promise.all([
      lectern(['build', 'talk.md', '--out', 'out', '--quiet'], dir),
      lectern(['build', 'talk.md', '--out', 'out', '--quiet'], dir),
    ])
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/\n\s+at /)
      if (run.code !== 0)
        expect(run.stderr).toMatch(/^lectern: out: another lectern \(process \d+\) is writing here; wait for it to finish/)
    }
    expect(runs.some((run) => run.code === 0)).toBe(true)
    expect(deckProblems(out)).toEqual([])
    expect(leftovers(out)).toEqual([])
  }, 60_000)
})

describe('lectern pdf killed at any moment', () => {
  const pictures = 30
  let dir: string
  let out: string

  beforeAll(() => {
    dir = project('pdf', pictures)
    out = join(dir, 'out')
  })

  it('should always leave a whole deck and both PDFs from one run, and no profile once the next run is over', async () => {
    writeArticle(dir, 0, pictures, 10)
    const first = await lectern(['pdf', 'talk.md', '--out', 'out', '--quiet'], dir)
    expect(first.code, first.stderr).toBe(0)
    // How long the PDFs take to write: from the first one's temporary file to the end of a run.
    const pdfs = { dir: out, name: /^\.(slides|handout)\.pdf\./ }
    writeArticle(dir, 1, pictures, 10)
    const measured = await lectern(['pdf', 'talk.md', '--out', 'out', '--quiet'], dir, undefined, pdfs)
    expect(measured.code, measured.stderr).toBe(0)
    const random = seededRandom(3)
    const killed: number[] = []
    const seen = { old: 0, new: 0, finished: 0 }
    let writing = measured.sinceChange!
    for (let run = 2; run <= 7; run++) {
      writeArticle(dir, run, pictures, 10)
      // Every third kill at any moment of a whole run, the others while the PDFs are written.
      const anyMoment = run % 3 === 0
      const after = Math.round(anyMoment ? measured.took * random() : writing * random())
      const kill = { signal: run % 4 === 3 ? ('SIGTERM' as const) : ('SIGKILL' as const), after, watch: anyMoment ? undefined : pdfs }
      const result = await lectern(['pdf', 'talk.md', '--out', 'out', '--quiet'], dir, kill)
      killed.push(result.pid)
      const when = `run ${run}, killed ${after} ms after ${anyMoment ? 'its start' : 'a PDF started to be written'}`
      expect(result.stderr, when).not.toMatch(/\n\s+at /)
      expect(deckProblems(out), when).toEqual([])
      // Killed after its journal (even between the two renames): the pair is finished by the
      // next run in the folder, which does this first; it then holds the killed run's PDFs.
      const journaled = readdirSync(out).some((name) => journalOwner(name) === result.pid)
      if (journaled) await finishReplacements(out)
      const slides = pdfRun(join(out, 'slides.pdf'))
      const handout = pdfRun(join(out, 'handout.pdf'))
      expect({ slides, handout }, when).toEqual({ slides: { run: slides.run, sound: true }, handout: { run: slides.run, sound: true } })
      if (journaled) expect(slides.run, when).toBe(run)
      if (result.code === 0 && result.sinceChange !== undefined) writing = Math.min(writing, result.sinceChange)
      seen[result.code === 0 ? 'finished' : slides.run === run ? 'new' : 'old']++
    }
    expect(seen.old, JSON.stringify(seen)).toBeGreaterThan(0)

    // A killed run's Chromium exits a few seconds after its pipe closes; then the next run removes its profile.
    for (let wait = 0; wait < 150 && killed.some((pid) => browsersOf(pid).length > 0); wait++)
      await new Promise((resolve) => setTimeout(resolve, 200))
    const last = await lectern(['pdf', 'talk.md', '--out', 'out', '--quiet'], dir)
    expect(last.code, last.stderr).toBe(0)
    expect(leftovers(out)).toEqual([])
    const profiles = ['/dev/shm', tmpdir()].flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => killed.some((pid) => name.startsWith(`lectern-chromium-${pid}-`)))
        .map((name) => describeProfile(join(folder, name))),
    )
    expect(profiles).toEqual([])
  }, 240_000)

  it('should let two exports into one folder end cleanly, or one refuse with one line', async () => {
    writeArticle(dir, 40, pictures, 10)
    const runs = await Promise.all([
      lectern(['pdf', 'talk.md', '--out', 'out', '--quiet'], dir),
      lectern(['pdf', 'talk.md', '--out', 'out', '--quiet'], dir),
    ])
    for (const run of runs) {
      if (run.code === 0) continue
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^lectern: out: another lectern \(process \d+\) is writing here; wait for it to finish[^\n]*\n$/)
    }
    expect(runs.some((run) => run.code === 0)).toBe(true)
    expect(deckProblems(out)).toEqual([])
    expect(pdfRun(join(out, 'slides.pdf'))).toEqual({ run: 40, sound: true })
    expect(pdfRun(join(out, 'handout.pdf'))).toEqual({ run: 40, sound: true })
    expect(leftovers(out)).toEqual([])
    expect(existsSync(join(out, '.lectern-deck.json'))).toBe(true)
  }, 120_000)
})

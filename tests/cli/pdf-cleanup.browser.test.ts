import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LecternError } from '../../src/core/errors.ts'
import { BrowserSession, exportPdfs } from '../../src/pdf/index.ts'
import { repeatedArticle } from '../../scripts/synthetic.ts'
import { stillRunning, processName, processTree, watchChromium } from '../helpers/processes.ts'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-pdf-cleanup-'))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('a failing export', () => {
  it('should name what did not happen, leave no Chromium running and keep the previous PDF', async () => {
    // A page that loads but never starts the deck app: the wait for its pdf-ready must time out.
    const deck = join(dir, 'broken')
    await mkdir(deck, { recursive: true })
    await writeFile(join(deck, 'index.html'), '<!doctype html><title>Not a deck</title><p>nothing here')
    const previous = Buffer.from('%PDF-1.4 the previous export\n')
    await writeFile(join(deck, 'slides.pdf'), previous)

    // The browser starts first, with time to spare on a busy machine; the deck then gets 15 s
    // (loading even a page this small took more than 4 s under a load average of 15 on two cores).
    const { result, seen } = await watchChromium(process.pid, async () => {
      const session = new BrowserSession({ timeout: 60_000 })
      try {
        await session.browser()
        return await exportPdfs({ deck, outDir: deck, pdfs: ['slides'], timeout: 15_000, session })
      } finally {
        await session.close()
      }
    })

    expect(result.status).toBe('rejected')
    const error = (result as PromiseRejectedResult).reason
    expect(error).toBeInstanceOf(LecternError)
    expect(error.message).toMatch(
      /timed out after 15 s waiting for the deck app to lay out slides\.pdf \(the deck app never started; no pdf-ready from http:\/\/127\.0\.0\.1:\d+\/\)/,
    )
    expect(seen.size).toBeGreaterThan(0)
    expect(await stillRunning(seen), 'Chromium still running').toEqual([])
    expect(await readFile(join(deck, 'slides.pdf'))).toEqual(previous)
    expect((await readdir(deck)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // The browser's start and the deck's 15 s, on a busy machine.
  }, 150_000)

  it('should say so, and leave no profile behind, when the browser exits instead of starting', async () => {
    const deck = join(dir, 'any-deck')
    const temp = join(dir, 'tmp')
    await mkdir(deck, { recursive: true })
    await mkdir(temp, { recursive: true })
    await writeFile(join(deck, 'index.html'), '<!doctype html><title>A deck</title>')
    // A temporary folder of its own (other suites start browsers meanwhile), where the profile goes.
    const saved = process.env.TMPDIR
    process.env.TMPDIR = temp
    try {
      await expect(exportPdfs({ deck, outDir: deck, executablePath: '/bin/false' })).rejects.toThrow(
        /could not start the browser \/bin\/false: it exited \(code 1\)/,
      )
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
    }
    expect(await readdir(temp)).toEqual([])
  })

  it('should say where to get a browser when the one asked for does not exist', async () => {
    const deck = join(dir, 'a-deck')
    await mkdir(deck, { recursive: true })
    await writeFile(join(deck, 'index.html'), '<!doctype html><title>A deck</title>')
    const error = await exportPdfs({ deck, outDir: deck, executablePath: '/nowhere/chrome' }).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(LecternError)
    expect((error as Error).message).toMatch(/^the browser \/nowhere\/chrome does not exist or is not executable\. Run `npm run setup`/)
    expect((error as Error).message).toMatch(/--browser PATH/)
  })

  it('should say to build the deck first when the folder has none', async () => {
    await expect(exportPdfs({ deck: join(dir, 'missing'), outDir: dir })).rejects.toThrow(/has no index.html; build the deck first/)
  })
})

/**
 * Run `lectern pdf ARGS` and press Ctrl-C once its progress matches `when` (and, with
 * `chromiumRunning`, once a Chromium process of its own runs too); watch every Chromium
 * process it starts. Its exit code, what it printed (and had printed when interrupted), and
 * those processes.
 */
async function interrupt(
  args: string[],
  when: RegExp,
  options: { env?: NodeJS.ProcessEnv; chromiumRunning?: boolean } = {},
): Promise<{ code: number | null; stderr: string; printedWhenInterrupted: string; seen: Set<number> }> {
  const run = async () => {
    const child = spawn(process.execPath, ['bin/lectern.js', 'pdf', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    })
    let stderr = ''
    let printedWhenInterrupted = ''
    const ready = () =>
      when.test(stderr) &&
      (!options.chromiumRunning || processTree(child.pid!).some((pid) => pid !== child.pid && /chrom/i.test(processName(pid))))
    const poll = setInterval(() => {
      if (child.killed || child.exitCode !== null || !ready()) return
      printedWhenInterrupted = stderr
      child.kill('SIGINT')
    }, 10)
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)))
    clearInterval(poll)
    return { code, stderr, printedWhenInterrupted }
  }
  const { result, seen } = await watchChromium(process.pid, run)
  expect(result.status).toBe('fulfilled')
  // Killed processes linger as zombies for a moment; those count as gone.
  await new Promise((resolve) => setTimeout(resolve, 200))
  return { ...(result as PromiseFulfilledResult<Awaited<ReturnType<typeof run>>>).value, seen }
}

describe('lectern pdf interrupted with Ctrl-C', () => {
  it('should exit with 130 and leave no Chromium running', async () => {
    const out = join(dir, 'interrupted')
    // A temporary folder of its own, to see that the browser's profile is removed too.
    const temp = join(dir, 'interrupted-tmp')
    await mkdir(temp, { recursive: true })
    // The browser is up and rendering: the worst moment to be interrupted. (An article of a hundred
    // slides, whose rendering lasts long past "browser: ready": the AWS talk's eleven were at times
    // all written before a busy test runner's poll sent the signal, and the run exited 0.)
    const article = join(dir, 'rendering.md')
    await writeFile(article, repeatedArticle(10))
    const { code, stderr, seen } = await interrupt([article, '--out', out], /browser: ready/, {
      env: { TMPDIR: temp },
    })
    expect(stderr).toMatch(/browser: ready/)
    expect(code, stderr).toBe(130)
    expect(stderr).toMatch(/lectern: interrupted/)
    expect(seen.size).toBeGreaterThan(0)
    expect(await stillRunning(seen), 'Chromium still running').toEqual([])
    const left = await readdir(out).catch(() => [])
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect((await readdir(temp)).filter((name) => name.startsWith('lectern-chromium-'))).toEqual([])
  })

  it('should do so for a long article interrupted while it builds, its browser starting in the background', async () => {
    const article = join(dir, 'long.md')
    await writeFile(article, repeatedArticle(36))
    const { code, stderr, printedWhenInterrupted, seen } = await interrupt(
      [article, '--out', join(dir, 'long'), '--only', 'slides'],
      /build: deck/,
      {
        chromiumRunning: true,
      },
    )
    // Interrupted while building, with its browser running.
    expect(printedWhenInterrupted).toMatch(/browser: starting\n(.*\n)*build: deck/)
    expect(printedWhenInterrupted).not.toMatch(/build: \d+ slides/)
    expect(seen.size).toBeGreaterThan(0)
    expect(code, stderr).toBe(130)
    expect(stderr).toMatch(/lectern: interrupted/)
    expect(await stillRunning(seen), 'Chromium still running').toEqual([])
  })
})

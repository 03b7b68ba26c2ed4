import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser } from '../../src/node/browser/index.ts'

let dir: string
const saved = { cache: process.env.PUPPETEER_CACHE_DIR, executable: process.env.PUPPETEER_EXECUTABLE_PATH }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-find-browser-'))
  // What a download that failed leaves behind: the browsers' folders, empty.
  await mkdir(join(dir, 'chrome'), { recursive: true })
  await mkdir(join(dir, 'chrome-headless-shell'), { recursive: true })
  process.env.PUPPETEER_CACHE_DIR = dir
  delete process.env.PUPPETEER_EXECUTABLE_PATH
})

afterAll(async () => {
  for (const [key, value] of [
    ['PUPPETEER_CACHE_DIR', saved.cache],
    ['PUPPETEER_EXECUTABLE_PATH', saved.executable],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  await rm(dir, { recursive: true, force: true })
})

describe('findBrowser', () => {
  it('should take --browser first, then PUPPETEER_EXECUTABLE_PATH', async () => {
    process.env.PUPPETEER_EXECUTABLE_PATH = process.execPath
    try {
      expect(await findBrowser(process.execPath)).toBe(process.execPath)
      expect(await findBrowser()).toBe(process.execPath)
    } finally {
      delete process.env.PUPPETEER_EXECUTABLE_PATH
    }
  })

  it('should refuse a --browser that is not there, saying which', async () => {
    await expect(findBrowser('/nowhere/chrome')).rejects.toThrow(
      /^the browser \/nowhere\/chrome does not exist or is not executable\. Run `npm run setup`/,
    )
  })

  it('should say where to get a browser when there is none anywhere', async () => {
    await expect(findBrowser(undefined, ['/nowhere/chromium'])).rejects.toThrow(
      /^no Chrome or Chromium found\. Run `npm run setup` .* or pass --browser PATH \/ set PUPPETEER_EXECUTABLE_PATH$/,
    )
  })

  it('should pass over an empty Puppeteer cache to the system’s browser', async () => {
    // A browser in one of the usual places, here an executable file of the test's own, so the
    // test sees the same on a machine with no browser installed as on one with Chrome.
    const system = join(dir, 'system', 'chromium')
    await mkdir(join(dir, 'system'))
    await writeFile(system, '#!/bin/sh\n', { mode: 0o755 })
    const found = await findBrowser(undefined, [join(dir, 'nowhere', 'chrome'), system])
    expect(found).toBe(system)
  })
})

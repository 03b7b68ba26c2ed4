import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer, type DevServer } from '../../src/node/dev.ts'
import { closeBrowser, sharedBrowser } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-dev-'))
const article = join(work, 'talk.md')
const original = readFileSync(fileURLToPath(new URL('../../content/aws-founding-story.md', import.meta.url)), 'utf8')

describe('lectern dev', () => {
  let dev: DevServer
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    writeFileSync(article, original)
    cpSync(fileURLToPath(new URL('../fixtures/decks/images/images', import.meta.url)), join(work, 'images'), { recursive: true })
    dev = await startDevServer({ article, port: 0 })
    page = await (await sharedBrowser()).newPage()
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(dev.url + '#/andy-jassys-vision', { waitUntil: 'load' })
    await page.waitForFunction(() => document.documentElement.dataset.lecternReady === 'true', { timeout: 20_000 })
  })
  afterAll(async () => {
    await page?.close()
    await closeBrowser()
    await dev?.close()
    rmSync(work, { recursive: true, force: true })
  })

  const version = () => page.evaluate(() => Number(document.documentElement.dataset.lecternVersion ?? 0))
  const save = async (text: string) => {
    const before = await version()
    const started = performance.now()
    writeFileSync(article, text)
    await page.waitForFunction((v) => Number(document.documentElement.dataset.lecternVersion ?? 0) > v, { timeout: 10_000 }, before)
    return performance.now() - started
  }

  it('should serve the deck with Reveal running on the slide in the URL', async () => {
    expect(await page.evaluate(() => window.lectern!.reveal.getIndices())).toMatchObject({ h: 2, v: 0 })
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Vision')
  })

  it('should update the open deck in place when the article is saved, staying on the current slide', async () => {
    await page.evaluate(() => {
      ;(window as unknown as { marker: number }).marker = 42
    })
    const elapsed = await save(original.replace('## Andy Jassy’s Vision', '## Andy Jassy’s Big Vision').replace('This was a mindset shift.', '**A mindset shift.** This was a mindset shift.'))
    console.log(`live update: ${Math.round(elapsed)} ms from save to new slides`)
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Big Vision')
    expect(await page.$$eval('.present .lectern-points li', (items) => items.map((item) => item.textContent))).toContain('A mindset shift.')
    expect(await page.evaluate(() => window.lectern!.reveal.getIndices())).toMatchObject({ h: 2, v: 0 })
    // Same page, not a reload.
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42)
  })

  it('should keep the last good slides when the article breaks, and recover when it is fixed', async () => {
    writeFileSync(article, '---\ntitle: [unclosed\n---\n# Broken')
    await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null, { timeout: 10_000 })
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Big Vision')
    await save(original)
    expect(await page.$eval('.present h2', (element) => element.textContent)).toBe('Andy Jassy’s Vision')
    expect(errors).toEqual([])
  })
})

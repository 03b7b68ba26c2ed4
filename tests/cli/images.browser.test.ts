import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { closeBrowser, closeDeck, openDeck, type OpenDeck } from '../helpers/deck-page.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-images-'))
// A 1×1 PNG, and a 2×2 one: real image bytes for the "remote" server on this machine.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let remote: Server
let remoteUrl = ''
/** Paths the "remote" server was asked for. */
const remoteHits: string[] = []
/** A port nothing listens on: a download from it is refused. */
let refusedPort = 0

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

beforeAll(async () => {
  remote = createServer((request, response) => {
    remoteHits.push(request.url ?? '')
    if (request.url === '/chart.png') return void response.writeHead(200, { 'Content-Type': 'image/png' }).end(png)
    if (request.url === '/page.png') return void response.writeHead(200, { 'Content-Type': 'image/png' }).end('<!DOCTYPE html><p>login</p>')
    response.writeHead(404).end()
  })
  remoteUrl = `http://127.0.0.1:${await listen(remote)}`
  const closed = createServer()
  refusedPort = await listen(closed)
  await new Promise((resolve) => closed.close(resolve))
})

afterAll(async () => {
  await closeBrowser()
  remote.closeAllConnections()
  await new Promise((resolve) => remote.close(resolve))
  rmSync(work, { recursive: true, force: true })
})

/** An article folder with one image of every kind a build must survive, and a secret beside it. */
function writeArticle(name: string): string {
  const dir = join(work, name, 'talk')
  mkdirSync(join(dir, 'images'), { recursive: true })
  writeFileSync(join(dir, 'images', 'present.png'), png)
  writeFileSync(join(work, name, 'secret.png'), png)
  symlinkSync(join(work, name, 'secret.png'), join(dir, 'images', 'linked.png'))
  writeFileSync(
    join(dir, 'talk.md'),
    [
      '# Pictures that went missing', // 1
      '',
      '## Local',
      '',
      '![A red square](images/present.png)', // 5
      '',
      '![Quarterly revenue chart](images/gone.png)', // 7
      '',
      '## Outside',
      '',
      '![Secret outside picture](../secret.png)', // 11
      '',
      '![Symlinked secret picture](images/linked.png)', // 13
      '',
      '## Remote',
      '',
      `![Downloaded growth chart](${remoteUrl}/chart.png)`, // 17
      '',
      `![Refused server picture](http://127.0.0.1:${refusedPort}/x.png)`, // 19
      '',
      `![Login page not a picture](${remoteUrl}/page.png)`, // 21
      '',
    ].join('\n'),
  )
  return dir
}

describe('images in a build', () => {
  let dir = ''
  let build: Awaited<ReturnType<typeof runCli>>
  let deck: OpenDeck | undefined

  beforeAll(async () => {
    dir = writeArticle('build')
    build = await runCli(['build', 'talk.md', '--out', 'out'], { cwd: dir })
  })
  afterAll(() => closeDeck(deck))

  it('should build, with one warning listing every image it could not ship by line', () => {
    expect(build.code).toBe(0)
    const warnings = build.stderr.split('\n').filter((line) => line.includes('warning:'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^talk\.md:7:1: warning: 5 images cannot be shown/)
    const listed = build.stderr
      .split('\n')
      .filter((line) => /^\s+line \d+:/.test(line))
      .map((line) => line.trim())
    expect(listed).toHaveLength(5)
    expect(listed[0]).toBe('line 7: images/gone.png (not found)')
    expect(listed[1]).toBe("line 11: ../secret.png (outside the article's folder)")
    expect(listed[2]).toBe("line 13: images/linked.png (a symlink to outside the article's folder)")
    expect(listed[3]).toMatch(new RegExp(`^line 19: http://127\\.0\\.0\\.1:${refusedPort}/x\\.png \\(download failed: cannot connect`))
    expect(listed[4]).toBe(`line 21: ${remoteUrl}/page.png (download failed: not an image)`)
  })

  it('should copy the present image, download the remote one, and ship nothing from outside', () => {
    const out = join(dir, 'out')
    expect(readFileSync(join(out, 'images/present.png'))).toEqual(png)
    expect(existsSync(join(out, 'images/linked.png'))).toBe(false)
    expect(existsSync(join(out, 'secret.png'))).toBe(false)
    const downloaded = readdirSync(join(out, 'remote-images'))
    expect(downloaded).toHaveLength(1)
    expect(lstatSync(join(out, 'remote-images', downloaded[0])).isFile()).toBe(true)
    expect(readFileSync(join(out, 'remote-images', downloaded[0]))).toEqual(png)
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain(remoteUrl)
  })

  it('should show each picture it could not ship as a caption line on its slide and make no request beyond the deck’s own server', async () => {
    const hitsBefore = remoteHits.length
    deck = await openDeck(join(dir, 'out'))
    expect(await deck.page.$$eval('.lectern-missing-image', (nodes) => nodes.length)).toBe(0)
    // Files of the article's that are missing or outside its folder are left out, their alt text a caption
    // line; a remote picture that was refused is a caption line too, never a frame promising a picture.
    const captions = await deck.page.$$eval('.lectern-image-caption', (nodes) =>
      nodes.map((node) => ({ text: node.textContent, slide: node.closest('section[id]')?.id, inNotes: node.closest('aside') !== null })),
    )
    expect(captions.map((each) => each.text)).toEqual([
      'Quarterly revenue chart',
      'Secret outside picture',
      'Symlinked secret picture',
      'Refused server picture',
      'Login page not a picture',
    ])
    expect(captions.every((each) => each.slide && !each.inNotes)).toBe(true)
    // A line of small type on its slide, not a box the size of a picture.
    await deck.page.evaluate((id) => void (location.hash = `#/${id}`), captions[3].slide)
    await deck.page.waitForFunction(
      (id) => document.querySelector(`section[id="${id}"] .lectern-image-caption`)!.getBoundingClientRect().width > 0,
      {},
      captions[3].slide,
    )
    const box = await deck.page.$eval(`section[id="${captions[3].slide}"] .lectern-image-caption`, (node) => {
      const { height } = node.getBoundingClientRect()
      return {
        height,
        lineHeight: Number.parseFloat(getComputedStyle(node).lineHeight) || Number.parseFloat(getComputedStyle(node).fontSize) * 1.6,
      }
    })
    expect(box.height).toBeGreaterThan(0)
    expect(box.height).toBeLessThanOrEqual(box.lineHeight * 2.2)
    const loaded = await deck.page.$$eval('img', (images) =>
      images.map((image) => ({ src: image.getAttribute('src'), ok: image.complete && image.naturalWidth > 0 })),
    )
    expect(loaded).toEqual([
      { src: 'images/present.png', ok: true },
      { src: expect.stringMatching(/^remote-images\/[0-9a-f]{16}\.png$/), ok: true },
    ])
    expect(deck.requests.length).toBeGreaterThan(0)
    expect(deck.requests.filter((url) => !url.startsWith(deck!.server.url) && !url.startsWith('data:'))).toEqual([])
    expect(remoteHits.length).toBe(hitsBefore)
    const notes = await deck.page.$$eval('aside.notes', (nodes) => nodes.map((node) => node.textContent).join(' '))
    expect(notes).toContain('Image: Quarterly revenue chart')
    expect(notes).toContain('Image: Downloaded growth chart')
  })
})

describe('images with --offline', () => {
  it('should download nothing and show every remote image as a caption line', async () => {
    const dir = writeArticle('offline')
    const hitsBefore = remoteHits.length
    const result = await runCli(['build', 'talk.md', '--out', 'out', '--offline'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(remoteHits.length).toBe(hitsBefore)
    expect(result.stderr).toContain(`line 17: ${remoteUrl}/chart.png (not downloaded (--offline))`)
    expect(existsSync(join(dir, 'out/remote-images'))).toBe(false)
    expect(readFileSync(join(dir, 'out/index.html'), 'utf8')).toMatch(/class="lectern-image-caption"[^>]*>Downloaded growth chart</)
  })
})

describe('images in slides.pdf and handout.pdf', () => {
  it('should print each caption line of a picture not shipped on its slide', async () => {
    const dir = writeArticle('pdf')
    const result = await runCli(['pdf', 'talk.md', '--out', 'out', '--only', 'slides', '--offline'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    const pages = execFileSync('pdftotext', ['-layout', join(dir, 'out/slides.pdf'), '-'], { encoding: 'utf8' }).split('\f')
    for (const alt of ['Quarterly revenue chart', 'Secret outside picture', 'Symlinked secret picture', 'Downloaded growth chart']) {
      const page = pages.findIndex((text) => text.includes(alt))
      expect(page, alt).toBeGreaterThan(0)
    }
  }, 180_000)
})

describe('images of a saved page', () => {
  it('should warn with the lines in the .html, not in the markdown made from it', async () => {
    const dir = join(work, 'saved-page')
    mkdirSync(dir, { recursive: true })
    const paragraph = (text: string) =>
      `<p>${text} ${'More words of the article follow here, enough for a reader to take it for prose. '.repeat(4)}</p>`
    const html = [
      '<!doctype html>',
      '<html><head><title>A saved post</title></head>',
      '<body>',
      '<nav><a href="/">Home</a></nav>',
      '<article>',
      '<h1>A saved post</h1>',
      paragraph('The first paragraph of the saved post.'),
      '<h2>Results</h2>',
      paragraph('The second paragraph, before the chart.'),
      '<img data-src="post_files/chart.png" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazy" alt="Results chart">',
      paragraph('The last paragraph, after the chart, with a tag an export left in: {{&lt; poll 1 &gt;}}.'),
      '</article>',
      '</body></html>',
    ].join('\n')
    writeFileSync(join(dir, 'post.html'), html)
    const result = await runCli(['build', 'post.html', '--out', 'out'], { cwd: dir })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/^post\.html:10:1: warning: an image cannot be shown/m)
    expect(result.stderr).toContain('line 10: post_files/chart.png (not found)')
    expect(result.stderr).toMatch(/^post\.html:11:1: warning: Left out 1 template tag/m)
    // Where each slide starts, for lectern check's warnings, is in the .html too: the title, the opening paragraph and “Results”.
    const starts = [...readFileSync(join(dir, 'out/index.html'), 'utf8').matchAll(/data-line="(\d+)"/g)].map((match) => match[1])
    expect(starts).toEqual(['6', '7', '8'])
    // A file of the page's that was not saved beside it: left out, its two-word alt text names it without describing it.
    expect(readFileSync(join(dir, 'out/index.html'), 'utf8')).not.toMatch(/lectern-missing-image|Results chart</)
  })
})

describe('pictures of a Jekyll post (site-root paths, raw-HTML figures)', () => {
  let deck: OpenDeck | undefined
  afterAll(() => closeDeck(deck))

  it('should show `/assets/…` pictures found in the post’s folder, each figure on a picture slide, and no CSS', async () => {
    const dir = join(work, 'jekyll')
    mkdirSync(join(dir, 'assets', 'selfie'), { recursive: true })
    writeFileSync(join(dir, 'assets', 'selfie', 'useful.png'), png)
    writeFileSync(join(dir, 'assets', 'cnnvis.png'), png)
    writeFileSync(
      join(dir, 'selfie.markdown'),
      [
        '---',
        'title: "What a Deep Neural Network thinks about your #selfie"',
        '---',
        '',
        '<style>',
        '.post-header h1 { font-size: 35px; }',
        '</style>',
        '',
        '## Convolutional Neural Networks',
        '',
        'ConvNets are a very powerful hammer, and Computer Vision problems are very nails.',
        '',
        '<div class="imgcap">',
        '<img src="/assets/selfie/useful.png">',
        '<div class="thecap">Few of many examples of ConvNets being useful.</div>',
        '</div>',
        '',
        '## Under the hood',
        '',
        '![Filters of a trained ConvNet](/assets/cnnvis.png)',
        '',
        '![A picture the post forgot](/assets/gone.png)',
        '',
      ].join('\n'),
    )
    const build = await runCli(['build', 'selfie.markdown', '--out', 'out', '--offline'], { cwd: dir })
    expect(build.code, build.stderr).toBe(0)
    expect(build.stderr).toMatch(
      /line 22: \/assets\/gone\.png \(a site-root path: not found at assets\/gone\.png, static\/assets\/gone\.png, public\/assets\/gone\.png, assets\/assets\/gone\.png/,
    )
    deck = await openDeck(join(dir, 'out'))
    const pictures = await deck.page.$$eval('section.lectern-slide > p img', (images) =>
      images.map((image) => ({
        src: image.getAttribute('src'),
        ok: image.complete && image.naturalWidth > 0,
        kind: image.closest('section[data-kind]')?.getAttribute('data-kind'),
      })),
    )
    expect(pictures).toEqual([
      { src: 'assets/selfie/useful.png', ok: true, kind: 'image-text' },
      // The missing picture's alt text is a caption line under it: the slide is no longer a picture alone.
      { src: 'assets/cnnvis.png', ok: true, kind: undefined },
    ])
    expect(await deck.page.$$eval('.lectern-image-caption', (nodes) => nodes.map((node) => node.textContent))).toEqual([
      'A picture the post forgot',
    ])
    const shown = await deck.page.$$eval('section.lectern-slide', (slides) =>
      slides.map((slide) =>
        [...slide.children]
          .filter((child) => child.tagName !== 'ASIDE')
          .map((child) => child.textContent)
          .join(' '),
      ),
    )
    expect(shown.join(' ')).not.toMatch(/font-size|Few of many examples/)
    const notes = await deck.page.$$eval('aside.notes', (nodes) => nodes.map((node) => node.textContent).join(' '))
    expect(notes).toContain('Few of many examples of ConvNets being useful.')
  })
})

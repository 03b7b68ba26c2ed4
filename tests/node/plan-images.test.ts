import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { planImages } from '../../src/node/plan-images.ts'
import { warnUnavailableImages } from '../../src/node/warn-images.ts'

const dir = mkdtempSync(join(tmpdir(), 'lectern-plan-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('planImages', () => {
  it('should never fetch a remote picture of raw HTML, and copy a local one', async () => {
    writeFileSync(join(dir, 'local.png'), 'x')
    // An address nothing answers: a download attempt would fail with another reason.
    const plan = await planImages(
      [
        { url: 'http://127.0.0.1:9/bait.png', remote: true, inHtml: true },
        { url: 'local.png', remote: false, inHtml: true },
      ],
      dir,
    )
    expect(plan.unavailable.map(({ asset, why }) => [asset.url, why])).toEqual([
      ['http://127.0.0.1:9/bait.png', 'in raw HTML: not downloaded'],
    ])
    expect(plan.downloads).toEqual([])
    expect(plan.copies).toHaveLength(1)
  })
})

describe('planImages with a picture named without its extension', () => {
  it('should find the picture whose file name starts with the name, in the folder it names, as Hugo page resources are', async () => {
    const article = mkdtempSync(join(tmpdir(), 'lectern-named-'))
    try {
      mkdirSync(join(article, 'shots'))
      writeFileSync(join(article, 'kubecon-welcome-featured.jpg'), 'x')
      writeFileSync(join(article, 'kubecon-welcome.txt'), 'x')
      writeFileSync(join(article, 'shots', 'booth.png'), 'x')
      writeFileSync(join(dir, 'outside.png'), 'x')
      const plan = await planImages(
        [
          { url: 'kubecon-welcome', remote: false },
          { url: 'shots/booth', remote: false },
          { url: 'kubecon-welcome.png', remote: false },
          { url: `../${dir.split('/').pop()}/outside`, remote: false },
        ],
        article,
      )
      expect(plan.sources.get('kubecon-welcome')).toBe('kubecon-welcome-featured.jpg')
      // (A folder of the article's that is a symlink elsewhere is not looked in.)
      symlinkSync(dir, join(article, 'linked'))
      const linked = await planImages([{ url: 'linked/outside', remote: false }], article)
      expect(linked.copies).toEqual([])
      expect(linked.unavailable.map(({ asset }) => asset.url)).toEqual(['linked/outside'])
      expect(plan.sources.get('shots/booth')).toBe('shots/booth.png')
      // (A name with its extension is the file's whole name; nothing outside the article's folder is looked at.)
      expect(plan.unavailable.map(({ asset }) => asset.url)).toEqual(['kubecon-welcome.png', `../${dir.split('/').pop()}/outside`])
    } finally {
      rmSync(article, { recursive: true, force: true })
    }
  })
})

describe('planImages with site-root paths', () => {
  it('should find `/assets/x.jpg` (as Jekyll and Hugo posts write it) under the article folder, its static/ or assets/, never outside', async () => {
    const article = mkdtempSync(join(tmpdir(), 'lectern-site-'))
    try {
      mkdirSync(join(article, 'assets', 'selfie'), { recursive: true })
      mkdirSync(join(article, 'static', 'images'), { recursive: true })
      writeFileSync(join(article, 'assets', 'selfie', 'teaser.jpeg'), 'x')
      writeFileSync(join(article, 'static', 'images', 'a b.png'), 'x')
      writeFileSync(join(dir, 'secret.png'), 'x')
      symlinkSync(join(dir, 'secret.png'), join(article, 'assets', 'link.png'))
      const plan = await planImages(
        [
          { url: '/assets/selfie/teaser.jpeg', remote: false },
          { url: '/images/a%20b.png', remote: false, inHtml: true },
          { url: '/assets/missing.jpg', remote: false },
          { url: '/../secret.png', remote: false },
          { url: '/assets/link.png', remote: false },
        ],
        article,
      )
      expect(plan.sources.get('/assets/selfie/teaser.jpeg')).toBe('assets/selfie/teaser.jpeg')
      expect(plan.sources.get('/images/a%20b.png')).toBe('static/images/a%20b.png')
      expect(plan.copies.map((copy) => copy.to).sort()).toEqual(['assets/selfie/teaser.jpeg', 'static/images/a b.png'])
      const why = Object.fromEntries(plan.unavailable.map(({ asset, why }) => [asset.url, why]))
      expect(why['/assets/missing.jpg']).toMatch(/site-root path: not found at assets\/missing\.jpg, static\/assets\/missing\.jpg/)
      expect(why['/assets/missing.jpg']).toMatch(/put the pictures in the article's folder/)
      expect(why['/../secret.png']).toBe("outside the article's folder")
      expect(why['/assets/link.png']).toBe("a symlink to outside the article's folder")
    } finally {
      rmSync(article, { recursive: true, force: true })
    }
  })

  it("should find a page bundle's picture by the tail of the address the site serves it at, longest tail first", async () => {
    const article = mkdtempSync(join(tmpdir(), 'lectern-bundle-'))
    try {
      mkdirSync(join(article, 'my-post'), { recursive: true })
      writeFileSync(join(article, 'my-post', 'shot.webp'), 'x')
      writeFileSync(join(article, 'shot.webp'), 'y')
      writeFileSync(join(article, 'cover.png'), 'x')
      const plan = await planImages(
        [
          { url: '/blog/2023/08/my-post/shot.webp', remote: false },
          { url: '/posts/my-post/cover.png', remote: false },
          { url: '/blog/2023/08/my-post/gone.webp', remote: false },
        ],
        article,
      )
      expect(plan.sources.get('/blog/2023/08/my-post/shot.webp')).toBe('my-post/shot.webp')
      expect(plan.sources.get('/posts/my-post/cover.png')).toBe('cover.png')
      const why = Object.fromEntries(plan.unavailable.map(({ asset, why }) => [asset.url, why]))
      expect(why['/blog/2023/08/my-post/gone.webp']).toMatch(/, my-post\/gone\.webp, gone\.webp in the article's folder/)
    } finally {
      rmSync(article, { recursive: true, force: true })
    }
  })
})

describe('the warning for pictures that cannot be shown', () => {
  // A talk's slides as 55 site-root pictures (review 97): each line named the six places it was looked in, 28 kB of one cause.
  it('should say where site-root paths are looked for once under the list, and each missing path in a few words', async () => {
    const article = mkdtempSync(join(tmpdir(), 'lectern-warn-'))
    try {
      const plan = await planImages(
        Array.from({ length: 3 }, (_, index) => ({
          url: `/img/talk/slide.00${index + 1}.jpg`,
          remote: false,
          position: { start: { line: 10 * (index + 1), column: 1 }, end: { line: 10 * (index + 1), column: 30 } },
        })),
        article,
      )
      const file = new VFile({ path: 'talk.md', value: '' })
      warnUnavailableImages(file, plan.unavailable)
      const [message] = file.messages.map(String)
      expect(message).toMatch(/line 10: \/img\/talk\/slide\.001\.jpg \(a site-root path, not found\)/)
      expect(message.match(/static\//g)).toHaveLength(1)
      expect(message.length).toBeLessThan(800)
      // (One alone keeps its whole reason.)
      const one = new VFile({ path: 'talk.md', value: '' })
      warnUnavailableImages(one, plan.unavailable.slice(0, 1))
      expect(String(one.messages[0])).toMatch(/not found at img\/talk\/slide\.001\.jpg, static\/img\/talk\/slide\.001\.jpg/)
    } finally {
      rmSync(article, { recursive: true, force: true })
    }
  })
})

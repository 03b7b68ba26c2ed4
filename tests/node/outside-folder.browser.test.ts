import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../src/node/serve.ts'
import { startDevServer } from '../../src/vite/dev-server.ts'
import { runCli } from '../helpers/cli.ts'

/*
 * Nothing from outside the article's folder (or its theme's) reaches a deck or a server:
 * a folder above the article holds secrets, and the article's theme and logo reach for them.
 */

const work = mkdtempSync(join(tmpdir(), 'lectern-outside-'))
const talkDir = join(work, 'talk')
const secret = 'TOP-SECRET-CONTENT'
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

beforeAll(() => {
  mkdirSync(join(work, '.ssh'), { recursive: true })
  writeFileSync(join(work, '.ssh', 'id_rsa'), secret)
  writeFileSync(join(work, 'secret.txt'), secret)
  writeFileSync(join(work, 'outside.png'), png)
  // The parent folder is a theme folder too: `theme: ..` must ship its stylesheet, not the folder.
  writeFileSync(
    join(work, 'theme.css'),
    `@import url("secret.txt");\n:root { --r-main-color: #111; --lectern-logo: url('outside.png'); }\n`,
  )
  mkdirSync(join(talkDir, 'brand'), { recursive: true })
  writeFileSync(
    join(talkDir, 'brand', 'theme.css'),
    `@import url("../../secret.txt");\n@import url("https://fonts.example.com/f.css");\n:root { --lectern-logo: url('../../outside.png'); }\nbody { background: url(//example.com/b.png) }\n`,
  )
  symlinkSync(join(work, 'secret.txt'), join(talkDir, 'link.txt'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function talk(name: string, frontmatter: string): string {
  const path = join(talkDir, name)
  writeFileSync(path, `---\ntitle: Talk\n${frontmatter}\n---\n\n## A\n\nA paragraph.\n`)
  return path
}

/** Every file of a folder, with its text. */
function contents(dir: string): Array<[string, string]> {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((entry) => entry.isFile())
    .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'latin1')])
}

describe('themes and logos from outside the article’s folder', () => {
  it('should ship only the stylesheet of `theme: ..`, without its imports of other files', async () => {
    const out = join(work, 'out-parent')
    const result = await runCli(['build', talk('parent.md', 'theme: ..'), '--out', out, '--quiet'])
    expect(result.code).toBe(0)
    expect(readdirSync(join(out, 'theme'))).toEqual(['theme.css'])
    expect(contents(out).filter(([, text]) => text.includes(secret))).toEqual([])
    expect(result.stderr).toMatch(/warning: theme work|warning: theme .*: @import “secret\.txt” is not a stylesheet; removed/)
  })

  it('should remove a theme’s imports and URLs that leave its folder or the machine, with warnings', async () => {
    const out = join(work, 'out-brand')
    const result = await runCli(['build', talk('brand.md', 'theme: ./brand'), '--out', out, '--quiet'])
    expect(result.code).toBe(0)
    const css = readFileSync(join(out, 'theme', 'theme.css'), 'utf8')
    expect(css).not.toMatch(/@import|example\.com|outside\.png|secret/)
    expect(contents(out).filter(([, text]) => text.includes(secret))).toEqual([])
    const warnings = result.stderr.trim().split('\n')
    expect(warnings).toHaveLength(4)
    expect(result.stderr).toContain(
      'warning: theme brand: @import “https://fonts.example.com/f.css” is remote: a deck loads nothing from the network; removed',
    )
  })

  for (const logo of ['../outside.png', join(work, 'outside.png')]) {
    it(`should refuse the logo ${logo.startsWith('/') ? 'at an absolute path' : logo} in one line`, async () => {
      const result = await runCli(['build', talk('logo.md', `logo: ${logo}`), '--out', join(work, 'out-logo'), '--quiet'])
      expect(result.code).toBe(1)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/logo\.md:1: logo not found in the article's folder/)
    })
  }
})

describe('the servers and links to files outside', () => {
  it('should not serve a link’s target from the export’s static server', async () => {
    const server = await serveStatic(talkDir)
    try {
      expect((await fetch(server.url + 'link.txt')).status).toBe(404)
      expect((await fetch(server.url + 'brand/theme.css')).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('should not serve a link’s target nor a theme’s imports from the dev server', async () => {
    const dev = await startDevServer({ article: talk('dev.md', 'theme: ./brand'), port: 0 })
    try {
      const link = await fetch(dev.url + 'link.txt')
      expect(link.status).toBe(403)
      expect(await link.text()).not.toContain(secret)
      const page = await (await fetch(dev.url)).text()
      expect(page).toContain('Content-Security-Policy')
      const theme = await fetch(dev.url + '@lectern/theme.css')
      expect(theme.status).toBe(200)
      const css = await theme.text()
      expect(css).toContain('--lectern-logo: none')
      expect(css).not.toContain(secret)
    } finally {
      await dev.close()
    }
  })
})

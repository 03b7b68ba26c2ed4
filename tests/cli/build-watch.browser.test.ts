import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../../bin/lectern.js', import.meta.url))
const temp = await mkdtemp(join(tmpdir(), 'lectern-watch-'))

afterAll(async () => {
  await rm(temp, { recursive: true, force: true })
})

/** Wait until `check` holds, looking every 50 ms, for at most `ms` (a build on a busy machine). */
async function until(check: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('lectern build --watch', () => {
  it('should rebuild on every save of the article, its picture and its theme, keeping the last good deck when a save is broken', async () => {
    const article = join(temp, 'talk.md')
    const theme = join(temp, 'brand.css')
    const picture = join(temp, 'chart.svg')
    const outDir = join(temp, 'deck')
    await writeFile(theme, ':root { --r-main-color: #102a1c; }\n')
    await writeFile(
      picture,
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>',
    )
    await writeFile(article, '---\ntitle: Watched\ntheme: ./brand.css\n---\n\n## First Heading\n\nA paragraph.\n\n![A chart](chart.svg)\n')
    const child = spawn(process.execPath, [bin, 'build', article, '--watch', '--out', outDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const builds = () => stdout.split('\n').filter((line) => line.startsWith('Built ')).length
    const page = () => readFile(join(outDir, 'index.html'), 'utf8').catch(() => '')
    try {
      await until(() => builds() === 1)
      expect(await page()).toContain('First Heading')

      await writeFile(
        article,
        '---\ntitle: Watched\ntheme: ./brand.css\n---\n\n## Second Heading\n\nA paragraph.\n\n![A chart](chart.svg)\n',
      )
      await until(async () => (await page()).includes('Second Heading'))

      // A broken save: one line, and the deck stays as it was.
      await writeFile(article, '---\ntitle: [unclosed\n---\n\n## Broken\n')
      await until(() => /invalid frontmatter/.test(stderr))
      expect(stderr).not.toMatch(/\n\s+at /)
      expect(await page()).toContain('Second Heading')

      await writeFile(
        article,
        '---\ntitle: Watched\ntheme: ./brand.css\n---\n\n## Third Heading\n\nA paragraph.\n\n![A chart](chart.svg)\n',
      )
      await until(async () => (await page()).includes('Third Heading'))

      const before = builds()
      await writeFile(theme, ':root { --r-main-color: #5a0b0b; }\n')
      await until(async () => builds() > before && (await readFile(join(outDir, 'theme/brand.css'), 'utf8')).includes('#5a0b0b'))

      const again = builds()
      await writeFile(
        picture,
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="blue"/></svg>',
      )
      await until(async () => builds() > again && (await readFile(join(outDir, 'chart.svg'), 'utf8')).includes('blue'))
    } finally {
      child.kill('SIGINT')
      await new Promise((resolve) => child.once('close', resolve))
    }
    expect(child.exitCode === 0 || child.signalCode === 'SIGINT').toBe(true)
    // Six builds one after another, each bounded by `until`: on a machine busy with other work
    // they can take more than vitest's 60 s for a test without any of them being stuck.
  }, 420_000)
})

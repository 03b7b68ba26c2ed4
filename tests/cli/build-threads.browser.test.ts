import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/node/build.ts'
import { threadedKeyPointsFrom } from '../../src/node/key-point-threads.ts'

const work = mkdtempSync(join(tmpdir(), 'lectern-threads-'))
const bin = fileURLToPath(new URL('../../bin/lectern.js', import.meta.url))
const corpus = fileURLToPath(new URL('../fixtures/articles/', import.meta.url))

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The corpus's markdown articles one after another, several languages and shapes, past the threshold. */
function longArticle(): string {
  const articles = readdirSync(corpus)
    .sort()
    .map((name) => join(corpus, name, 'index.md'))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
  let text = '# A long reading list\n'
  for (let round = 1; text.length < threadedKeyPointsFrom * 1.2; round++)
    text += articles.map((article) => `\n\n## Round ${round}\n\n${article}`).join('')
  return text
}

describe('lectern build of a long article', () => {
  it('should share the key points with a second thread and build the same deck as one thread', async () => {
    const article = join(work, 'talk.md')
    writeFileSync(article, longArticle())
    const profiles = join(work, 'profiles')
    // Node writes one CPU profile per thread that ran: the count says whether the worker did.
    const result = spawnSync(
      process.execPath,
      [`--cpu-prof-dir=${profiles}`, '--cpu-prof', bin, 'build', 'talk.md', '--out', 'threads', '--offline', '--quiet'],
      {
        cwd: work,
        encoding: 'utf8',
      },
    )
    expect(result.status, result.stderr).toBe(0)
    expect(readdirSync(profiles)).toHaveLength(availableParallelism() >= 2 ? 2 : 1)

    // From the sources, in this process, there is no compiled worker: one thread does it all.
    await buildDeck({ article, outDir: join(work, 'one'), images: { offline: true } })
    const threaded = readFileSync(join(work, 'threads/index.html'), 'utf8')
    expect(threaded).toContain('class="lectern-points"')
    expect(threaded).toBe(readFileSync(join(work, 'one/index.html'), 'utf8'))
    // (About a minute on two cores alone; twice that beside the browser tests on the other core.)
  }, 300_000)
})

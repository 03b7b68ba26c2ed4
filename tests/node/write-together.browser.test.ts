import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { removeLeftovers } from '../../src/node/out-dir.ts'
import { writeFilesTogether } from '../../src/node/write-atomic.ts'

/*
 * slides.pdf and handout.pdf are replaced together: a process killed at each moment of the
 * replacement (SIGKILL, so nothing of it runs after) leaves a folder that the next run turns
 * into a whole pair, both old or both new, with none of the killed run's files.
 */

const work = mkdtempSync(join(tmpdir(), 'lectern-together-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const child = fileURLToPath(new URL('../helpers/replace-and-die.ts', import.meta.url))

function folderWithOldPdfs(name: string): string {
  const folder = join(work, name)
  mkdirSync(folder)
  writeFileSync(join(folder, 'slides.pdf'), 'old slides')
  writeFileSync(join(folder, 'handout.pdf'), 'old handout')
  return folder
}

function pair(folder: string): [string, string] {
  return [readFileSync(join(folder, 'slides.pdf'), 'utf8'), readFileSync(join(folder, 'handout.pdf'), 'utf8')]
}

function replaceAndDie(folder: string, moment: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', child, folder, moment], { encoding: 'utf8' })
}

describe('two PDFs replaced together, with a kill at every moment', () => {
  const moments: Array<[string, [string, string], [string, string]]> = [
    // [moment, the pair right after the kill, the pair once the next run has looked]
    ['before-journal', ['old slides', 'old handout'], ['old slides', 'old handout']],
    ['before-renames', ['old slides', 'old handout'], ['new slides', 'new handout']],
    ['between-renames', ['new slides', 'old handout'], ['new slides', 'new handout']],
    ['never', ['new slides', 'new handout'], ['new slides', 'new handout']],
  ]
  for (const [moment, killed, next] of moments) {
    it(`should leave a whole pair after a kill ${moment.replace('-', ' ')}`, async () => {
      const folder = folderWithOldPdfs(moment)
      const run = replaceAndDie(folder, moment)
      expect(run.stderr).toBe('')
      expect(run.signal).toBe(moment === 'never' ? null : 'SIGKILL')
      expect(pair(folder)).toEqual(killed)
      await removeLeftovers(folder)
      expect(pair(folder)).toEqual(next)
      expect(readdirSync(folder).sort()).toEqual(['handout.pdf', 'slides.pdf'])
    })
  }

  it('should finish a killed run’s pair before writing a new one', async () => {
    const folder = folderWithOldPdfs('then-write')
    replaceAndDie(folder, 'between-renames')
    const encode = (text: string) => new TextEncoder().encode(text)
    await writeFilesTogether([{ path: join(folder, 'slides.pdf'), data: encode('third slides') }])
    expect(pair(folder)).toEqual(['third slides', 'new handout'])
  })
})

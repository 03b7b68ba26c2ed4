import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'

// The key points test their patterns per sentence and per word: each must stay a literal once
// esbuild has compiled it, not a `new RegExp(…)` made at every call (see src/core/key-points/index.ts).
const folder = join(import.meta.dirname, '../../src/core/key-points')

describe('key-point patterns', () => {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts')))
    it(`${file} keeps its patterns literal under esbuild`, () => {
      const { code } = transformSync(readFileSync(join(folder, file), 'utf8'), { loader: 'ts', target: 'node20' })
      expect(code.match(/new RegExp\("[^\n]*/g) ?? []).toEqual([])
    })
})

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { expectFixture } from './fixtures.ts'

const dir = mkdtempSync(join(tmpdir(), 'lectern-fixtures-'))
const saved = process.env.UPDATE_FIXTURES

afterEach(() => {
  if (saved === undefined) delete process.env.UPDATE_FIXTURES
  else process.env.UPDATE_FIXTURES = saved
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('expectFixture', () => {
  it('should fail on a missing expected output, and write none', () => {
    delete process.env.UPDATE_FIXTURES
    const path = join(dir, 'missing.md')
    expect(() => expectFixture('text', path)).toThrow(/missing\.md is missing: run with UPDATE_FIXTURES=1/)
    expect(() => readFileSync(path)).toThrow()
  })

  it('should fail on an output that differs from the expected one', () => {
    delete process.env.UPDATE_FIXTURES
    const path = join(dir, 'differs.md')
    writeFileSync(path, 'expected')
    expect(() => expectFixture('actual', path)).toThrow()
    expect(() => expectFixture('expected', path)).not.toThrow()
  })

  it('should write the expected output with UPDATE_FIXTURES=1', () => {
    process.env.UPDATE_FIXTURES = '1'
    const path = join(dir, 'written.md')
    expectFixture('new text', path)
    expect(readFileSync(path, 'utf8')).toBe('new text')
  })
})

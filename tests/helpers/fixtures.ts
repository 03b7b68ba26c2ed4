import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

/**
 * Expect `actual` to equal the expected output stored at `expected`. With UPDATE_FIXTURES=1
 * (after a deliberate change; review the diff before committing it) the file is rewritten
 * instead. A missing expected output fails: an output nobody has reviewed proves nothing.
 */
export function expectFixture(actual: string, expected: string | URL): void {
  const path = expected instanceof URL ? fileURLToPath(expected) : expected
  if (process.env.UPDATE_FIXTURES === '1') {
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) throw new Error(`${path} is missing: run with UPDATE_FIXTURES=1 to write it, then review it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

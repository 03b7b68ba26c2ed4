import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { planImages } from '../../src/node/plan-images.ts'

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

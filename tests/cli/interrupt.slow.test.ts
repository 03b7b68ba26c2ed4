import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const interrupt = fileURLToPath(new URL('../../src/cli/interrupt.ts', import.meta.url))

describe('Ctrl-C while the work does not look at its signal', () => {
  it('should still end with 130 and say it was interrupted, after its wait', () => {
    // (A long build on a busy CI machine reached its next check of the signal only after the wait: the
    // process ended with 130 and said nothing.)
    const script = [
      `import { stopOnInterrupt } from ${JSON.stringify(interrupt)}`,
      'const controller = new AbortController()',
      "stopOnInterrupt(controller, () => new Error('interrupted'), () => {})",
      "process.kill(process.pid, 'SIGINT')",
      'setInterval(() => {}, 1000)',
    ].join('\n')
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 })
    expect(run.status, run.stderr).toBe(130)
    expect(run.stderr).toMatch(/^lectern: interrupted$/m)
  })
})

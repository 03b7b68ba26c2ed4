import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'

/*
 * Pathological articles and flags, as a user (or someone who sends one an article) would
 * try them: each ends with one line and exit code 1, or a deck, well within the time given.
 */

const work = mkdtempSync(join(tmpdir(), 'lectern-bounded-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function article(name: string, text: string): string {
  const path = join(work, name)
  writeFileSync(path, text)
  return path
}

/** One line on stderr, no stack trace, exit code 1. */
function expectOneLine(result: { code: number | null; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(1)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
}

const aliasBomb = () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
  const names = 'abcdefgh'
  for (let i = 1; i < names.length; i++)
    levels.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill('*' + names[i - 1])
        .join(', ')}]`,
    )
  return `---\n${levels.join('\n')}\ntitle: *h\n---\n\n## A\n\nx\n`
}

describe('lectern build with pathological articles', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['dashes.md', '- '.repeat(1000) + 'x', /dashes\.md:1: lists or block quotes nested deeper than 100 levels/],
    ['quotes.md', '>'.repeat(2000) + 'x', /quotes\.md:1: lists or block quotes nested deeper than 100 levels/],
    [
      'growing.md',
      Array.from({ length: 3000 }, (_, i) => '>'.repeat(i) + ' a').join('\n'),
      /growing\.md:102: lists or block quotes nested/,
    ],
    ['divs.md', '## A\n\n' + '<div>'.repeat(20000), /divs\.md: the article nests too deeply to render/],
    ['bomb.md', aliasBomb(), /bomb\.md:\d+: invalid frontmatter \(YAML\): Excessive alias count/],
    [
      'nested-emphasis.md',
      '## A\n\n' + '*a '.repeat(3000) + 'a* '.repeat(3000),
      /nested-emphasis\.md:3: emphasis or strikethrough nested deeper than 100 levels/,
    ],
    [
      'closers.md',
      '## A\n\n' + 'a* '.repeat(50_000),
      /closers\.md:3: too many emphasis or strikethrough markers \(\*, _, ~\) in one paragraph/,
    ],
  ]
  for (const [name, text, pattern] of cases) {
    it(`should refuse ${name} in one line`, async () => {
      const result = await runCli(['build', article(name, text), '--out', join(work, 'out-' + name), '--quiet'], { timeout: 60_000 })
      expectOneLine(result, pattern)
    })
  }

  it('should build 50,000 runs of emphasis markers', async () => {
    const result = await runCli(
      ['build', article('emphasis.md', '## A\n\n' + '_a __a '.repeat(50_000)), '--out', join(work, 'emphasis'), '--quiet'],
      { timeout: 90_000 },
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.code).toBe(0)
  })

  it('should build 50,000 link, image, HTML and code openers that never close', async () => {
    const openers = ['[', '![', '<', '`'].map((opener) => opener.repeat(50_000)).join('\n\n')
    const result = await runCli(['build', article('openers.md', '## A\n\n' + openers), '--out', join(work, 'openers'), '--quiet'], {
      timeout: 90_000,
    })
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.code).toBe(0)
    // More than the build's own 90 s, so that a slow build fails as the build's timeout, not the test's.
  }, 120_000)
})

describe('lectern with flags out of range', () => {
  const talk = () => article('talk.md', '---\ntitle: Talk\n---\n\n## A\n\nA paragraph.\n')

  it('should refuse a port above 65535', async () => {
    expectOneLine(await runCli(['dev', talk(), '--port', '99999']), /--port must be a whole number from 0 to 65535, not “99999”/)
  })

  it('should refuse a timeout Node’s timers cannot hold', async () => {
    expectOneLine(await runCli(['pdf', talk(), '--timeout', '3000000']), /--timeout must be a number of seconds from 1 to 86400/)
  })

  it('should say in one line that --out runs through a file', async () => {
    writeFileSync(join(work, 'a.md'), 'x')
    expectOneLine(await runCli(['build', talk(), '--out', join(work, 'a.md', 'sub')]), /^lectern: .*a\.md/)
  })

  it('should warn about an aspect ratio of zero and build at 16:9', async () => {
    const result = await runCli([
      'build',
      article('ratio.md', '---\naspectRatio: "0:1"\n---\n\n## A\n\nx\n'),
      '--out',
      join(work, 'ratio'),
      '--quiet',
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      /ratio\.md:2:1: warning: Frontmatter option `aspectRatio` should be a ratio such as 16:9 or 4:3, from 1:4 to 4:1; using the default/,
    )
  })
})

describe('what lectern prints', () => {
  it('should carry no terminal controls from the article', async () => {
    const path = article(
      'escapes.md',
      '---\ntitle: "Evil \\e[2J\\e]0;pwned\\a title"\nauthor: [1, 2]\n---\n\n## Sec \u001b[31mred\u202e\n\nText.\n',
    )
    const result = await runCli(['build', path, '--out', join(work, 'escapes')])
    expect(result.code).toBe(0)
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
    expect(result.stdout).toMatch(/Evil +title/)
  })
})

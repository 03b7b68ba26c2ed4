/**
 * `npm run bench:formats`: lectern's other formats against Marp CLI's on the same content, on
 * the same machine in the same run, as ratios of whole-process time (and peak memory):
 *   - `lectern pptx` against `marp --pptx`, on the AWS article's sections repeated 100 times
 *     (Marp: 801 slides; lectern: 901) and on the AWS talk (target: no slower than Marp).
 * Runs alternate between the tools so that machine load hits both alike. Medians of
 * BENCH_RUNS (default 3) runs each on the AWS talk, after a warm-up; BENCH_LARGE_RUNS
 * (default 1, 0 to skip) on the large deck, without one: Marp pictures every one of its
 * 801 slides there, which takes minutes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findBrowser } from '../src/node/browser/index.ts'
import { compare, line, type Measure, measure } from './measure-process.ts'
import { awsArticlePath, marpDeck, repeatedArticle } from './synthetic.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'lectern-bench-formats-'))
const runs = Number(process.env.BENCH_RUNS ?? 3)
const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 1)

const browser = await findBrowser()
const marpCli = join(root, 'node_modules/@marp-team/marp-cli/marp-cli.js')
const lecternCli = join(root, 'bin/lectern.js')

function marp(deck: string, format: '--pptx'): () => Promise<Measure> {
  return () =>
    measure(
      process.execPath,
      [marpCli, format, '--allow-local-files', '--browser-path', browser, deck, '-o', deck.replace(/\.md$/, '.pptx')],
      {
        CHROME_PATH: browser,
      },
    )
}

function lectern(command: 'pptx', article: string, out: string): () => Promise<Measure> {
  return () => measure(process.execPath, [lecternCli, command, article, '--out', out, '--quiet'], { PUPPETEER_EXECUTABLE_PATH: browser })
}

try {
  const article = join(work, 'aws.md')
  const large = join(work, 'aws-100.md')
  writeFileSync(article, readFileSync(awsArticlePath, 'utf8'))
  writeFileSync(join(work, 'marp.md'), marpDeck(readFileSync(article, 'utf8')))
  writeFileSync(large, repeatedArticle(100))
  writeFileSync(join(work, 'marp-100.md'), marpDeck(repeatedArticle(100)))

  console.log(`Browser: ${browser}; ${runs} runs (large deck: ${largeRuns}); whole process, medians.`)
  console.log(`  ${''.padEnd(34)} ${'time'.padStart(8)}  ${'/marp'.padStart(6)}   ${'peak'.padStart(8)}  ${'/marp'.padStart(6)}`)

  const small = await compare(runs, { marp: marp(join(work, 'marp.md'), '--pptx'), pptx: lectern('pptx', article, join(work, 'out')) })
  console.log('AWS talk (Marp: 9 slides; lectern: 10)')
  console.log(line('marp --pptx', small.marp))
  console.log(line('lectern pptx', small.pptx, small.marp, 'target ≤ 1.00×'))

  if (largeRuns > 0) {
    const big = await compare(
      largeRuns,
      { marp: marp(join(work, 'marp-100.md'), '--pptx'), pptx: lectern('pptx', large, join(work, 'out-100')) },
      { warmUp: false },
    )
    console.log('Sections × 100 (Marp: 801 slides; lectern: 901)')
    console.log(line('marp --pptx', big.marp))
    console.log(line('lectern pptx', big.pptx, big.marp, 'target ≤ 1.00×'))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

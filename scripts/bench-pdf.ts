/**
 * `npm run bench:pdf`: whole-process PDF export times and peak memory, lectern against
 * Marp CLI (`marp --pdf`) on the same machine in the same run, as ratios:
 *   - the AWS talk: lectern's slides.pdf alone (target ≤ 0.6× Marp), both PDFs (≤ 1.0×);
 *   - the AWS article's sections repeated 100 times (Marp: 801 slides): slides.pdf alone
 *     (≤ 0.6× Marp's time, peak memory ≤ 1.5× Marp's);
 *   - the AWS talk as pictures: `lectern png` against `marp --images png` (target ≤ 1.0×).
 * Runs alternate between the tools so that machine load hits both alike. Medians.
 * BENCH_RUNS (default 5) and BENCH_LARGE_RUNS (default 5) set the number of runs;
 * BENCH_ONLY=pdf or BENCH_ONLY=png runs one of the two comparisons.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findBrowser } from '../src/node/browser/index.ts'
import { compare, line, type Measure, measure } from './measure-process.ts'
import { marpDeck, repeatedArticle } from './synthetic.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'lectern-bench-pdf-'))
const runs = Number(process.env.BENCH_RUNS ?? 5)
const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 5)
const only = process.env.BENCH_ONLY

const browser = await findBrowser()
const marpCli = join(root, 'node_modules/@marp-team/marp-cli/marp-cli.js')
const lecternCli = join(root, 'bin/lectern.js')

function marp(deck: string): () => Promise<Measure> {
  return () =>
    measure(
      process.execPath,
      [marpCli, '--pdf', '--allow-local-files', '--browser-path', browser, deck, '-o', deck.replace(/\.md$/, '.pdf')],
      {
        CHROME_PATH: browser,
      },
    )
}

/** `marp --images png`: one picture per slide, beside the deck (`marp.001.png`, …). */
function marpImages(deck: string): () => Promise<Measure> {
  return () =>
    measure(
      process.execPath,
      [marpCli, '--images', 'png', '--allow-local-files', '--browser-path', browser, deck, '-o', deck.replace(/\.md$/, '.png')],
      { CHROME_PATH: browser },
    )
}

function lecternPng(article: string, out: string): () => Promise<Measure> {
  return () => measure(process.execPath, [lecternCli, 'png', article, '--out', out, '--quiet'], { PUPPETEER_EXECUTABLE_PATH: browser })
}

function lectern(article: string, out: string, only?: 'slides'): () => Promise<Measure> {
  return () =>
    measure(process.execPath, [lecternCli, 'pdf', article, '--out', out, '--quiet', ...(only ? ['--only', only] : [])], {
      PUPPETEER_EXECUTABLE_PATH: browser,
    })
}

try {
  const article = join(work, 'aws.md')
  const large = join(work, 'aws-100.md')
  writeFileSync(article, readFileSync(join(root, 'content/aws-founding-story.md'), 'utf8'))
  writeFileSync(join(work, 'marp.md'), marpDeck(readFileSync(article, 'utf8')))
  writeFileSync(large, repeatedArticle(100))
  writeFileSync(join(work, 'marp-100.md'), marpDeck(repeatedArticle(100)))

  console.log(`Browser: ${browser}; ${runs} runs (large deck: ${largeRuns}); whole process, medians.`)
  console.log(`  ${''.padEnd(34)} ${'time'.padStart(8)}  ${'/marp'.padStart(6)}   ${'peak'.padStart(8)}  ${'/marp'.padStart(6)}`)

  if (only !== 'png') {
    const small = await compare(runs, {
      marp: marp(join(work, 'marp.md')),
      slides: lectern(article, join(work, 'out'), 'slides'),
      both: lectern(article, join(work, 'out')),
    })
    console.log('AWS talk (Marp: 9 slides; lectern: 10)')
    console.log(line('marp --pdf', small.marp))
    console.log(line('lectern pdf --only slides', small.slides, small.marp, 'target ≤ 0.60×'))
    console.log(line('lectern pdf (slides + handout)', small.both, small.marp, 'target ≤ 1.00×'))

    const big = await compare(largeRuns, {
      marp: marp(join(work, 'marp-100.md')),
      slides: lectern(large, join(work, 'out-100'), 'slides'),
    })
    console.log('Sections × 100 (Marp: 801 slides; lectern: 901)')
    console.log(line('marp --pdf', big.marp))
    console.log(line('lectern pdf --only slides', big.slides, big.marp, 'target ≤ 0.60× time, ≤ 1.50× memory'))
  }

  if (only !== 'pdf') {
    const pictures = await compare(runs, {
      marp: marpImages(join(work, 'marp.md')),
      png: lecternPng(article, join(work, 'out-png')),
    })
    console.log('AWS talk as pictures, one per slide (Marp: 9; lectern: 10)')
    console.log(line('marp --images png', pictures.marp))
    console.log(line('lectern png', pictures.png, pictures.marp, 'target ≤ 1.00×'))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

/**
 * `npm run bench`: the article-to-deck pipeline on the AWS article and on synthetic
 * articles 10× and 100× its size, in process; then the whole `lectern build` process on
 * the 100× article against Marp CLI turning the equivalent deck into HTML, in the same run.
 * Figures are medians; compare the ratios, not the seconds, across machines.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { renderDeck } from '../src/core/index.ts'
import { ensureClientBundle } from '../src/node/client-bundle.ts'
import { marpDeck, repeatedArticle } from './synthetic.ts'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const root = fileURLToPath(new URL('..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'lectern-bench-'))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(run: () => void, count = runs): number {
  run() // warm up
  return median(
    Array.from({ length: count }, () => {
      const started = performance.now()
      run()
      return performance.now() - started
    }),
  )
}

const bare = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)

console.log('In-process render (median of %d runs)\n', runs)
console.log('size  words     KB   slides  lectern ms  bare unified ms  ratio  ms per 1k words')
const perWord: number[] = []
for (const times of [1, 10, 100]) {
  const article = repeatedArticle(times)
  const words = article.split(/\s+/).length
  let slides = 0
  const lectern = time(
    () => {
      slides = renderDeck(article).deck.slideCount
    },
    times === 100 ? Math.min(runs, 3) : runs,
  )
  const baseline = time(() => void bare.processSync(article), times === 100 ? Math.min(runs, 3) : runs)
  perWord.push(lectern / words)
  console.log(
    `${String(times).padStart(3)}×  ${String(words).padStart(6)}  ${String(Math.round(article.length / 1024)).padStart(5)}  ${String(slides).padStart(6)}  ${lectern.toFixed(0).padStart(10)}  ${baseline.toFixed(0).padStart(15)}  ${(lectern / baseline).toFixed(2).padStart(5)}  ${((lectern / words) * 1000).toFixed(2).padStart(8)}`,
  )
}
console.log(`\nGrowth: time per word at 100× is ${(perWord[2] / perWord[1]).toFixed(2)}× that at 10× (1.00 = linear)\n`)

// Whole process: lectern build vs Marp CLI, same content, interleaved runs.
await ensureClientBundle()
const article = repeatedArticle(100)
writeFileSync(join(work, 'talk.md'), article)
writeFileSync(join(work, 'marp.md'), marpDeck(article))
const lecternCommand = [join(root, 'bin/lectern.js'), 'build', join(work, 'talk.md'), '--out', join(work, 'deck'), '--quiet']
const marpCommand = [
  join(root, 'node_modules/@marp-team/marp-cli/marp-cli.js'),
  '--html',
  join(work, 'marp.md'),
  '-o',
  join(work, 'marp.html'),
]

function runProcess(args: string[]): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${args[0]} failed: ${result.stderr}`)
  return performance.now() - started
}

runProcess(lecternCommand)
runProcess(marpCommand)
const lecternTimes: number[] = []
const marpTimes: number[] = []
for (let index = 0; index < runs; index++) {
  lecternTimes.push(runProcess(lecternCommand))
  marpTimes.push(runProcess(marpCommand))
}
const lecternMs = median(lecternTimes)
const marpMs = median(marpTimes)
console.log(`Whole process on the 100× article (median of ${runs}, interleaved):`)
console.log(`  lectern build → HTML   ${lecternMs.toFixed(0).padStart(6)} ms`)
console.log(`  marp → HTML            ${marpMs.toFixed(0).padStart(6)} ms`)
console.log(`  ratio lectern / marp   ${(lecternMs / marpMs).toFixed(2)}  (target ≤ 1.00)`)
rmSync(work, { recursive: true, force: true })

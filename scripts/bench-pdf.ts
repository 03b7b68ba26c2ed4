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
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findBrowser } from '../src/node/browser/index.ts'
import { marpDeck, repeatedArticle } from './synthetic.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'lectern-bench-pdf-'))
const runs = Number(process.env.BENCH_RUNS ?? 5)
const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 5)
const only = process.env.BENCH_ONLY

interface Measure {
  ms: number
  /** Peak resident memory of the whole process tree, in bytes. */
  peak: number
}

/** Every process under `pid` (read from /proc, so Linux only). */
function tree(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [pid]
  for (let index = 0; index < found.length; index++) found.push(...(children.get(found[index]) ?? []))
  return found
}

function rss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return Number(kb ?? 0) * 1024
  } catch {
    return 0
  }
}

/**
 * How often the process tree's memory is sampled. Each sample reads every process in /proc:
 * every 20 ms that took a quarter of a core, which on a two-core machine slowed the commands
 * measured (lectern's export, which uses both cores, most). Memory peaks last far longer.
 */
const sampleEveryMs = 100

/** Run a command to completion: wall time, and the process tree's peak RSS sampled every `sampleEveryMs`. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    let peak = 0
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    const sample = () => {
      peak = Math.max(
        peak,
        tree(child.pid!).reduce((sum, pid) => sum + rss(pid), 0),
      )
    }
    const timer = setInterval(sample, sampleEveryMs)
    child.on('exit', (code) => {
      const ms = performance.now() - start
      clearInterval(timer)
      if (code === 0) resolve({ ms, peak })
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr}`))
    })
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

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

/** Alternate the commands `count` times (after one warm-up each); medians per command. */
async function compare(count: number, commands: Record<string, () => Promise<Measure>>): Promise<Record<string, Measure>> {
  const results: Record<string, Measure[]> = {}
  for (const run of Object.values(commands)) await run()
  for (let index = 0; index < count; index++) {
    for (const [name, run] of Object.entries(commands)) (results[name] ??= []).push(await run())
  }
  return Object.fromEntries(
    Object.entries(results).map(([name, list]) => [name, { ms: median(list.map((m) => m.ms)), peak: median(list.map((m) => m.peak)) }]),
  )
}

function line(label: string, measure: Measure, base?: Measure, target?: string): string {
  const ratio = base ? `${(measure.ms / base.ms).toFixed(2)}×` : '1.00×'
  const memory = base ? `${(measure.peak / base.peak).toFixed(2)}×` : '1.00×'
  return `  ${label.padEnd(34)} ${(measure.ms / 1000).toFixed(2).padStart(6)} s  ${ratio.padStart(6)}   ${(measure.peak / 2 ** 20).toFixed(0).padStart(5)} MB  ${memory.padStart(6)}${target ? `   ${target}` : ''}`
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
